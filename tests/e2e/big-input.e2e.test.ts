/**
 * Bad and big input in the browser: a 5 MB article, an empty article, a page where Readability
 * picks the wrong block and malformed HTML. Each ends in a clear outcome (annotated, or marked as
 * not an article with its reason) in bounded time, with no uncaught error.
 *
 * On the 5 MB article no task of the extension may hold the page's main thread over 50 ms (the
 * issue's budget). Chromium: a DevTools trace of the renderer gives every main-thread task from the
 * one that evaluated the content script on (the page's own parsing and first layout come before it)
 * through extraction, tagging, drawing and the dock's mounting; each task that runs our script is
 * held to the budget in thread time (CPU the main thread got), since wall time stretches with the
 * machine's load. Rendering and garbage-collection tasks without our script are bounded apart.
 * Firefox has no Long Tasks API and no trace here: every slice the content script's scheduler runs
 * (indexing, extraction, drawing) leaves a `techflow-annotator:task` measure around our own script
 * (the page's layout is not in it), in wall time, measured again on one more load when over the
 * budget and printed, not asserted (no thread time per task there: garbage collection and load are
 * in it); our tasks outside the scheduler are not
 * measured there. A timer chain in the page gives the longest stretch the main thread answered no timer,
 * Firefox's own layout included: printed, not asserted. Before the huge-article path (commit
 * e47efa7) Readability parsed the whole page in one task: 1,092 ms in Chromium. After the timed part
 * a token at the top shows its card under the pointer; the reader jumps half-way down: the drawing
 * follows and a token there shows its card; back at the top, so does one there (checked, not timed:
 * painting a new stretch of a 5 MB page is mostly the browser's own work). Then Save: the whole
 * article with its ~146,000 highlights goes in parts (no task of ours over 50 ms, Chromium), the
 * dock shows its progress ("Saving… 40%" and a progress bar), then says "Saved · N highlights", the popup lists it (its tasks are traced and held to the budget), and the
 * page reopened says saved with the same count.
 */
import { loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { TASK_MEASURE } from '../../utils/reading/slices';
import { MAX_WINDOW_MENTIONS } from '../../utils/reading/visible-window';
import { startTrace, summariseLoad, tasksSinceMark, type LoadTrace, type MainThreadTask } from '../bench/main-thread-trace';
import { FIVE_MEGABYTE_URL, fiveMegabytePage } from '../fixtures/pages/hard-pages';
import { BROWSER_NAMES, useExtensionBrowser, type MeasureEntry, type TestPage } from './harness';
import { waitUntil } from './harness/wait';

const ANNOTATE = 'techflow-annotator:annotate';
const EXTRACT = 'techflow-annotator:extract';
const NOT_ARTICLE = 'techflow-annotator:not-article';
/** The longest task the extension may run on the page's main thread (the RAIL budget for input). */
const LONG_TASK_BUDGET_MS = 50;
/**
 * Tasks without our script: the page's rendering (our highlights and dock included) and garbage
 * collections. Their time follows the page's size and the heap: on this 32,500-object page Blink's
 * own paint and pre-paint frames take 40–230 ms with or without the extension (measured on the
 * same page at another address). What would be ours is a restyle or relayout of the whole page
 * (a new style sheet on the loaded page, a host element that dirties the body): the page's own
 * first layout lays out every object and takes about a second. So these tasks are held to laying
 * out, and restyling, a small share of the page; their time is printed.
 */
const RELAYOUT_SHARE_BOUND = 0.05;
/** The popup's rendering and collections alone: its document is small, so a time bound holds. */
const POPUP_RENDERING_BOUND_MS = 2 * LONG_TASK_BUDGET_MS;

/** The share of the page's layout objects a task laid out again, or restyled (whichever is more). */
function relaidShare(task: MainThreadTask, load: LoadTrace): number {
  return load.layoutObjects === 0 ? 0 : Math.max(task.relaidObjects, task.restyledElements) / load.layoutObjects;
}
/** What a task runs when our script runs in it (the trace's names). */
const SCRIPT_KINDS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks']);
/**
 * Firefox: the page is loaded and measured once more when a slice is over the budget, and the
 * better load is printed. Not asserted: Firefox gives a page no thread time per task, and its wall
 * time holds the collector's pauses and the machine's load (slices of 61–128 ms among 8–15 ms ones,
 * at random places, on most loads at load average 4–15 on 2 cores), which Chromium's trace subtracts.
 */
const FIREFOX_SLICE_RELOADS = 1;
/** A 5 MB article takes about 35 s on a loaded 2-core machine: generous, but a bound. */
const BIG_ARTICLE_TIMEOUT_MS = 150_000;
const CONTENT_SCRIPT = 'content-scripts/techflow.js';
const LAYERS = ['tfa-token', 'tfa-company', 'tfa-claim'];

/**
 * Installed in the page before anything else: Chromium's long tasks (printed beside the trace), or
 * where the Long Tasks API is missing (Firefox) a timer chain whose longest gaps are the longest
 * stretches the main thread was busy. The chain stops when the test sets `tfaStopBeats`.
 */
const MAIN_THREAD_RECORDER = `<script>
window.tfaLongTasks = [];
window.tfaGaps = null;
if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.tfaLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
} else {
  window.tfaLongTasks = null;
  window.tfaGaps = [];
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (now - last > 20) window.tfaGaps.push({ start: last, duration: now - last });
    last = now;
    if (!window.tfaStopBeats) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
}
</script>`;

interface Busy {
  start: number;
  duration: number;
}

/** The mark the test sets in the page as it clicks Save: the save's tasks are those after it. */
const SAVE_CLICKED = 'tfa-test:save-clicked';
/** Saving ~146,000 highlights in parts, then the popup listing them: under a minute on a loaded machine. */
const SAVE_TIMEOUT_MS = 90_000;
const BIG_TITLE = 'Five megabytes of market notes';
/** The mark the test sets in the page before reloading it with the article saved. */
const RELOADED = 'tfa-test:reloaded';
/** The mark the test sets in the popup before reloading it with the huge article saved. */
const POPUP_OPENED = 'tfa-test:popup-opened';
/** Trace events worth naming when a task is printed. */
const TASK_NAMES = new Set([...SCRIPT_KINDS, 'UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'MajorGC', 'ParseHTML', 'v8.deserializeValue', 'IndexedDB']);

/**
 * How often the test looks for the saved state while the save runs: each look reads the page's
 * accessibility tree, a task on the main thread being measured, so it looks seldom.
 */
const SAVED_POLL_MS = 500;

/** What a save in parts shows, beside a progress bar, until it is saved. */
const SAVING_PROGRESS = /Saving… (\d+)%/;

/**
 * Waits until the dock says the article is saved, and returns that label ("Saved · N highlights").
 * Meanwhile `progress` gets each new progress label the dock showed ("Saving… 40%"), and the
 * progress bar is looked for once, beside the first.
 */
async function waitForSavedLabel(page: TestPage, progress?: { labels: string[]; seconds: number[]; bars: number }): Promise<string> {
  const started = performance.now();
  const deadline = Date.now() + SAVE_TIMEOUT_MS;
  for (;;) {
    const texts = await page.getByRole('toolbar', { name: 'TechFlow Annotator' }).texts();
    const saved = texts.map((text) => /Saved · [\d,]+ highlights/.exec(text)?.[0]).find((label) => label !== undefined);
    if (saved) return saved;
    const saving = texts.map((text) => SAVING_PROGRESS.exec(text)?.[0]).find((label) => label !== undefined);
    if (progress && saving && progress.labels.at(-1) !== saving) {
      progress.labels.push(saving);
      progress.seconds.push((performance.now() - started) / 1000);
      if (progress.labels.length === 1) progress.bars = await page.getByRole('progressbar', { name: 'Saving…' }).count();
    }
    if (Date.now() > deadline) throw new Error(`Not saved after ${SAVE_TIMEOUT_MS} ms; the dock says ${JSON.stringify(texts)}`);
    await new Promise((resolve) => setTimeout(resolve, SAVED_POLL_MS));
  }
}

/** How many ranges each of our layers holds, read from the page's highlight registry. */
function drawnRanges(page: TestPage): Promise<number> {
  return page.evaluate((layers) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    return layers.reduce((sum, layer) => sum + (registry.get(layer)?.size ?? 0), 0);
  }, LAYERS);
}

/** Where a drawn token is on screen, once the drawing has followed the viewport there. */
function tokenOnScreen(page: TestPage): Promise<{ x: number; y: number }> {
  return page.waitFor(
    () => {
      const token = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('tfa-token');
      for (const drawn of token ?? []) {
        // Drawn ranges may be static: a live copy has the geometry.
        const range = document.createRange();
        range.setStart(drawn.startContainer, drawn.startOffset);
        range.setEnd(drawn.endContainer, drawn.endOffset);
        const box = range.getBoundingClientRect();
        if (box.top > 100 && box.bottom < innerHeight - 100 && box.width > 0) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    undefined,
    { timeout: 15_000 },
  );
}

/**
 * Scrolls to `share` of the page's height and waits until the page is there. The site's CSS makes
 * scrolling smooth: Firefox animates a jump of 900,000 px for seconds, and a token found on screen
 * while it does has scrolled away by the time the pointer rests on it (why hovering half-way down
 * seemed broken in Firefox). The jump is instant, as when a reader drags the scroll bar.
 */
async function scrollToShare(page: TestPage, share: number): Promise<void> {
  // The pointer off the text first: the page scrolling under a resting pointer may open a card.
  await page.moveMouse(1, 1);
  const top = await page.evaluate((to) => {
    const height = document.documentElement.scrollHeight;
    const target = Math.round(Math.min(height * to, height - innerHeight));
    window.scrollTo({ top: target, behavior: 'instant' });
    return target;
  }, share);
  await page.waitFor((target) => Math.abs(scrollY - target) <= 1, top, { timeout: 15_000 });
  // Scrolling closes an open tooltip: the next one is the next hover's.
  await waitUntil(async () => ((await page.tooltips()).length === 0 ? true : undefined), {
    timeout: 15_000,
    describe: async () => `no tooltip after scrolling; still ${JSON.stringify(await page.tooltips())}`,
  });
}

/** Rests the pointer on a token drawn on screen and returns the card it opens. */
async function hoverDrawnToken(page: TestPage): Promise<string> {
  const token = await tokenOnScreen(page);
  await page.moveMouse(token.x, token.y);
  return page.waitForTooltip({ timeout: 15_000 });
}

/** What a token's card says: one of the fixture's tokens. */
const TOKEN_CARD = /Bitcoin|Ethereum|Solana|Tether|USDT|USD Coin|USDC|Uniswap/;

async function notArticleReason(page: TestPage): Promise<string> {
  return page.waitFor(
    (name) => {
      const mark = performance.getEntriesByName(name, 'mark')[0] as PerformanceMark | undefined;
      return (mark?.detail as { reason?: string } | undefined)?.reason;
    },
    NOT_ARTICLE,
    { timeout: 15_000 },
  );
}

describe.each(BROWSER_NAMES)('%s: bad and big input', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('annotates a 5 MB article with no task of the extension over 50 ms, saves it whole, lists it and shows it saved when reopened, without an uncaught error', async () => {
    const { browser } = session;
    const html = fiveMegabytePage();
    expect(html.length).toBeGreaterThan(5_000_000);
    browser.site.serve(FIVE_MEGABYTE_URL, html.replace('<head>', `<head>${MAIN_THREAD_RECORDER}`));
    const open = async () => {
      const page = await browser.newPage();
      const cdp = browserName === 'chromium' ? await page.devToolsSession() : null;
      const trace = cdp ? await startTrace(cdp) : null;
      const loadBefore = loadavg()[0]!;
      await page.goto(FIVE_MEGABYTE_URL);
      const [annotated] = await page.waitForMeasure(ANNOTATE, { timeout: BIG_ARTICLE_TIMEOUT_MS });
      expect(await page.measures(EXTRACT)).toEqual([
        expect.objectContaining({ detail: expect.objectContaining({ key: 'techflow:en-US:article:32003', method: 'body-selector' }) }),
      ]);
      // Drawn: the mentions near the viewport, never all hundred thousand of them.
      const drawn = await drawnRanges(page);
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThanOrEqual(MAX_WINDOW_MENTIONS);
      await page.waitFor(() => document.querySelector('tfa-ui') !== null, undefined, { timeout: 15_000 });
      const loadFigures = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
      const load = trace
        ? summariseLoad(await trace.stop(), { annotate: ANNOTATE, extract: EXTRACT }, `${browser.extensionOrigin}/${CONTENT_SCRIPT}`)
        : null;
      // Firefox: the slices our scheduler ran (each leaves a measure), up to the dock being mounted.
      const slices = trace ? null : await page.measures(TASK_MEASURE);
      return { page, cdp, annotated: annotated!, drawn, loadFigures, load, slices };
    };
    let opened = await open();
    const runsScript = (task: MainThreadTask) => task.kinds.some((kind) => SCRIPT_KINDS.has(kind));
    // Which of the page's layouts is the first full one varies with how the parser yields: a load
    // where the browser lays the page out in parts after our script has started is loaded and
    // traced again; a real regression (a whole-page restyle of ours) is over the bound every time.
    const browsersOverBound = (load: LoadTrace | null) =>
      load !== null && load.tasks.some((task) => !runsScript(task) && relaidShare(task, load) > RELAYOUT_SHARE_BOUND);
    // Firefox: a slice's wall time includes collections and the time other processes held the core
    // (a 250 ms slice among 8–15 ms ones at load average 15, at random places); over the budget, the
    // page is loaded and measured once more and the better load is printed.
    const slicesOverBudget = (slices: MeasureEntry[] | null) => slices !== null && slices.some((slice) => slice.duration > LONG_TASK_BUDGET_MS);
    const reloads = browserName === 'chromium' ? 1 : FIREFOX_SLICE_RELOADS;
    for (let reload = 1; reload <= reloads && (browsersOverBound(opened.load) || slicesOverBudget(opened.slices)); reload++) {
      console.log(
        opened.load
          ? '[big-input] chromium: a task over its bound on the first load: loaded and traced again'
          : `[big-input] firefox: a slice over the budget on load ${reload} (${Math.max(...opened.slices!.map((slice) => slice.duration)).toFixed(1)} ms wall, ` +
              `load average ${loadavg()[0]!.toFixed(1)}): loaded and measured again`,
      );
      // Leaves the 5 MB page, so that the later checks see one copy of it.
      await opened.page.goto('about:blank');
      opened = await open();
    }
    const { page, cdp, annotated, drawn, loadFigures, load, slices } = opened;
    const seconds = (annotated.duration / 1000).toFixed(1);

    if (load) {
      const longTasks = (await page.evaluate(() => (window as unknown as { tfaLongTasks: Busy[] }).tfaLongTasks)).filter(
        (task) => task.start + task.duration > annotated.startTime,
      );
      // A task that runs our code is ours to keep short. Rendering the page (style, layout, paint)
      // and V8's garbage collections come as tasks of their own: ours in part (our highlights, our
      // allocations), but their length follows the page's size and the heap, not a piece of our
      // work we could cut; they are bounded apart.
      const ours = load.tasks.filter(runsScript);
      const browsers = load.tasks.filter((task) => !runsScript(task));
      const longest = (tasks: MainThreadTask[]) => Math.max(0, ...tasks.map((task) => task.cpu));
      const mostRelaid = Math.max(0, ...browsers.map((task) => relaidShare(task, load)));
      const slowest = (tasks: MainThreadTask[]) =>
        [...tasks]
          .sort((a, b) => b.cpu - a.cpu)
          .slice(0, 2)
          .map((task) => `${task.cpu.toFixed(1)} ms (${task.wall.toFixed(1)} wall: ${task.kinds.join(', ') || 'other'})`)
          .join('; ');
      console.log(
        `[big-input] chromium: 5 MB article annotated in ${seconds} s (${drawn} ranges drawn); ${load.tasks.length} main-thread tasks ` +
          `from the content script on; running our script: ${ours.length}, the longest by thread time ${slowest(ours)} ` +
          `(budget ${LONG_TASK_BUDGET_MS} ms); rendering and garbage collection alone: ${slowest(browsers)} (time printed, not bounded), ` +
          `the most one laid out or restyled ${Math.round(mostRelaid * load.layoutObjects)} of the page's ${load.layoutObjects} layout objects ` +
          `(bound ${100 * RELAYOUT_SHARE_BOUND} %); ` +
          `the longest wall ${load.longestWall.toFixed(1)} ms; Long Tasks API: ${longTasks.length} over 50 ms wall; ${loadFigures}`,
      );
      expect(longest(ours)).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
      expect(load.layoutObjects, 'the trace shows the page laid out').toBeGreaterThan(0);
      expect(mostRelaid).toBeLessThanOrEqual(RELAYOUT_SHARE_BOUND);
    } else {
      // Firefox has no Long Tasks API and no trace here. What is held to the budget: every slice our
      // scheduler ran (indexing the live text, extraction, drawing), measured in wall time around
      // our own script, so the page's layout is not in it. What is not: the tasks of ours outside the
      // scheduler (reading each worker reply, placing the tags, building the hover index, drawing the
      // window, mounting the dock); in Chromium the trace holds those to the budget. A timer chain in
      // the page gives the longest stretch the main thread answered no timer, layout included:
      // printed, not asserted.
      expect(slices!.length, 'every slice of the scheduler leaves a measure').toBeGreaterThan(0);
      const longestSlice = Math.max(...slices!.map((slice) => slice.duration));
      const gaps = await page.evaluate(() => {
        const scope = window as unknown as { tfaGaps: Busy[] | null; tfaStopBeats: boolean };
        scope.tfaStopBeats = true;
        return scope.tfaGaps;
      });
      expect(gaps, 'Firefox has no Long Tasks API: the timer chain must have run').not.toBeNull();
      const ours = gaps!.filter((gap) => gap.start + gap.duration > annotated.startTime);
      const longest = Math.max(0, ...ours.map((gap) => gap.duration));
      console.log(
        `[big-input] firefox: 5 MB article annotated in ${seconds} s (${drawn} ranges drawn); ${slices!.length} slices of our ` +
          `scheduler, the longest ${longestSlice.toFixed(1)} ms wall (budget ${LONG_TASK_BUDGET_MS} ms: printed, not asserted), together ` +
          `${slices!.reduce((sum, slice) => sum + slice.duration, 0).toFixed(0)} ms; longest main-thread stretch ` +
          `without a timer callback from the content script's start to the dock ${longest.toFixed(0)} ms wall, ` +
          `${ours.filter((gap) => gap.duration > LONG_TASK_BUDGET_MS).length} over ${LONG_TASK_BUDGET_MS} ms (no Long Tasks API, ` +
          `and the page's own layout is in it: printed, not asserted); ${loadFigures}`,
      );
    }
    // A token at the top shows its card under the pointer; half-way down the article the drawing
    // follows and a token there shows its card; back at the top, so does one there.
    expect(await hoverDrawnToken(page)).toMatch(TOKEN_CARD);
    await scrollToShare(page, 0.5);
    expect(await hoverDrawnToken(page)).toMatch(TOKEN_CARD);
    await scrollToShare(page, 0);
    expect(await hoverDrawnToken(page)).toMatch(TOKEN_CARD);

    // Save: the whole article with every highlight, sent in parts, then listed in the popup. A task
    // running script is held to the budget without the garbage collections V8 ran inside it: a
    // major collection of the 5 MB page's heap lands in whatever task is running (the test's own
    // probes too) and takes ~50–110 ms of thread time; those are printed, as in the annotate part.
    const runsOurScript = (task: { kinds: string[] }) => task.kinds.some((kind) => SCRIPT_KINDS.has(kind));
    const withoutGc = (task: { cpu: number; gc: number }) => task.cpu - task.gc;
    const saveTrace = cdp ? await startTrace(cdp) : null;
    await page.evaluate((mark) => performance.mark(mark), SAVE_CLICKED);
    const saveStarted = performance.now();
    await page.getByRole('button', { name: 'Save' }).click();
    const progress = { labels: [] as string[], seconds: [] as number[], bars: 0 };
    const savedLabel = await waitForSavedLabel(page, progress);
    const saveSeconds = ((performance.now() - saveStarted) / 1000).toFixed(1);
    const savedCount = Number(savedLabel.replace(/\D/g, ''));
    expect(savedCount).toBeGreaterThan(100_000);
    // The reader saw the save progress, never going back, with a progress bar beside it.
    const percents = progress.labels.map((label) => Number(SAVING_PROGRESS.exec(label)![1]));
    console.log(
      `[big-input] ${browserName}: the dock showed ${progress.labels.length} progress labels while saving: ` +
        `${percents.map((percent, i) => `${percent}% at ${progress.seconds[i]!.toFixed(1)} s`).join(', ')}; saved at ${saveSeconds} s`,
    );
    expect(percents.length).toBeGreaterThanOrEqual(2);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBeLessThan(100);
    expect(progress.bars).toBe(1);
    if (saveTrace) {
      const tasks = tasksSinceMark(await saveTrace.stop(), SAVE_CLICKED);
      const ours = tasks.filter(runsOurScript);
      const longest = Math.max(0, ...ours.map(withoutGc));
      const slowest = ours.find((task) => withoutGc(task) === longest);
      console.log(
        `[big-input] chromium: the longest save task ran ${slowest?.kinds.filter((kind) => TASK_NAMES.has(kind)).join(', ')}; ` +
        `5 MB article saved with ${savedCount} highlights in ${saveSeconds} s (click to "Saved"); ` +
          `${tasks.length} page main-thread tasks, the longest running script ${longest.toFixed(1)} ms thread time without garbage collection ` +
          `(budget ${LONG_TASK_BUDGET_MS} ms), the longest of all ${Math.max(0, ...tasks.map((task) => task.cpu)).toFixed(1)} ms ` +
          `(garbage collection in it: ${Math.max(0, ...tasks.map((task) => task.gc)).toFixed(1)} ms at most)`,
      );
      expect(longest).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
    } else {
      console.log(`[big-input] firefox: 5 MB article saved with ${savedCount} highlights in ${saveSeconds} s (click to "Saved")`);
    }
    const popup = await browser.openPopup();
    await popup.getByRole('article', { name: BIG_TITLE }).waitFor({ timeout: SAVE_TIMEOUT_MS });
    if (browserName === 'chromium') {
      // The popup opened again, traced, up to its search being ready over the 146,000 highlights.
      const popupTrace = await startTrace(await popup.devToolsSession());
      await popup.evaluate((mark) => performance.mark(mark), POPUP_OPENED);
      const opened = performance.now();
      await popup.reload();
      await popup.getByRole('article', { name: BIG_TITLE }).waitFor({ timeout: SAVE_TIMEOUT_MS });
      const shown = performance.now();
      await popup.waitFor(() => document.querySelector('input[type="search"][data-ready="true"]') !== null, undefined, { timeout: SAVE_TIMEOUT_MS });
      const searchable = performance.now();
      const tasks = tasksSinceMark(await popupTrace.stop(), POPUP_OPENED);
      const popupOurs = tasks.filter(runsOurScript);
      const popupBrowsers = tasks.filter((task) => !runsOurScript(task));
      const slowest = [...tasks]
        .sort((a, b) => b.cpu - a.cpu)
        .slice(0, 3)
        .map((task) => `${task.cpu.toFixed(0)} ms (${task.kinds.filter((kind) => TASK_NAMES.has(kind)).join(', ')})`);
      console.log(
        `[big-input] chromium popup with the 146,000-highlight article: listed ${((shown - opened) / 1000).toFixed(1)} s after opening, ` +
          `search ready at ${((searchable - opened) / 1000).toFixed(1)} s; ${tasks.length} tasks, ${tasks.filter((task) => task.cpu > LONG_TASK_BUDGET_MS).length} ` +
          `over ${LONG_TASK_BUDGET_MS} ms thread time, the longest ${slowest.join('; ')} (the library is read, listed and searched in a worker)`,
      );
      // The popup's own tasks are held to the budget as the page's are while saving (garbage
      // collections inside them apart); its rendering and collections alone to their bound.
      expect(Math.max(0, ...popupOurs.map(withoutGc))).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
      expect(Math.max(0, ...popupBrowsers.map((task) => task.cpu))).toBeLessThanOrEqual(POPUP_RENDERING_BOUND_MS);
    }
    expect(popup.errors).toEqual([]);
    expect(page.errors).toEqual([]);

    // Reopened, the saved article says so with its count; the page is not sent every stored highlight.
    const reloadTrace = cdp ? await startTrace(cdp) : null;
    await page.evaluate((mark) => performance.mark(mark), RELOADED);
    await page.reload();
    expect(await waitForSavedLabel(page)).toBe(savedLabel);
    if (reloadTrace) {
      const tasks = tasksSinceMark(await reloadTrace.stop(), RELOADED);
      const ours = tasks.filter(runsOurScript);
      const longest = Math.max(0, ...ours.map(withoutGc));
      console.log(`[big-input] chromium: the saved 5 MB article reloaded shows "${savedLabel}"; the longest task running script ${longest.toFixed(1)} ms thread time without garbage collection`);
      expect(longest).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
    }
    expect(page.errors).toEqual([]);
  }, BIG_ARTICLE_TIMEOUT_MS * (1 + FIREFOX_SLICE_RELOADS) + SAVE_TIMEOUT_MS + 60_000);

  it('says an empty article is not an article (no content), without an uncaught error', async () => {
    const page = await session.browser.openPage(session.browser.site.urlOf('en-US-empty'));
    expect(await notArticleReason(page)).toBe('no-content');
    expect(await page.measures(ANNOTATE)).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('annotates the article Readability misreads from the body element, and a malformed page as repaired', async () => {
    for (const [name, text] of [
      ['en-US-readability-fails', 'Ethereum fees stayed low.'],
      ['en-US-malformed', 'Kraken opened a new office in Dublin'],
    ] as const) {
      const page = await session.browser.openPage(session.browser.site.urlOf(name));
      const [extract] = await page.waitForMeasure('techflow-annotator:extract');
      await page.waitForMeasure(ANNOTATE);
      if (name === 'en-US-readability-fails') expect(extract?.detail).toMatchObject({ method: 'body-selector' });
      expect(await page.visibleText()).toContain(text);
      expect(page.errors, name).toEqual([]);
    }
  });
});
