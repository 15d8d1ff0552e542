/**
 * The reading path in headless Chromium with the built extension, on the 36 KB French podcast:
 * the `annotate` measure (content-script start → page fully annotated) against the `extract`
 * measure of the same load, the longest main-thread task while the content script works, how much
 * the content script adds to the page's JavaScript heap, and the first load (nothing cached, the
 * worker just started). Wall-clock figures stretch with the machine's load, so each load is also
 * traced and its main-thread CPU (thread) time reported: that figure holds on a busy machine.
 * A last set of loads, traced with V8's compiler events, shows how much of `annotate` is V8 itself:
 * the content script runs cold on every page load, so each function is compiled on its first call.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ChromiumWorkerControl } from '../e2e/harness/chromium-worker';
import { pageFixture, readPageHtml } from '../fixtures/pages/fixtures';
import { startTrace, summariseLoad, type LoadTrace, type TraceEvent } from './main-thread-trace';
import type { BenchRow } from './run';

export const name = 'reading (annotate, long tasks, heap)';

const FIXTURE = 'fr-FR-podcast';
/** Untraced page loads (wall-clock figures); the first (worker start, nothing cached) is shown apart. */
const LOADS = 9;
/** Traced page loads (thread-time figures), after the untraced ones: tags cached by the worker. */
const TRACED_LOADS = 9;
/**
 * Loads traced once more, in a browser of their own after every other figure, with V8's compiler
 * events on: how much of `annotate` is V8 compiling functions on their first call and collecting
 * garbage. Apart, so the extra tracing touches none of the figures above.
 */
const V8_TRACED_LOADS = 7;
/** The main-thread trace categories plus V8's compiler events (garbage collections are in the timeline's). */
const V8_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.compile'];
/** Compiler events: lazy compilation of a function on its first call (parse, then bytecode). */
const COMPILE_EVENT = /^V8\.(?:CompileCode|ParseFunction|CompileIgnition|CompileLazy)/;
const GC_EVENT_NAMES = new Set(['MinorGC', 'MajorGC']);
/** Budgets from the reading issue and the developers' guide. */
const ANNOTATE_BUDGET_MS = 30;
const RATIO_BUDGET = 2;
const LONG_TASK_BUDGET_MS = 50;
const HEAP_BUDGET_MB = 5;
const CONTENT_SCRIPTS_BUDGET_KB = 60;
/** Every content script a TechFlow page loads: the warm-up at document start, the reader at idle. */
const CONTENT_SCRIPT_FILES = ['content-scripts/techflow-warmup.js', 'content-scripts/techflow.js'];
/** A first load tags the article from scratch (dictionary compile included): allow for a busy machine. */
const ANNOTATE_TIMEOUT_MS = 30_000;
/** After annotation the UI mounts when the page is idle; tasks are watched this long after it. */
const SETTLE_MS = 1_000;

const EXTRACT = 'techflow-annotator:extract';
const ANNOTATE = 'techflow-annotator:annotate';
const CONTENT_SCRIPT = 'content-scripts/techflow.js';
const extensionPath = resolve('.output/chrome-mv3');
const executablePath = process.env.TFA_CHROMIUM ?? '/usr/bin/chromium';
const baseArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ms = (value: number) => value.toFixed(1);
const load1 = () => loadavg()[0]!.toFixed(1);

/** Page-side hooks installed before any page script: long tasks, and a call when annotation ends. */
function watchPage(annotateName: string): void {
  const tasks: Array<{ start: number; duration: number }> = [];
  (window as unknown as { __tfaLongTasks: typeof tasks }).__tfaLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // One call when the measure appears: polling for it from the bench would add tasks of its own.
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName(annotateName).length) return;
    observer.disconnect();
    (window as unknown as { __tfaAnnotated(): void }).__tfaAnnotated();
  }).observe({ type: 'measure' });
}

async function serveFixture(context: BrowserContext): Promise<string> {
  const fixture = pageFixture(FIXTURE);
  const html = readPageHtml(fixture);
  await context.route('https://**/*', (route) =>
    route.request().url() === fixture.url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: '' }),
  );
  await context.exposeBinding('__tfaAnnotated', ({ page }) => annotated.get(page)?.());
  await context.addInitScript(watchPage, ANNOTATE);
  return fixture.url;
}

/** Per page, what to call when the page reports its `annotate` measure. */
const annotated = new WeakMap<Page, () => void>();

interface LoadFigures {
  annotate: number;
  extract: number;
  /** Longest task (≥ 50 ms, the Long Tasks API) from the content script's start until the UI settled. */
  longestTask: number;
}

async function waitUntilAnnotated(page: Page, url: string): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url} was not annotated within ${ANNOTATE_TIMEOUT_MS} ms`)), ANNOTATE_TIMEOUT_MS);
    annotated.set(page, () => {
      clearTimeout(timer);
      resolve();
    });
  });
  await page.goto(url);
  await done;
  await page.waitForTimeout(SETTLE_MS);
}

async function measureLoad(page: Page, url: string): Promise<LoadFigures> {
  await waitUntilAnnotated(page, url);
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

async function traceLoad(context: BrowserContext, page: Page, url: string, scriptUrl: string): Promise<LoadTrace> {
  const cdp = await context.newCDPSession(page);
  const trace = await startTrace(cdp);
  await waitUntilAnnotated(page, url);
  const events = await trace.stop();
  await cdp.detach();
  return summariseLoad(events, { annotate: ANNOTATE, extract: EXTRACT }, scriptUrl);
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

/** V8's own work inside one load's `annotate` measure, in thread time (ms). */
interface V8Work {
  annotateCpu: number;
  compileCpu: number;
  /** Functions compiled (outermost compile events) inside the measure. */
  compiled: number;
  gcCpu: number;
}

/** Thread time of the outermost events of `events` (sorted by start) between `from` and `to`. */
function outermostThreadTime(events: readonly TraceEvent[], from: number, to: number): { cpu: number; count: number } {
  let end = 0;
  let cpu = 0;
  let count = 0;
  for (const event of events) {
    if (event.ts < from || event.ts >= to || event.ts < end) continue;
    cpu += event.tdur ?? event.dur ?? 0;
    count++;
    end = event.ts + (event.dur ?? 0);
  }
  return { cpu: cpu / 1000, count };
}

async function traceV8Work(context: BrowserContext, page: Page, url: string, scriptUrl: string): Promise<V8Work> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: V8_CATEGORIES } });
  await waitUntilAnnotated(page, url);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const { annotateCpu } = summariseLoad(events, { annotate: ANNOTATE, extract: EXTRACT }, scriptUrl);
  const begin = events.find((event) => event.name === ANNOTATE && event.ph === 'b')!;
  const end = events.find((event) => event.name === ANNOTATE && event.ph === 'e')!;
  const onMain = events
    .filter((event) => event.pid === begin.pid && event.tid === begin.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const compile = outermostThreadTime(onMain.filter((event) => COMPILE_EVENT.test(event.name)), begin.ts, end.ts);
  const gc = outermostThreadTime(onMain.filter((event) => GC_EVENT_NAMES.has(event.name)), begin.ts, end.ts);
  return { annotateCpu, compileCpu: compile.cpu, compiled: compile.count, gcCpu: gc.cpu };
}

/** `V8_TRACED_LOADS` loads after two untraced ones (worker started, tags cached), each traced with V8's events. */
async function v8Session(): Promise<V8Work[]> {
  return withContext(true, async (context) => {
    const url = await serveFixture(context);
    const origin = await extensionOrigin(context);
    const work: V8Work[] = [];
    for (let load = 0; load < 2 + V8_TRACED_LOADS; load++) {
      const page = await context.newPage();
      if (load < 2) await waitUntilAnnotated(page, url);
      else work.push(await traceV8Work(context, page, url, `${origin}/${CONTENT_SCRIPT}`));
      await page.close();
    }
    return work;
  });
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

async function extensionOrigin(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Node's URL gives `null` as the origin of a chrome-extension: URL.
  const origin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())?.[0];
  if (!origin) throw new Error(`Unexpected service worker URL ${worker.url()}`);
  return origin;
}

interface Session {
  loads: LoadFigures[];
  traced: LoadTrace[];
  /** A load right after the worker was stopped, as Chromium does after 30 s idle: nothing cached. */
  restarted: LoadFigures;
  heapWith: number;
}

async function extensionSession(): Promise<Session> {
  return withContext(true, async (context) => {
    const url = await serveFixture(context);
    const origin = await extensionOrigin(context);
    const loads: LoadFigures[] = [];
    const traced: LoadTrace[] = [];
    let page: Page | undefined;
    const fresh = async () => {
      await page?.close();
      page = await context.newPage();
      return page;
    };
    for (let load = 0; load < LOADS; load++) loads.push(await measureLoad(await fresh(), url));
    for (let load = 0; load < TRACED_LOADS; load++) traced.push(await traceLoad(context, await fresh(), url, `${origin}/${CONTENT_SCRIPT}`));
    await page!.waitForFunction(() => document.querySelector('tfa-ui') !== null);
    const heapWith = await heapAfterGc(page!);
    const worker = await ChromiumWorkerControl.open(context, origin);
    await worker.stop();
    const restarted = await measureLoad(await fresh(), url);
    return { loads, traced, restarted, heapWith };
  });
}

function printTasks(label: string, load: LoadTrace): void {
  console.log(
    `  ${label}: main-thread tasks (start ms from main(); extract starts at ${ms(load.extractStart)}, annotate ends at ${ms(load.annotateWall)}):`,
  );
  console.log('      start    wall / thread (in annotate)  what ran');
  for (const task of load.tasks.filter((entry) => entry.wall >= 1 || entry.cpu >= 0.5)) {
    const inside = task.cpuInAnnotate > 0 ? `(${ms(task.cpuInAnnotate)})` : '';
    console.log(`    ${ms(task.start).padStart(7)}  ${ms(task.wall).padStart(6)} / ${ms(task.cpu).padStart(5)} ${inside.padStart(8)}  ${task.kinds.join(', ')}`);
  }
}

export async function run(): Promise<BenchRow[]> {
  console.log(`  load average (1 min) at start: ${load1()} (${new Date().toISOString()})`);
  const { loads, traced, restarted, heapWith } = await extensionSession();
  const heapWithout = await withContext(false, async (context) => {
    const url = await serveFixture(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    return heapAfterGc(page);
  });
  const v8Work = await v8Session();
  console.log(`  load average (1 min) at end: ${load1()}`);

  const [first, ...warm] = loads;
  for (const [label, entry] of [['annotate', 'annotate'], ['extract', 'extract'], ['long task', 'longestTask']] as const) {
    console.log(`  ${label} per load, wall (ms): ${loads.map((figures) => ms(figures[entry])).join(', ')}`);
  }
  const columns = [
    ['annotate CPU', 'annotateCpu'],
    ['page rendering CPU inside annotate', 'renderingCpuInAnnotate'],
    ['extract CPU', 'extractCpu'],
    ['bundle evaluation CPU', 'evaluationCpu'],
    ['all content-script CPU until settled', 'totalCpu'],
    ['annotate wall (traced)', 'annotateWall'],
    ['extract wall (traced)', 'extractWall'],
    ['longest task CPU', 'longestCpu'],
    ['longest task wall', 'longestWall'],
  ] as const;
  for (const [label, entry] of columns) console.log(`  ${label} per traced load (ms): ${traced.map((load) => ms(load[entry])).join(', ')}`);
  for (const [label, entry] of [
    ['annotate CPU', 'annotateCpu'],
    ['V8 compiling functions on first call, inside annotate', 'compileCpu'],
    ['functions compiled inside annotate', 'compiled'],
    ['garbage collection inside annotate', 'gcCpu'],
  ] as const) {
    console.log(`  ${label} per load traced with V8's events (ms or count): ${v8Work.map((load) => ms(load[entry])).join(', ')}`);
  }
  const byAnnotateCpu = [...traced].sort((a, b) => a.annotateCpu - b.annotateCpu);
  printTasks('median traced load', byAnnotateCpu[Math.floor(byAnnotateCpu.length / 2)]!);

  const annotate = median(warm.map((figures) => figures.annotate));
  const extract = median(warm.map((figures) => figures.extract));
  const ratio = median(warm.map((figures) => figures.annotate / figures.extract));
  const longest = Math.max(...loads.map((figures) => figures.longestTask));
  const cpu = (entry: 'annotateCpu' | 'extractCpu') => traced.map((load) => load[entry]);
  const cpuRatio = median(traced.map((load) => load.annotateCpu / load.extractCpu));
  const longestCpu = Math.max(...traced.map((load) => load.longestCpu));
  const longestTracedWall = Math.max(...traced.map((load) => load.longestWall));
  const heapDelta = heapWith - heapWithout;
  const scriptsKb = CONTENT_SCRIPT_FILES.reduce((sum, file) => sum + gzipSync(readFileSync(join(extensionPath, file)), { level: 9 }).length, 0) / 1024;
  const spread = (values: number[]) => `${ms(median(values))} ms (best ${ms(Math.min(...values))}, worst ${ms(Math.max(...values))})`;
  return [
    {
      label: `annotate ${FIXTURE}, wall, median of loads 2–${LOADS} (tags cached by the worker)`,
      value: spread(warm.map((figures) => figures.annotate)),
      budget: `≤ ${ANNOTATE_BUDGET_MS} ms`,
      withinBudget: annotate <= ANNOTATE_BUDGET_MS,
    },
    { label: `extract ${FIXTURE}, wall, median of the same loads`, value: spread(warm.map((figures) => figures.extract)) },
    {
      label: 'annotate / extract, wall, median per load',
      value: `${ratio.toFixed(2)}×`,
      budget: `≤ ${RATIO_BUDGET}×`,
      withinBudget: ratio <= RATIO_BUDGET,
    },
    {
      label: `annotate, main-thread CPU, median of ${TRACED_LOADS} traced loads`,
      value: spread(cpu('annotateCpu')),
      budget: `≤ ${ANNOTATE_BUDGET_MS} ms`,
      withinBudget: median(cpu('annotateCpu')) <= ANNOTATE_BUDGET_MS,
    },
    {
      label: 'annotate, main-thread CPU without the page\'s own rendering frames inside it, median',
      value: spread(traced.map((load) => load.annotateCpu - load.renderingCpuInAnnotate)),
    },
    { label: 'extract, main-thread CPU, median of the same loads', value: spread(cpu('extractCpu')) },
    {
      label: 'annotate / extract, main-thread CPU, median per load',
      value: `${cpuRatio.toFixed(2)}×`,
      budget: `≤ ${RATIO_BUDGET}×`,
      withinBudget: cpuRatio <= RATIO_BUDGET,
    },
    {
      label: `of annotate's main-thread CPU, V8 compiling functions on first call / collecting garbage, median of ${V8_TRACED_LOADS} loads traced apart`,
      value: `${ms(median(v8Work.map((load) => load.compileCpu)))} / ${ms(median(v8Work.map((load) => load.gcCpu)))} ms of ${ms(median(v8Work.map((load) => load.annotateCpu)))} ms (${median(v8Work.map((load) => load.compiled)).toFixed(0)} functions compiled)`,
    },
    {
      label: 'first load (worker start, nothing cached): annotate / extract, wall',
      value: `${ms(first!.annotate)} / ${ms(first!.extract)} ms`,
    },
    {
      label: 'load after the worker was stopped (nothing cached): annotate / extract, wall',
      value: `${ms(restarted.annotate)} / ${ms(restarted.extract)} ms`,
    },
    {
      label: 'longest main-thread task while the content script works, wall (Long Tasks API)',
      value: longest > 0 ? `${longest.toFixed(0)} ms` : 'none ≥ 50 ms',
      budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
      withinBudget: longest <= LONG_TASK_BUDGET_MS,
    },
    {
      label: 'longest main-thread task from the content script on, traced: thread / wall',
      value: `${ms(longestCpu)} / ${ms(longestTracedWall)} ms`,
      budget: `≤ ${LONG_TASK_BUDGET_MS} ms thread time`,
      withinBudget: longestCpu <= LONG_TASK_BUDGET_MS,
    },
    {
      label: 'page JS heap added by the extension (after GC)',
      value: `${heapDelta.toFixed(2)} MB (${heapWith.toFixed(2)} vs ${heapWithout.toFixed(2)})`,
      budget: `≤ ${HEAP_BUDGET_MB} MB`,
      withinBudget: heapDelta <= HEAP_BUDGET_MB,
    },
    {
      label: 'content scripts a TechFlow page loads, total (gzip)',
      value: `${scriptsKb.toFixed(1)} KB`,
      budget: `≤ ${CONTENT_SCRIPTS_BUDGET_KB} KB`,
      withinBudget: scriptsKb <= CONTENT_SCRIPTS_BUDGET_KB,
    },
  ];
}
