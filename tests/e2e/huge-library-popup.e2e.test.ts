/**
 * The popup with a huge article saved (146,079 highlights, the 5 MB page's count) beside twenty
 * ordinary articles: the reader opens it, sees the list and the totals, types a search, scrolls to
 * the end of the results, filters by kind and exports every format. Every result is checked
 * against what the library holds (search results over all highlights, counts, files).
 *
 * The library is written straight into the extension's IndexedDB (tests/fixtures/library/
 * huge-article.ts): tagging and saving the 5 MB page is covered by big-input.e2e.test.ts and takes
 * minutes. Chromium: a DevTools trace of the popup's thread gives every task from the reload on;
 * each task running our script is held to the 50 ms budget in thread time without the garbage
 * collections V8 ran inside it (they land in whatever task allocates), and rendering or GC tasks
 * without our script are bounded apart; a rendering task over that bound once (load on the shared
 * machine) is measured again in a second session, as the big-input test does. Firefox has no
 * trace here: the same session is checked for its results, not timed.
 */
import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '../../utils/library/library-search';
import { highlightsIn } from '../../utils/storage/highlight-rows';
import { seedLibrary } from '../bench/library-seed';
import { listSettledInPage, PHASES, phaseMark, seedLibraryInParts, tasksByPhase, type Evaluate, type PopupTask } from '../bench/huge-popup';
import { startTrace } from '../bench/main-thread-trace';
import { HUGE_ARTICLE_HIGHLIGHTS, HUGE_ARTICLE_KEY, HUGE_ARTICLE_TITLE, hugeArticleLibrary } from '../fixtures/library/huge-article';
import { BROWSER_NAMES, useExtensionBrowser, type TestPage } from './harness';

const LONG_TASK_BUDGET_MS = 50;
/** Rendering and garbage-collection tasks without our script (see big-input.e2e.test.ts). */
const BROWSER_TASK_BOUND_MS = 2 * LONG_TASK_BUDGET_MS;
/** Reading, listing and indexing 146,000 highlights in the worker: seconds on a loaded machine. */
const HUGE_TIMEOUT_MS = 120_000;
/** A word of the huge article only (a speaker and a company named in its claims). */
const QUERY = 'galaxy';
const SMALL_ARTICLES = 20;
const SMALL_HIGHLIGHTS = 20;
/** How often the header is read while waiting: each read is a task on the thread being measured. */
const HEADER_POLL_MS = 250;

/** Waits until the list is settled where it is scrolled (see `listSettledInPage`). */
function listSettled(page: TestPage): Promise<boolean> {
  return page.waitFor(listSettledInPage, undefined, { timeout: HUGE_TIMEOUT_MS });
}

/** The huge article's header text, digits grouped or not ("146,079" reads "146079"). */
function hugeHeaderText(page: TestPage): Promise<string> {
  return page.evaluate((title) => {
    const header = [...document.querySelectorAll('article')].find((element) => element.getAttribute('aria-label') === title);
    return (header?.textContent ?? '').replace(/(\d)[,.\s\u00a0\u202f](?=\d{3})/g, '$1');
  }, HUGE_ARTICLE_TITLE);
}

/** Waits until the huge article's header says `expected` ("N highlights", "N of M highlights"). */
async function hugeHeader(page: TestPage, expected: string): Promise<void> {
  const deadline = Date.now() + HUGE_TIMEOUT_MS;
  for (;;) {
    const text = await hugeHeaderText(page);
    if (text.includes(expected)) return;
    if (Date.now() > deadline) throw new Error(`The huge article's header says ${JSON.stringify(text)}, not ${JSON.stringify(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, HEADER_POLL_MS));
  }
}

/** Keeps the files the popup offers (blobs clicked as download links) for checks in the page. */
function keepDownloads(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const kept: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) kept.push({ name: this.download, blob });
    };
    (window as unknown as { tfaKept: typeof kept }).tfaKept = kept;
  });
}

interface Session {
  tasks: PopupTask[] | null;
  seconds: Record<string, number>;
}

describe.each(BROWSER_NAMES)('%s: the popup with a huge article saved', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('lists, searches, scrolls, filters and exports 146,079 highlights correctly, with no task of our script over 50 ms', async () => {
    const huge = hugeArticleLibrary();
    const small = seedLibrary(SMALL_ARTICLES, SMALL_HIGHLIGHTS);
    const highlights = [...highlightsIn(huge.highlightRows), ...highlightsIn(small.highlightRows)];
    const articles = [...huge.articles, ...small.articles];
    // What the popup must show, worked out from the records.
    const search = new LibrarySearch();
    search.sync(articles, highlights);
    const hits = search.search(QUERY);
    const matching = highlights.filter((highlight) => hits.highlightIds.has(highlight.id));
    expect(matching.every((highlight) => highlight.articleKey === HUGE_ARTICLE_KEY)).toBe(true);
    expect(hits.articleKeys.size).toBe(0);
    const claims = highlights.filter((highlight) => highlight.articleKey === HUGE_ARTICLE_KEY && highlight.kind === 'claim').length;

    const seeded = await session.browser.openPopup();
    await seeded.getByRole('heading', { name: 'Nothing saved yet' }).waitFor({ timeout: HUGE_TIMEOUT_MS });
    let current = seeded;
    const evaluate: Evaluate = (fn, arg) => seeded.evaluate(fn, arg);
    await seedLibraryInParts(evaluate, huge);
    await seedLibraryInParts(evaluate, small);

    const readerSession = async (): Promise<Session> => {
      // Chromium: the trace starts, the popup is marked and loaded again (its load is traced).
      // Firefox: a new popup (loading the same popup again there outwaits the driver's timeout).
      const popup = browserName === 'chromium' ? seeded : await session.browser.openPopup();
      current = popup;
      const cdp = browserName === 'chromium' ? await popup.devToolsSession() : null;
      const trace = cdp ? await startTrace(cdp) : null;
      const seconds: Record<string, number> = {};
      let phaseStarted = performance.now();
      const phase = async (name: (typeof PHASES)[number]) => {
        await popup.evaluate((mark) => performance.mark(mark), phaseMark(name));
        phaseStarted = performance.now();
      };
      const took = (name: string) => {
        seconds[name] = (performance.now() - phaseStarted) / 1000;
      };

      await phase('open');
      if (browserName === 'chromium') await popup.reload();
      await popup.getByRole('article', { name: HUGE_ARTICLE_TITLE }).waitFor({ timeout: HUGE_TIMEOUT_MS });
      await hugeHeader(popup, `${HUGE_ARTICLE_HIGHLIGHTS} highlights`);
      await listSettled(popup);
      took('listed');
      await popup.getByRole('heading', { name: 'TechFlow library' }).waitFor();
      const totals = `${SMALL_ARTICLES + 1} articles · ${highlights.length} highlights`;
      await popup.waitFor((text) => document.body.textContent?.includes(text), totals, { timeout: HUGE_TIMEOUT_MS });
      await popup.waitFor(() => document.querySelector('input[type="search"][data-ready="true"]') !== null, undefined, { timeout: HUGE_TIMEOUT_MS });
      took('searchReady');

      await phase('type');
      await popup.getByRole('searchbox', { name: 'Search titles, quotes and notes' }).fill(QUERY);
      await hugeHeader(popup, `${matching.length} of ${HUGE_ARTICLE_HIGHLIGHTS} highlights`);
      await listSettled(popup);
      took('search');
      // Only the huge article has a match: no other article is listed.
      expect(await popup.getByRole('article').count()).toBe(1);

      await phase('scroll');
      for (const fraction of [0.25, 0.5, 1]) {
        await popup.evaluate((part) => {
          const list = document.querySelector('.tfa-scroll')!;
          list.scrollTop = (list.scrollHeight - list.clientHeight) * part;
        }, fraction);
        await listSettled(popup);
      }
      // At the end of the results: the last match in page order.
      await popup.waitFor(
        () => [...document.querySelectorAll('[role="listitem"]')].some((item) => item.getAttribute('aria-posinset') === item.getAttribute('aria-setsize')),
        undefined,
        { timeout: HUGE_TIMEOUT_MS },
      );
      const lastShown = await popup.evaluate(() => {
        const items = [...document.querySelectorAll('[role="listitem"]')].sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));
        const last = items.at(-1)!;
        return { position: Number(last.getAttribute('aria-posinset')), size: Number(last.getAttribute('aria-setsize')), text: last.textContent ?? '' };
      });
      expect(lastShown.position).toBe(lastShown.size);
      expect(lastShown.size).toBe(matching.length + 1);
      const last = matching.at(-1)!;
      expect(lastShown.text).toContain(last.quote.exact);
      expect(lastShown.text).toContain(last.speaker ?? last.entityName ?? '');
      took('scroll');

      await phase('filter');
      await popup.getByRole('searchbox', { name: 'Search titles, quotes and notes' }).fill('');
      await hugeHeader(popup, `${HUGE_ARTICLE_HIGHLIGHTS} highlights`);
      await popup.getByRole('button', { name: 'Claim' }).click();
      await hugeHeader(popup, `${claims} of ${HUGE_ARTICLE_HIGHLIGHTS} highlights`);
      await listSettled(popup);
      const kinds = await popup.evaluate(() => [...document.querySelectorAll('[role="region"] .tfa-highlight-kind')].map((element) => element.textContent ?? ''));
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) expect(kind).toContain('Claim');
      await popup.getByRole('button', { name: 'All' }).click();
      await hugeHeader(popup, `${HUGE_ARTICLE_HIGHLIGHTS} highlights`);
      took('filter');

      await phase('export');
      await keepDownloads(popup);
      for (const [index, format] of ['Markdown', 'CSV', 'JSON'].entries()) {
        await popup.getByRole('button', { name: `Export ${format}` }).click();
        await popup.waitFor((count) => (window as unknown as { tfaKept: unknown[] }).tfaKept.length >= count, index + 1, { timeout: HUGE_TIMEOUT_MS });
      }
      took('export');
      const events = trace ? await trace.stop() : null;
      await cdp?.detach();
      return { tasks: events ? tasksByPhase(events) : null, seconds };
    };

    let run = await readerSession();
    const browserTasks = (tasks: readonly PopupTask[]) => tasks.filter((task) => !task.ours);
    if (run.tasks && browserTasks(run.tasks).some((task) => task.cpu > BROWSER_TASK_BOUND_MS)) {
      console.log('[huge-library] chromium: a rendering or GC task over its bound in the first session: the session is run again');
      run = await readerSession();
    }

    // The files, checked where they are (a JSON export of 146,000 annotations is ~200 MB).
    const popup = current;
    const files = await popup.evaluate(async () => {
      const kept = (window as unknown as { tfaKept: Array<{ name: string; blob: Blob }> }).tfaKept;
      const [markdown, csv, json] = kept.slice(-3);
      const zip = new TextDecoder('latin1').decode(new Uint8Array(await markdown!.blob.arrayBuffer()));
      const csvText = await csv!.blob.text();
      const parsed = JSON.parse(await json!.blob.text()) as { total: number; first: { items: Array<{ target: { source: string } }> }; 'tfa:articles': unknown[] };
      return {
        names: kept.slice(-3).map((file) => file.name),
        zipSignature: zip.slice(0, 2),
        zipEntries: zip.split('PK\u0001\u0002').length - 1,
        zipHasHuge: zip.includes('Five megabytes of market notes (en-US 32003).md'),
        csvRows: csvText.trimEnd().split('\r\n').length - 1,
        jsonTotal: parsed.total,
        jsonItems: parsed.first.items.length,
        jsonArticles: parsed['tfa:articles'].length,
        jsonHugeItems: parsed.first.items.filter((item) => item.target.source.endsWith('/article/32003')).length,
      };
    });
    expect(files.names).toEqual([expect.stringMatching(/\.zip$/), expect.stringMatching(/\.csv$/), expect.stringMatching(/\.json$/)]);
    expect(files).toMatchObject({
      zipSignature: 'PK',
      zipEntries: SMALL_ARTICLES + 1,
      zipHasHuge: true,
      csvRows: highlights.length,
      jsonTotal: highlights.length,
      jsonItems: highlights.length,
      jsonArticles: SMALL_ARTICLES + 1,
      jsonHugeItems: HUGE_ARTICLE_HIGHLIGHTS,
    });

    const timings = Object.entries(run.seconds).map(([name, value]) => `${name} ${value.toFixed(1)} s`).join(', ');
    if (run.tasks) {
      const ours = run.tasks.filter((task) => task.ours);
      const withoutGc = (task: PopupTask) => task.cpu - task.gc;
      const slowest = [...ours].sort((a, b) => withoutGc(b) - withoutGc(a))[0];
      const longestBrowser = Math.max(0, ...browserTasks(run.tasks).map((task) => task.cpu));
      const perPhase = PHASES.map((name) => `${name} ${Math.max(0, ...ours.filter((task) => task.phase === name).map(withoutGc)).toFixed(1)}`).join(', ');
      console.log(
        `[huge-library] chromium: ${timings}; ${run.tasks.length} popup tasks, ${ours.length} running our script; the longest by phase ` +
          `(ms thread time without GC): ${perPhase}; slowest: ${slowest ? `${withoutGc(slowest).toFixed(1)} ms (${slowest.kinds.join(', ')})` : 'none'} ` +
          `(budget ${LONG_TASK_BUDGET_MS} ms); rendering and GC alone: ${longestBrowser.toFixed(1)} ms (bound ${BROWSER_TASK_BOUND_MS} ms)`,
      );
      expect(Math.max(0, ...ours.map(withoutGc))).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
      expect(longestBrowser).toBeLessThanOrEqual(BROWSER_TASK_BOUND_MS);
    } else {
      console.log(`[huge-library] ${browserName}: ${timings} (no trace in this browser: results checked, not timed)`);
    }
    expect(popup.errors).toEqual([]);
  }, 6 * HUGE_TIMEOUT_MS);
});
