import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readHighlight } from '../../../utils/storage/queries';
import { libraryHandlers } from '../../../utils/library/background-handlers';
import { backgroundRequests, type BackgroundResponses, type BackgroundRequestType } from '../../../utils/messaging/protocol';
import { classifySender, createDispatcher, makeEnvelope, type SenderInfo } from '../../../utils/messaging/runtime';
import { serialiseLibraryExport } from '../../../utils/export/web-annotation';
import { IntegrityWatch } from '../../../utils/storage/integrity';
import { frenchAnalysis, freshLibrary, highlightOn, makeArticle, storedHighlights } from '../storage/library-fixtures';

const EXT_ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const content: SenderInfo = { id: EXT_ID, url: 'https://www.techflowpost.com/fr-FR/article/700', tab: { id: 9 } };
const popup: SenderInfo = { id: EXT_ID, url: `${ORIGIN}popup.html` };

beforeEach(() => fakeBrowser.reset());

function setup() {
  const { db, service } = freshLibrary();
  const dispatch = createDispatcher<typeof backgroundRequests, BackgroundResponses>(
    backgroundRequests,
    libraryHandlers(service, new IntegrityWatch(db)),
    (sender) => classifySender(sender, EXT_ID, ORIGIN),
  );
  async function send<T extends BackgroundRequestType>(type: T, payload: unknown, sender = content) {
    return dispatch(makeEnvelope(type, payload), sender) as Promise<
      { ok: true; value: BackgroundResponses[T] } | { ok: false; error: { code: string; message: string } }
    >;
  }
  async function value<T extends BackgroundRequestType>(type: T, payload: unknown, sender = content) {
    const reply = await send(type, payload, sender);
    if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
    return reply.value;
  }
  return { db, service, send, value };
}

describe('library messages', () => {
  it('a save from the page, then its state, then an added highlight, through the protocol', async () => {
    const { value } = setup();
    const article = makeArticle('700');
    const saved = await value('saveArticle', { article, highlights: frenchAnalysis(article) });
    expect(saved).toMatchObject({ created: true, saved: { highlightCount: 4 } });
    const added = await value('addHighlight', {
      article,
      highlight: highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user' }),
    });
    expect(added.createdArticle).toBe(false);
    const state = await value('articleState', { key: article.key, entityIds: ['token:btc'] });
    expect(state.saved?.highlightCount).toBe(5);
  });

  it('edits, deletes and restores a highlight from the popup', async () => {
    const { value, db } = setup();
    const article = makeArticle('701');
    const { highlight } = await value('addHighlight', {
      article,
      highlight: highlightOn(article, 'OpenAI', { kind: 'company', origin: 'user' }),
    });
    await value('updateHighlight', { id: highlight.id, note: 'rival' }, popup);
    const { highlight: deleted } = await value('deleteHighlight', { id: highlight.id }, popup);
    expect(deleted.note).toBe('rival');
    await value('restoreHighlight', { highlight: deleted }, popup);
    expect(await readHighlight(db, highlight.id)).toEqual(deleted);
  });

  it('deletes an article from the popup and undoes it', async () => {
    const { value, db } = setup();
    const article = makeArticle('702');
    await value('saveArticle', { article, highlights: frenchAnalysis(article) });
    const { snapshotId } = await value('deleteArticle', { key: article.key }, popup);
    expect(await db.articles.count()).toBe(0);
    expect(await value('restoreArticle', { snapshotId }, popup)).toEqual({ restored: true });
    expect((await storedHighlights(db)).length).toBe(4);
  });

  it('imports an export and reports what it read', async () => {
    const { value, service } = setup();
    const article = makeArticle('703');
    await value('saveArticle', { article, highlights: frenchAnalysis(article) });
    const json = serialiseLibraryExport(await service.allRecords(), 0, 'export-1');
    const other = setup();
    expect(await other.value('importLibrary', { json }, popup)).toEqual({ articles: 1, highlights: 4 });
    expect((await storedHighlights(other.db)).length).toBe(4);
  });

  it('reports a data loss to the popup and on the toolbar button until it is acknowledged', async () => {
    fakeBrowser.i18n.getMessage = ((key: string) => (key === 'popup_dataLoss_title' ? 'Part of your library is missing' : '')) as typeof fakeBrowser.i18n.getMessage;
    const { value, db } = setup();
    const article = makeArticle('704');
    await value('saveArticle', { article, highlights: [] });
    expect(await value('libraryStatus', {}, popup)).toEqual({ dataLoss: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await db.articles.clear();
    expect((await value('libraryStatus', {}, popup)).dataLoss).toMatchObject({ expectedArticles: 1, foundArticles: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe('Part of your library is missing');
    await value('acknowledgeDataLoss', {}, popup);
    expect(await value('libraryStatus', {}, popup)).toEqual({ dataLoss: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('opens a saved article in a new tab at a text fragment and asks the page to show the highlight', async () => {
    const { value } = setup();
    const article = makeArticle('705');
    const { highlights } = await value('saveArticle', { article, highlights: frenchAnalysis(article) });
    const claim = highlights.find((highlight) => highlight.kind === 'claim')!;
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { shown: true } });
    const { tabId } = await value('openArticle', { key: article.key, highlightId: claim.id }, popup);
    const tab = await fakeBrowser.tabs.get(tabId);
    expect(tab.url).toMatch(/^https:\/\/www\.techflowpost\.com\/fr-FR\/article\/705#:~:text=/);
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(tabId, expect.objectContaining({ type: 'showHighlight', payload: { highlightId: claim.id } })),
    );
  });

  it('focuses a tab already showing the article under another URL form instead of opening one', async () => {
    const { value } = setup();
    const article = makeArticle('706', { lang: 'zh-CN' });
    await value('saveArticle', { article, highlights: [] });
    const existing = await fakeBrowser.tabs.create({ url: 'https://techflowpost.com/article/detail_706.html', active: false });
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const { tabId } = await value('openArticle', { key: article.key }, popup);
    expect(tabId).toBe(existing.id);
    expect(update).toHaveBeenCalledWith(existing.id, { active: true });
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabsBefore);
  });

  it('answers not-found when opening an article that is not saved', async () => {
    const { send } = setup();
    expect(await send('openArticle', { key: 'techflow:fr-FR:article:1' }, popup)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it.each([
    ['articleState', { key: '', entityIds: [] }, content],
    ['saveArticle', { article: { title: 'x' }, highlights: [] }, content],
    ['unsaveArticle', { key: 42 }, content],
    ['addHighlight', { article: makeArticle('1'), highlight: { kind: 'emoji' } }, content],
    ['updateHighlight', { id: 'x', note: 'n'.repeat(20_001) }, popup],
    ['deleteHighlight', {}, popup],
    ['restoreHighlight', { highlight: { id: 'x' } }, popup],
    ['deleteArticle', { key: null }, popup],
    ['restoreArticle', { snapshotId: 7 }, popup],
    ['importLibrary', { json: 1 }, popup],
    ['openArticle', { key: 'k', highlightId: '' }, popup],
  ] as const)('refuses a malformed %s and changes nothing', async (type, payload, sender) => {
    const { send, db } = setup();
    const article = makeArticle('707');
    await send('saveArticle', { article, highlights: frenchAnalysis(article) });
    const before = await storedHighlights(db);
    expect(await send(type, payload, sender)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await storedHighlights(db)).toEqual(before);
    expect(await db.articles.count()).toBe(1);
  });

  it('refuses an import that is not an export and keeps the library as it was', async () => {
    const { send, db } = setup();
    const article = makeArticle('708');
    await send('saveArticle', { article, highlights: frenchAnalysis(article) });
    for (const json of ['not json', '{"type":"AnnotationCollection"}', '[]']) {
      expect(await send('importLibrary', { json }, popup)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect((await storedHighlights(db)).length).toBe(4);
  });

  it('refuses popup-only messages from a page and page messages from other extensions', async () => {
    const { send } = setup();
    expect(await send('deleteArticle', { key: 'k' }, content)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('articleState', { key: 'k', entityIds: [] }, { ...content, id: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
