/** Vitest wiring: one browser per `describe` block, launched before its tests and closed after them. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BrowserName } from './browsers';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './extension-browser';

/** Starting a browser and installing the extension takes seconds, more on a busy 2-core machine. */
const LAUNCH_TIMEOUT_MS = 90_000;

/**
 * Launches `name` with the extension for the tests of the enclosing `describe`, closes the tabs each
 * test opened after it, and the browser after the last test. Read `.browser` inside tests and hooks.
 */
export function useExtensionBrowser(
  name: BrowserName,
  options: Partial<LaunchOptions> = {},
): { readonly browser: ExtensionBrowser } {
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await launchExtensionBrowser(name, options);
  }, LAUNCH_TIMEOUT_MS);
  afterEach(async () => {
    await launched?.closePages();
  });
  afterAll(async () => {
    await launched?.close();
  }, LAUNCH_TIMEOUT_MS);
  return {
    get browser(): ExtensionBrowser {
      if (!launched) throw new Error(`${name} did not start; see the error of the beforeAll hook.`);
      return launched;
    },
  };
}
