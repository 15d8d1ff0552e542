/**
 * Vitest global set-up of the `e2e` project: fails at once, with install instructions, when a
 * browser is missing, then builds the extension for both browsers from the current sources.
 */
import { assertBrowserInstalled, BROWSER_NAMES } from './browsers';
import { buildExtension } from './build';

export default async function setup(): Promise<void> {
  for (const name of BROWSER_NAMES) assertBrowserInstalled(name);
  const started = performance.now();
  await buildExtension(BROWSER_NAMES);
  console.log(`[e2e] built the extension for ${BROWSER_NAMES.join(' and ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
