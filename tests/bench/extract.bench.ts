/**
 * The content script's own `techflow-annotator:extract` measure (Readability on a clone + cleanup)
 * on the 36 KB French podcast, read from the page in headless Chromium and Firefox with the built
 * extension, over several fresh page loads. Also the Node extraction time (jsdom, for the CLIs).
 */
import { loadavg } from 'node:os';
import { extractFromHtml } from '../../utils/extract/from-html';
import { launchExtensionBrowser } from '../e2e/harness';
import { pageFixture, readPageHtml } from '../fixtures/pages/fixtures';
import type { BenchRow } from './run';

export const name = 'extraction';

/** Budget for one extraction of the 36 KB podcast in headless Chromium, from the foundation issue. */
const EXTRACT_BUDGET_MS = 15;
/** Fresh page loads per browser: enough for a stable median on a shared two-core machine. */
const LOADS = 7;
const FIXTURE = 'fr-FR-podcast';
const MEASURE = 'techflow-annotator:extract';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function browserDurations(browserName: 'chromium' | 'firefox'): Promise<number[]> {
  const browser = await launchExtensionBrowser(browserName);
  try {
    const url = browser.site.urlOf(FIXTURE);
    const durations: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await browser.openPage(url);
      const [entry] = await page.waitForMeasure(MEASURE);
      if (entry) durations.push(entry.duration);
      await page.close();
    }
    return durations;
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Wall-clock figures: on a busy machine they grow with the load, so it is printed beside them.
  console.log(`  load average (1 min) at start: ${loadavg()[0]?.toFixed(1)}`);
  for (const browserName of ['chromium', 'firefox'] as const) {
    const durations = await browserDurations(browserName);
    const typical = median(durations);
    console.log(`  ${browserName} ${MEASURE} per load (ms): ${durations.map((ms) => ms.toFixed(1)).join(', ')}`);
    rows.push({
      label: `${browserName}: extract ${FIXTURE}, median of ${durations.length} loads`,
      value: `${typical.toFixed(1)} ms`,
      ...(browserName === 'chromium' ? { budget: `≤ ${EXTRACT_BUDGET_MS} ms`, withinBudget: typical <= EXTRACT_BUDGET_MS } : {}),
    });
    rows.push({ label: `${browserName}: first load`, value: `${(durations[0] ?? Number.NaN).toFixed(1)} ms` });
  }
  const fixture = pageFixture(FIXTURE);
  const html = readPageHtml(fixture);
  const nodeTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    extractFromHtml(html, fixture.url);
    nodeTimes.push(performance.now() - start);
  }
  rows.push({ label: `node (jsdom): parse + extract ${FIXTURE}, median of 5`, value: `${median(nodeTimes).toFixed(0)} ms` });
  return rows;
}
