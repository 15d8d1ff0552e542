/**
 * Bad and big input in the browser: a 5 MB article, an empty article, a page where Readability
 * picks the wrong block and malformed HTML. Each ends in a clear outcome (annotated, or marked as
 * not an article with its reason) in bounded time, with no uncaught error. On the 5 MB article the
 * longest main-thread task after the content script started is printed (Chromium's Long Tasks API;
 * Firefox has none) beside the 50 ms budget: extraction still runs Readability in one task, so the
 * budget is not met yet and is not asserted.
 */
import { describe, expect, it } from 'vitest';
import { FIVE_MEGABYTE_URL, fiveMegabytePage } from '../fixtures/pages/hard-pages';
import { BROWSER_NAMES, useExtensionBrowser, type TestPage } from './harness';

const ANNOTATE = 'techflow-annotator:annotate';
const NOT_ARTICLE = 'techflow-annotator:not-article';
/** The longest task the extension should run on the page's main thread (the RAIL budget for input). */
const LONG_TASK_BUDGET_MS = 50;
/** A 5 MB article takes about 35 s on a loaded 2-core machine: generous, but a bound. */
const BIG_ARTICLE_TIMEOUT_MS = 150_000;

/** Records the page's long tasks from its first byte, in the page itself (the Long Tasks API keeps no buffer). */
const LONG_TASK_RECORDER = `<script>
window.tfaLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.tfaLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
} catch (error) {
  window.tfaLongTasks = null;
}
</script>`;

interface LongTask {
  start: number;
  duration: number;
}

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

  it('annotates a 5 MB article in bounded time, without an uncaught error', async () => {
    const { browser } = session;
    const html = fiveMegabytePage();
    expect(html.length).toBeGreaterThan(5_000_000);
    browser.site.serve(FIVE_MEGABYTE_URL, html.replace('<head>', `<head>${LONG_TASK_RECORDER}`));
    const page = await browser.openPage(FIVE_MEGABYTE_URL);
    const [annotated] = await page.waitForMeasure(ANNOTATE, { timeout: BIG_ARTICLE_TIMEOUT_MS });
    expect(await page.measures('techflow-annotator:extract')).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ key: 'techflow:en-US:article:32003' }) }),
    ]);
    const longTasks = await page.evaluate(() => (window as unknown as { tfaLongTasks: LongTask[] | null }).tfaLongTasks);
    if (longTasks) {
      // The extension starts at the start of the annotate measure; the page's own parsing comes before.
      const ours = longTasks.filter((task) => task.start + task.duration > annotated!.startTime);
      const longest = Math.max(0, ...ours.map((task) => task.duration));
      console.log(
        `[big-input] ${browserName}: 5 MB article annotated in ${(annotated!.duration / 1000).toFixed(1)} s; ` +
          `${ours.length} tasks over 50 ms after the content script started, the longest ${Math.round(longest)} ms (budget ${LONG_TASK_BUDGET_MS} ms)`,
      );
    }
    expect(page.errors).toEqual([]);
  }, BIG_ARTICLE_TIMEOUT_MS + 30_000);

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
