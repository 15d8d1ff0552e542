/**
 * The library as a reader uses it, in Chromium and Firefox: a click on the page's Save button
 * shows the article in an open popup at once and a saved claim opens flashed on the page; the
 * popup fills live while another extension page writes the library, finds an article and a claim
 * by search, filters by kind, opens the article at a highlight, edits a note, deletes with undo, and
 * exports then re-imports everything. Tests in a describe run in order on one browser and library.
 */
import { describe, expect, it } from 'vitest';
import { serialiseLibraryExport } from '../../utils/export/web-annotation';
import type { SavedArticle, StoredHighlight } from '../../utils/storage/types';
import { BROWSER_NAMES, catchDownloads, caughtDownload, useExtensionBrowser, type TestPage } from './harness';

const KEYNOTE_URL = 'https://www.techflowpost.com/fr-FR/article/29120';
const KEYNOTE_TITLE = "Ancien directeur stratégique en chef d'Alibaba, Zeng Ming : AI + Crypto, c'est cela le Web3 ; d'abord créer de la valeur, puis la distribuer";
const CLAIM = 'Je pense qu’il s’agit là d’un sujet qui mérite d’être rediscuté.';
const RESEARCH_URL = 'https://www.techflowpost.com/zh-CN/article/30588';
const RESEARCH_TITLE = '比特币挖矿的下一个十年';
const NOTE = 'À relire avant la réunion du lundi';

function article(url: string, key: string, title: string, lang: string, savedAt: number, guests: string[]): SavedArticle {
  const [, locale, kind, id] = /\/([a-zA-Z-]+)\/(article|newsletter)\/(\d+)$/.exec(url)!;
  return {
    url, key, title, lang, authors: [], editors: [], translators: [], compilers: [], guests, hosts: [],
    blocks: [], text: '', method: 'readability', articleId: id!, kind: kind as 'article', locale: locale as 'fr-FR', savedAt, updatedAt: savedAt,
  };
}

function highlight(id: string, articleKey: string, exact: string, fields: Partial<StoredHighlight> & Pick<StoredHighlight, 'kind'>): StoredHighlight {
  return {
    id, articleKey, origin: 'auto', createdAt: 1, updatedAt: 1,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
    ...fields,
  };
}

/**
 * A library as the extension exports it: two articles of the fixture site, a claim, tokens, a
 * company. Articles keep the address the browser showed them at, as a save from the page does
 * (Firefox reaches the fixture site over http).
 */
function libraryExport(addresses: { keynote: string; research: string }): string {
  const keynote = article(addresses.keynote, 'techflow:fr-FR:article:29120', KEYNOTE_TITLE, 'fr', Date.UTC(2025, 0, 2), ['Zeng Ming']);
  const research = article(addresses.research, 'techflow:zh-CN:article:30588', RESEARCH_TITLE, 'zh-CN', Date.UTC(2025, 0, 1), []);
  return serialiseLibraryExport(
    {
      articles: [keynote, research],
      highlights: [
        highlight('e2e-claim', keynote.key, CLAIM, { kind: 'claim', speaker: 'Zeng Ming', stance: 'neutral' }),
        highlight('e2e-btc', keynote.key, 'Bitcoin', { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' }),
        highlight('e2e-alibaba', keynote.key, 'Alibaba', { kind: 'company', entityId: 'org:alibaba', entityName: 'Alibaba' }),
        highlight('e2e-btc-zh', research.key, '比特币', { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' }),
      ],
    },
    Date.UTC(2025, 0, 3),
    'e2e',
  );
}

/** Chooses a file in the popup's import field, as the file picker would. */
async function chooseImportFile(popup: TestPage, json: string): Promise<void> {
  await popup.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([text], 'library.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, json);
}

/** Waits until the popup's status line says `text`. */
async function waitForStatus(popup: TestPage, text: string): Promise<void> {
  await popup.waitFor((wanted) => document.querySelector('[role="status"]')?.textContent?.includes(wanted), text);
}

/** Waits until the search index covers the whole library, as it does shortly after the popup opens. */
async function waitForSearch(popup: TestPage): Promise<void> {
  await popup.waitFor(() => document.querySelector('input[type="search"][data-ready="true"]') !== null, undefined, { timeout: 15_000 });
}

describe.each(BROWSER_NAMES)('%s: the library popup', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('starts empty with a welcome, and fills live while another extension page imports a library', async () => {
    const { browser } = session;
    const addresses = {
      keynote: await (await browser.openPage(KEYNOTE_URL)).evaluate(() => location.href),
      research: await (await browser.openPage(RESEARCH_URL)).evaluate(() => location.href),
    };
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Nothing saved yet' }).waitFor();

    const other = await browser.openPopup();
    await chooseImportFile(other, libraryExport(addresses));
    await waitForStatus(other, 'Imported 2 articles and 4 highlights.');

    await popup.getByRole('article', { name: KEYNOTE_TITLE }).waitFor();
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor();
    expect(await popup.getByRole('heading', { name: 'Nothing saved yet' }).count()).toBe(0);
    expect(popup.errors).toEqual([]);
  });

  it('finds the article and a claim by search, and filters by kind', async () => {
    const popup = await session.browser.openPopup();
    const search = popup.getByRole('searchbox', { name: 'Search titles, quotes and notes' });
    await waitForSearch(popup);

    await search.fill('Zeng Ming');
    await popup.getByRole('article', { name: KEYNOTE_TITLE }).waitFor();
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor({ state: 'hidden' });

    await search.fill('rediscute');
    await popup.getByRole('region', { name: CLAIM }).waitFor();
    await popup.getByRole('region', { name: 'Bitcoin' }).waitFor({ state: 'hidden' });

    await search.fill('');
    await popup.getByRole('region', { name: 'Bitcoin' }).waitFor();
    await popup.getByRole('button', { name: 'Company' }).click();
    await popup.getByRole('region', { name: 'Alibaba' }).waitFor();
    await popup.getByRole('region', { name: 'Bitcoin' }).waitFor({ state: 'hidden' });
    await popup.getByRole('region', { name: CLAIM }).waitFor({ state: 'hidden' });
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor({ state: 'hidden' });
    expect(popup.errors).toEqual([]);
  });

  it('shows the library by entity and lists one entity’s mentions', async () => {
    const popup = await session.browser.openPopup();
    await popup.getByRole('tab', { name: 'Entities' }).click();
    await popup.getByRole('button', { name: 'Bitcoin (BTC) — 2 mentions in 2 articles' }).click();
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor();
    await popup.getByRole('region', { name: '比特币' }).waitFor();
    await popup.getByRole('region', { name: 'Alibaba' }).waitFor({ state: 'hidden' });
  });

  it('opens the article at a highlight in a tab', async () => {
    const { browser } = session;
    const popup = await browser.openPopup();
    await waitForSearch(popup);
    await popup.getByRole('searchbox', { name: 'Search titles, quotes and notes' }).fill('rediscute');
    await popup.getByRole('button', { name: 'Open at highlight' }).click();
    const opened = await browser.waitForPage((url) => url.startsWith(KEYNOTE_URL));
    await opened.getByRole('heading', { name: KEYNOTE_TITLE }).waitFor();
    expect(popup.errors).toEqual([]);
  });

  it('adds a note to a highlight, and deletes and restores a highlight and an article with undo', async () => {
    const popup = await session.browser.openPopup();
    await waitForSearch(popup);
    const search = popup.getByRole('searchbox', { name: 'Search titles, quotes and notes' });
    await search.fill('rediscute');
    await popup.getByRole('button', { name: 'Add note' }).click();
    await popup.getByRole('textbox', { name: 'Your note' }).fill(NOTE);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('button', { name: 'Edit note' }).waitFor();
    await search.fill('reunion lundi');
    await popup.getByRole('region', { name: CLAIM }).waitFor();
    expect((await popup.getByRole('region', { name: CLAIM }).texts()).join(' ')).toContain(NOTE);

    await popup.getByRole('button', { name: 'Delete' }).click();
    await popup.getByRole('region', { name: CLAIM }).waitFor({ state: 'hidden' });
    await waitForStatus(popup, 'Highlight deleted.');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('region', { name: CLAIM }).waitFor();

    await search.fill('');
    await popup.getByRole('button', { name: `Delete article: ${RESEARCH_TITLE}` }).click();
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor({ state: 'hidden' });
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor();
    expect(popup.errors).toEqual([]);
  });

  it('exports Markdown, CSV and JSON, and the JSON restores the library after everything is deleted', async () => {
    const popup = await session.browser.openPopup();
    await popup.getByRole('article', { name: KEYNOTE_TITLE }).waitFor();
    await catchDownloads(popup);

    await popup.getByRole('button', { name: 'Export Markdown' }).click();
    const markdown = await caughtDownload(popup, 0);
    expect(markdown).toMatchObject({ type: 'application/zip', name: expect.stringMatching(/^techflow-library-.*\.zip$/) });
    await popup.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await caughtDownload(popup, 1);
    expect(csv.text.split('\r\n')[0]).toMatch(/^\ufeff?article_title,article_url,/);
    expect(csv.text).toContain(NOTE);
    await popup.getByRole('button', { name: 'Export JSON' }).click();
    const json = await caughtDownload(popup, 2);
    const exported = JSON.parse(json.text) as { type: string; total: number };
    expect(exported).toMatchObject({ type: 'AnnotationCollection', total: 4 });

    for (const title of [KEYNOTE_TITLE, RESEARCH_TITLE]) {
      await popup.getByRole('button', { name: `Delete article: ${title}` }).click();
      await popup.getByRole('article', { name: title }).waitFor({ state: 'hidden' });
    }
    await popup.getByRole('heading', { name: 'Nothing saved yet' }).waitFor();

    await chooseImportFile(popup, json.text);
    await popup.getByRole('article', { name: KEYNOTE_TITLE }).waitFor();
    await popup.getByRole('article', { name: RESEARCH_TITLE }).waitFor();
    await waitForSearch(popup);
    await popup.getByRole('searchbox', { name: 'Search titles, quotes and notes' }).fill('reunion lundi');
    await popup.getByRole('region', { name: CLAIM }).waitFor();
    expect(popup.errors).toEqual([]);
  });
});

describe.each(BROWSER_NAMES)('%s: saving from the page into the library', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('a click on the page’s Save button shows the article in an open popup at once, and it opens at a claim, flashed', async () => {
    const { browser } = session;
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Nothing saved yet' }).waitFor();

    const page = await browser.openPage(KEYNOTE_URL);
    await page.waitForMeasure('techflow-annotator:annotate');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();

    await popup.getByRole('article', { name: /Zeng Ming/ }).waitFor();
    await popup.getByRole('button', { name: 'Claim' }).click();
    await popup.getByRole('button', { name: 'Open at highlight', nth: 0 }).click();
    const flashed = await page.waitFor(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tfa-flash')?.size ?? 0,
      undefined,
      { timeout: 15_000 },
    );
    expect(flashed).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });
});
