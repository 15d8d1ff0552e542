/**
 * The reading path in headless Chromium with the built extension, on the 36 KB French podcast:
 * the `annotate` measure (content-script start → page fully annotated) against the `extract`
 * measure of the same load, the longest main-thread task while the content script works, and how
 * much the content script adds to the page's JavaScript heap (with the extension vs without).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pageFixture, readPageHtml } from '../fixtures/pages/fixtures';
import type { BenchRow } from './run';

export const name = 'reading (annotate, long tasks, heap)';

const FIXTURE = 'fr-FR-podcast';
/** Page loads per run; the first (worker start, dictionary compile, nothing cached) is shown apart. */
const LOADS = 9;
/** Budgets from the reading issue and the developers' guide. */
const ANNOTATE_BUDGET_MS = 30;
const RATIO_BUDGET = 2;
const LONG_TASK_BUDGET_MS = 50;
const HEAP_BUDGET_MB = 5;
/** After annotation the UI mounts when the page is idle; tasks are watched this long after it. */
const SETTLE_MS = 1_000;

const EXTRACT = 'techflow-annotator:extract';
const ANNOTATE = 'techflow-annotator:annotate';
const extensionPath = resolve('.output/chrome-mv3');
const executablePath = process.env.TFA_CHROMIUM ?? '/usr/bin/chromium';
const baseArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function serveFixture(context: BrowserContext): Promise<string> {
  const fixture = pageFixture(FIXTURE);
  const html = readPageHtml(fixture);
  await context.route('https://**/*', (route) =>
    route.request().url() === fixture.url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: '' }),
  );
  // Long tasks are recorded from the first script on, in the page's own world.
  await context.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __tfaLongTasks: typeof tasks }).__tfaLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return fixture.url;
}

interface LoadFigures {
  annotate: number;
  extract: number;
  /** Longest task from the content script's start until the UI settled. */
  longestTask: number;
}

async function measureLoad(page: Page, url: string): Promise<LoadFigures> {
  await page.goto(url);
  await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, ANNOTATE, { timeout: 20_000 });
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(
    ({ annotateName, extractName }) => {
      const annotate = performance.getEntriesByName(annotateName)[0]!;
      const extract = performance.getEntriesByName(extractName)[0]!;
      const tasks = (window as unknown as { __tfaLongTasks: Array<{ start: number; duration: number }> }).__tfaLongTasks;
      const ours = tasks.filter((task) => task.start + task.duration >= annotate.startTime);
      return {
        annotate: annotate.duration,
        extract: extract.duration,
        longestTask: ours.reduce((longest, task) => Math.max(longest, task.duration), 0),
      };
    },
    { annotateName: ANNOTATE, extractName: EXTRACT },
  );
}

/** The page's JavaScript heap after garbage collection (DevTools protocol), in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

async function withContext<T>(extension: boolean, work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'tfa-reading-bench-'));
  const args = extension ? [...baseArgs, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : baseArgs;
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args });
  try {
    return await work(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  console.log(`  load average (1 min) at start: ${loadavg()[0]?.toFixed(1)}`);
  const { loads, heapWith } = await withContext(true, async (context) => {
    const url = await serveFixture(context);
    const figures: LoadFigures[] = [];
    let page: Page | undefined;
    for (let load = 0; load < LOADS; load++) {
      await page?.close();
      page = await context.newPage();
      figures.push(await measureLoad(page, url));
    }
    await page!.waitForFunction(() => document.querySelector('tfa-ui') !== null);
    return { loads: figures, heapWith: await heapAfterGc(page!) };
  });
  const heapWithout = await withContext(false, async (context) => {
    const url = await serveFixture(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    return heapAfterGc(page);
  });

  const [first, ...warm] = loads;
  for (const [label, entry] of [['annotate', 'annotate'], ['extract', 'extract'], ['longest task', 'longestTask']] as const) {
    console.log(`  ${label} per load (ms): ${loads.map((figures) => figures[entry].toFixed(1)).join(', ')}`);
  }
  const annotate = median(warm.map((figures) => figures.annotate));
  const extract = median(warm.map((figures) => figures.extract));
  const ratio = median(warm.map((figures) => figures.annotate / figures.extract));
  const longest = Math.max(...loads.map((figures) => figures.longestTask));
  const heapDelta = heapWith - heapWithout;
  return [
    {
      label: `annotate ${FIXTURE}, median of loads 2–${LOADS} (tags cached by the worker)`,
      value: `${annotate.toFixed(1)} ms`,
      budget: `≤ ${ANNOTATE_BUDGET_MS} ms`,
      withinBudget: annotate <= ANNOTATE_BUDGET_MS,
    },
    { label: `extract ${FIXTURE}, median of the same loads`, value: `${extract.toFixed(1)} ms` },
    {
      label: 'annotate / extract, median per load',
      value: `${ratio.toFixed(2)}×`,
      budget: `≤ ${RATIO_BUDGET}×`,
      withinBudget: ratio <= RATIO_BUDGET,
    },
    {
      label: 'first load (worker start, nothing cached): annotate / extract',
      value: `${first!.annotate.toFixed(1)} / ${first!.extract.toFixed(1)} ms`,
    },
    {
      label: 'longest main-thread task while the content script works',
      value: `${longest.toFixed(0)} ms`,
      budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
      withinBudget: longest <= LONG_TASK_BUDGET_MS,
    },
    {
      label: 'page JS heap added by the extension (after GC)',
      value: `${heapDelta.toFixed(2)} MB (${heapWith.toFixed(2)} vs ${heapWithout.toFixed(2)})`,
      budget: `≤ ${HEAP_BUDGET_MB} MB`,
      withinBudget: heapDelta <= HEAP_BUDGET_MB,
    },
  ];
}
