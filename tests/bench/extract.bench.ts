/**
 * The content script's own `techflow-annotator:extract` measure (Readability on a clone + cleanup)
 * on the 36 KB French podcast, read from the page in headless Chromium and Firefox with the built
 * extension: on fresh page loads (the code runs for the first time) and on coming back to the
 * article by client-side navigation (the code is warm). Also the Node extraction time (jsdom, CLIs).
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
/** Where the warm run navigates in between, so that coming back is a new extraction. */
const OTHER_FIXTURE = 'zh-CN-podcast';
const MEASURE = 'techflow-annotator:extract';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Durations {
  /** One per fresh page load: the content script's first extraction, code not yet optimised. */
  cold: number[];
  /** The same article again after client-side navigation away and back, in the same page. */
  warm: number[];
}

async function browserDurations(browserName: 'chromium' | 'firefox'): Promise<Durations> {
  const browser = await launchExtensionBrowser(browserName);
  try {
    const url = browser.site.urlOf(FIXTURE);
    const other = browser.site.urlOf(OTHER_FIXTURE);
    const durations: Durations = { cold: [], warm: [] };
    for (let load = 0; load < LOADS; load++) {
      const page = await browser.openPage(url);
      const [cold] = await page.waitForMeasure(MEASURE);
      if (cold) durations.cold.push(cold.duration);
      await page.navigateClientSide(other);
      await page.waitForMeasure(MEASURE, { count: 2 });
      await page.navigateClientSide(url);
      const warm = (await page.waitForMeasure(MEASURE, { count: 3 }))[2];
      if (warm) durations.warm.push(warm.duration);
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
    const { cold, warm } = await browserDurations(browserName);
    const typical = median(cold);
    console.log(`  ${browserName} ${MEASURE} per load (ms): ${cold.map((ms) => ms.toFixed(1)).join(', ')}`);
    console.log(`  ${browserName} ${MEASURE} back after navigation (ms): ${warm.map((ms) => ms.toFixed(1)).join(', ')}`);
    rows.push({
      label: `${browserName}: extract ${FIXTURE} on page load, median of ${cold.length}`,
      value: `${typical.toFixed(1)} ms`,
      ...(browserName === 'chromium' ? { budget: `≤ ${EXTRACT_BUDGET_MS} ms`, withinBudget: typical <= EXTRACT_BUDGET_MS } : {}),
    });
    rows.push({ label: `${browserName}: extract it again after client-side navigation, median`, value: `${median(warm).toFixed(1)} ms` });
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
