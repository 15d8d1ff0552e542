/**
 * The popup with a huge article in the library (Chromium, traced): what a reader does — open it,
 * see the list, type a search, scroll the huge article's highlights, filter by kind, export every
 * format — and every main-thread task of the popup meanwhile, split into tasks running our script
 * and the browser's own rendering and garbage-collection tasks. Shared by the big-article bench
 * and the popup's huge-library e2e test.
 */
import type { CDPSession, Download, Page } from 'playwright-core';
import { SEARCH_MEASURE, TITLE_PAINT_TIMING } from '../../utils/library/performance-names';
import { startTrace, type TraceEvent } from './main-thread-trace';

/** What a task runs when our script runs in it (the trace's names). */
export const SCRIPT_KINDS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks']);
/** Trace events worth naming when a task is printed. */
const NAMED_KINDS = new Set([...SCRIPT_KINDS, 'UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'MajorGC', 'ParseHTML', 'v8.deserializeValue']);
const GC_EVENTS = new Set(['MinorGC', 'MajorGC']);

export const PHASES = ['open', 'type', 'scroll', 'filter', 'export'] as const;
export type Phase = (typeof PHASES)[number];

export interface PopupTask {
  phase: Phase;
  cpu: number;
  wall: number;
  gc: number;
  kinds: string[];
  /** Whether our script ran in it (else it is the browser's rendering or a garbage collection). */
  ours: boolean;
}

export interface HugePopupFigures {
  /** From the popup's navigation start to the first paint of an article title (ms). */
  firstRender: number;
  /** From navigation start until a highlight of the huge article is listed (ms, polled). */
  highlightsListed: number;
  /** From navigation start until the search index holds the whole library (ms, polled). */
  searchReady: number;
  /** Each keystroke measured, input event to its results painted (ms). */
  keystrokes: number[];
  /** Highlights listed for the query, as the huge article's header says. */
  searchShown: string;
  exports: Array<{ format: string; seconds: number; bytes: number; file: string }>;
  tasks: PopupTask[];
}

export interface HugePopupOptions {
  popupUrl: string;
  title: string;
  query: string;
  /** Where downloaded exports are saved. */
  saveDownload: (download: Download) => Promise<{ path: string; bytes: number }>;
  timeoutMs: number;
}

/** The user-timing mark set in the popup as a phase starts: its tasks are those after it. */
export const phaseMark = (phase: Phase) => `tfa-popup:${phase}`;

/** Outermost main-thread tasks of the thread that recorded the `open` mark, each put in its phase. */
export function tasksByPhase(events: readonly TraceEvent[]): PopupTask[] {
  const marks = PHASES.map((phase) => ({ phase, event: events.find((event) => event.name === phaseMark(phase)) }));
  const first = marks[0]!.event;
  if (!first) throw new Error('The trace has no popup mark.');
  const onMain = events.filter((event) => event.pid === first.pid && event.tid === first.tid && event.ph === 'X');
  const outermost: TraceEvent[] = [];
  for (const task of onMain.filter((event) => event.name === 'RunTask' && event.ts >= first.ts).sort((a, b) => a.ts - b.ts)) {
    const last = outermost.at(-1);
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) outermost.push(task);
  }
  return outermost.map((task) => {
    const phase = [...marks].reverse().find((mark) => mark.event && mark.event.ts <= task.ts)!.phase;
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((event) => event.ts >= task.ts && event.ts < end && event !== task);
    const kinds = [...new Set(inside.map((event) => event.name))];
    return {
      phase,
      cpu: (task.tdur ?? 0) / 1000,
      wall: (task.dur ?? 0) / 1000,
      gc: inside.filter((event) => GC_EVENTS.has(event.name)).reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000,
      kinds: kinds.filter((kind) => NAMED_KINDS.has(kind)),
      ours: kinds.some((kind) => SCRIPT_KINDS.has(kind)),
    };
  });
}

async function mark(page: Page, phase: Phase): Promise<void> {
  await page.evaluate((name) => performance.mark(name), phaseMark(phase));
}

/** When the first article title was painted (ms after navigation start), from Element Timing. */
export function titlePaintTime(page: Page): Promise<number> {
  return page.evaluate(
    (identifier) =>
      new Promise<number>((done) => {
        new PerformanceObserver((list, observer) => {
          const painted = list.getEntries().filter((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === identifier);
          if (painted.length === 0) return;
          observer.disconnect();
          done(Math.min(...painted.map((entry) => (entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime)));
        }).observe({ type: 'element', buffered: true });
      }),
    TITLE_PAINT_TIMING,
  );
}

/**
 * Runs the reader's session in an open popup `page` (already showing the library once, so the
 * trace can be marked before the popup is loaded again) and returns its figures.
 */
export async function measureHugePopup(page: Page, cdp: CDPSession, options: HugePopupOptions): Promise<HugePopupFigures> {
  const { title, query, timeoutMs } = options;
  const trace = await startTrace(cdp);
  await mark(page, 'open');
  await page.goto(options.popupUrl);
  const sinceNavigation = () => page.evaluate(() => performance.now());
  const firstRender = await titlePaintTime(page);
  const article = page.getByRole('article', { name: title });
  await article.waitFor({ timeout: timeoutMs });
  await page.getByRole('region').first().waitFor({ timeout: timeoutMs });
  const highlightsListed = await sinceNavigation();
  await page.locator('input[type="search"][data-ready="true"]').waitFor({ timeout: timeoutMs });
  const searchReady = await sinceNavigation();

  await mark(page, 'type');
  await page.evaluate((entry) => performance.clearMeasures(entry), SEARCH_MEASURE);
  const search = page.getByRole('searchbox');
  await search.pressSequentially(query);
  // The last keystroke's results are painted: its measure is the last one.
  await page.waitForFunction(
    ([entry, typed]) => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]');
      return box?.value === typed && performance.getEntriesByName(entry).length > 0 && document.querySelector('[aria-busy="true"]') === null;
    },
    [SEARCH_MEASURE, query] as const,
    { timeout: timeoutMs },
  );
  await page.waitForFunction(
    ([entry, count]) => performance.getEntriesByName(entry as string).length >= (count as number) || document.querySelectorAll('[role="listitem"]').length > 0,
    [SEARCH_MEASURE, 1] as const,
  );
  const keystrokes = await page.evaluate((entry) => performance.getEntriesByName(entry).map((timing) => timing.duration), SEARCH_MEASURE);
  const searchShown = (await article.textContent()) ?? '';
  await search.fill('');
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null && document.querySelectorAll('[role="region"]').length > 0, undefined, { timeout: timeoutMs });

  await mark(page, 'scroll');
  const list = page.locator('.tfa-scroll');
  for (const fraction of [0.001, 0.01, 0.1, 0.5, 0.9, 1]) {
    await list.evaluate((element, part) => {
      element.scrollTop = (element.scrollHeight - element.clientHeight) * part;
    }, fraction);
    // Rows in view are rendered a frame later and filled from the worker: wait for them, not for a time.
    await page.waitForFunction(listSettledInPage, undefined, { timeout: timeoutMs });
  }

  await mark(page, 'filter');
  await list.evaluate((element) => {
    element.scrollTop = 0;
  });
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Claim', exact: true }).click();
  await page.waitForFunction(
    () => {
      const kinds = [...document.querySelectorAll('[role="region"] .tfa-highlight-kind')].map((element) => element.textContent ?? '');
      return kinds.length > 0 && kinds.every((kind) => kind.includes('Claim')) && document.querySelector('[aria-busy="true"]') === null;
    },
    undefined,
    { timeout: timeoutMs },
  );
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Claim', exact: true }).click();

  await mark(page, 'export');
  const exports: HugePopupFigures['exports'] = [];
  for (const format of ['Markdown', 'JSON', 'CSV']) {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), page.getByRole('button', { name: `Export ${format}` }).click()]);
    const saved = await options.saveDownload(download);
    exports.push({ format, seconds: (Date.now() - started) / 1000, bytes: saved.bytes, file: saved.path });
  }
  const events = await trace.stop();
  return { firstRender, highlightsListed, searchReady, keystrokes, searchShown, exports, tasks: tasksByPhase(events) };
}

/** The longest task running our script, without the garbage collections V8 ran inside it (ms). */
export function longestOurs(tasks: readonly PopupTask[]): PopupTask | undefined {
  return [...tasks].filter((task) => task.ours).sort((a, b) => b.cpu - b.gc - (a.cpu - a.gc))[0];
}

export function describeTask(task: PopupTask | undefined): string {
  if (!task) return 'none';
  return `${task.cpu.toFixed(1)} ms thread time (${task.gc.toFixed(1)} GC, ${task.wall.toFixed(1)} wall) in "${task.phase}": ${task.kinds.join(', ') || 'other'}`;
}

/** Runs a function in the popup page (Playwright's `page.evaluate`, or the e2e harness's). */
export type Evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/**
 * Highlights sent to the page per call, as JSON text: the drivers' own argument serialisation
 * takes seconds per thousand objects, and one message of all 146,000 would be ~60 MB.
 */
const SEED_HIGHLIGHTS_PER_CALL = 20_000;

/**
 * Writes a library's records straight into the extension's IndexedDB from one of its pages: each
 * article's highlights go over in parts and are stored as the one row the library keeps per article.
 */
export async function seedLibraryInParts(
  evaluate: Evaluate,
  library: { articles: unknown[]; bodies: unknown[]; highlightRows: Array<{ articleKey: string; highlights: unknown[]; highlightIds: string[]; entityIds: string[] }> },
): Promise<void> {
  await evaluate(() => {
    (window as unknown as { tfaSeed: unknown[] }).tfaSeed = [];
  }, null);
  const rows: Array<{ articleKey: string; highlightIds: string[]; entityIds: string[]; parts: number }> = [];
  for (const row of library.highlightRows) {
    let parts = 0;
    for (let from = 0; from < row.highlights.length; from += SEED_HIGHLIGHTS_PER_CALL) {
      await evaluate((part) => {
        (window as unknown as { tfaSeed: unknown[][] }).tfaSeed.push(JSON.parse(part) as unknown[]);
      }, JSON.stringify(row.highlights.slice(from, from + SEED_HIGHLIGHTS_PER_CALL)));
      parts += 1;
    }
    rows.push({ articleKey: row.articleKey, highlightIds: row.highlightIds, entityIds: row.entityIds, parts });
  }
  await evaluate(
    async (json) => {
      const { articles, bodies, rows: rowShapes } = JSON.parse(json) as {
        articles: unknown[];
        bodies: unknown[];
        rows: Array<{ articleKey: string; highlightIds: string[]; entityIds: string[]; parts: number }>;
      };
      const parts = (window as unknown as { tfaSeed: unknown[][] }).tfaSeed;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('techflow-annotator-library');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(['articles', 'bodies', 'articleHighlights'], 'readwrite');
        for (const row of articles) tx.objectStore('articles').put(row);
        for (const row of bodies) tx.objectStore('bodies').put(row);
        for (const { parts: count, ...shape } of rowShapes) tx.objectStore('articleHighlights').put({ ...shape, highlights: parts.splice(0, count).flat() });
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      delete (window as unknown as { tfaSeed?: unknown }).tfaSeed;
    },
    JSON.stringify({ articles: library.articles, bodies: library.bodies, rows }),
  );
}

/**
 * Run in the popup: whether the list is settled where it is scrolled, with rows in view (a scroll
 * renders them a frame later) and none still on its way from the worker. Self-contained: the test
 * drivers send its source to the page.
 */
export function listSettledInPage(): boolean {
  const view = document.querySelector('.tfa-scroll')?.getBoundingClientRect();
  if (!view || document.querySelector('[aria-busy="true"]') !== null) return false;
  return [...document.querySelectorAll('[role="listitem"]')].some((item) => {
    const box = item.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom && item.querySelector('[role="region"], article') !== null;
  });
}
