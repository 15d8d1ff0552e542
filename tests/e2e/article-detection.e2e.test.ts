/**
 * The content script in real browsers: it extracts articles at every kind of TechFlow address
 * (the measures appear in the page), stays away from pages that are not articles, and follows
 * client-side navigation to another article, away from articles, and back.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, type TestPage, useExtensionBrowser } from './harness';
import { pageFixture } from '../fixtures/pages/fixtures';

const EXTRACT = 'techflow-annotator:extract';
const ANNOTATE = 'techflow-annotator:annotate';
const NOT_ARTICLE = 'techflow-annotator:not-article';

interface NotArticleMark {
  reason: string;
  url: string;
}

/** The `not-article` marks the content script left, oldest first, read in the page's main world. */
function notArticleMarks(page: TestPage): Promise<NotArticleMark[]> {
  return page.evaluate(
    (name) => performance.getEntriesByName(name, 'mark').map((mark) => (mark as PerformanceMark).detail as NotArticleMark),
    NOT_ARTICLE,
  );
}

async function waitForNotArticle(page: TestPage, count = 1): Promise<NotArticleMark[]> {
  await page.waitFor(({ name, count }) => performance.getEntriesByName(name, 'mark').length >= count, { name: NOT_ARTICLE, count });
  return notArticleMarks(page);
}

describe.each(BROWSER_NAMES)('%s: article detection and extraction', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it.each([
    ['fr-FR-podcast', 'fr'],
    ['zh-CN-short', 'zh-CN'],
    ['ja-JP-research', 'ja'],
    ['zh-CN-newsflash@express', 'zh-CN'],
    ['zh-CN-legacy', 'zh-CN'],
    ['zh-CN-research@alias', 'zh-CN'],
  ])(
    'extracts %s at its address (language %s) and records both measures in the page',
    async (name, lang) => {
      const page = await session.browser.openPage(session.browser.site.urlOf(name));
      const [extract] = await page.waitForMeasure(EXTRACT);
      const [annotate] = await page.waitForMeasure(ANNOTATE);
      expect(extract?.detail).toMatchObject({ key: pageFixture(name).key, lang, title: expect.any(String) });
      expect(extract?.duration).toBeGreaterThan(0);
      expect(annotate?.detail).toMatchObject({ key: pageFixture(name).key });
      expect(annotate!.startTime).toBeLessThanOrEqual(extract!.startTime);
      expect(page.errors).toEqual([]);
    },
  );

  it.each([
    ['zh-CN-list', 'not-article-url'],
    ['challenge', 'challenge-page'],
    ['not-found', 'not-found'],
  ])('records no measure on %s, only why it is not an article', async (name, reason) => {
    const page = await session.browser.openPage(session.browser.site.urlOf(name));
    expect(await waitForNotArticle(page)).toEqual([{ reason, url: expect.stringContaining(new URL(pageFixture(name).url).pathname) }]);
    expect(await page.measures()).toEqual([]);
  });

  it('does not run on another site, even on an article-shaped page', async () => {
    const { browser } = session;
    const elsewhere = await browser.openPage(browser.site.urlOf('other-site'));
    // A TechFlow tab opened afterwards has run its content script: by then the other tab would have too.
    const techflowTab = await browser.openPage(browser.site.urlOf('zh-CN-short'));
    await techflowTab.waitForMeasure(EXTRACT);
    expect(await elsewhere.evaluate(() => document.readyState)).toBe('complete');
    expect(await elsewhere.measures()).toEqual([]);
    expect(await notArticleMarks(elsewhere)).toEqual([]);
  });

  it('follows client-side navigation: to another article, away from articles, and back', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.site.urlOf('fr-FR-podcast'));
    await page.waitForMeasure(EXTRACT);

    await page.navigateClientSide(browser.site.urlOf('zh-CN-podcast'));
    const afterArticle = await page.waitForMeasure(EXTRACT, { count: 2 });
    expect(afterArticle.map((entry) => (entry.detail as { key: string }).key)).toEqual([
      pageFixture('fr-FR-podcast').key,
      pageFixture('zh-CN-podcast').key,
    ]);
    await page.waitForMeasure(ANNOTATE, { count: 2 });

    await page.navigateClientSide(browser.site.urlOf('zh-CN-list'));
    expect((await waitForNotArticle(page)).map((mark) => mark.reason)).toEqual(['not-article-url']);

    await page.goBack();
    const afterBack = await page.waitForMeasure(EXTRACT, { count: 3 });
    expect((afterBack[2]?.detail as { key: string }).key).toBe(pageFixture('zh-CN-podcast').key);
    expect(page.errors).toEqual([]);
  });
});
