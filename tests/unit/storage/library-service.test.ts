import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../utils/messaging/runtime';
import { readHighlight, readHighlightsOf } from '../../../utils/storage/queries';
import { frenchAnalysis, freshLibrary, highlightOn, makeArticle, storedHighlights } from './library-fixtures';

describe('saving an article', () => {
  it('stores the article, its body apart, and every highlight', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('100');
    const result = await service.saveArticle(article, frenchAnalysis(article));
    expect(result.created).toBe(true);
    expect(result.saved).toMatchObject({ key: article.key, title: article.title, highlightCount: 4 });
    const record = await db.articles.get(article.key);
    expect(record).toMatchObject({ articleId: '100', kind: 'article', locale: 'fr-FR', textLength: article.text.length });
    expect(record).not.toHaveProperty('text');
    expect(await db.bodies.get(article.key)).toEqual({ key: article.key, text: article.text, blocks: article.blocks });
    expect(await service.getArticle(article.key)).toMatchObject({ ...article, articleId: '100' });
    expect((await readHighlightsOf(db, article.key)).length).toBe(4);
  });

  it('updates on a second save instead of duplicating, keeping the first save time and highlight ids', async () => {
    let clock = 1_000;
    const { db, service } = freshLibrary({ now: () => clock });
    const article = makeArticle('101');
    const first = await service.saveArticle(article, frenchAnalysis(article));
    clock = 2_000;
    const second = await service.saveArticle({ ...article, title: 'Titre corrigé' }, frenchAnalysis(article));
    expect(second.created).toBe(false);
    expect(second.saved).toMatchObject({ savedAt: 1_000, updatedAt: 2_000, title: 'Titre corrigé', highlightCount: 4 });
    expect(await db.articles.count()).toBe(1);
    expect((await storedHighlights(db)).length).toBe(4);
    expect(second.highlights.map((h) => h.id).sort()).toEqual(first.highlights.map((h) => h.id).sort());
  });

  it('two tabs saving the same article at once make one article with merged highlights', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('102');
    const mine = highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user', note: 'à lire' });
    const theirs = highlightOn(article, 'OpenAI', { kind: 'company', origin: 'user' });
    const results = await Promise.all([
      service.saveArticle(article, [...frenchAnalysis(article), mine]),
      service.saveArticle(article, [...frenchAnalysis(article), theirs]),
      service.saveArticle(article, frenchAnalysis(article)),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await db.articles.count()).toBe(1);
    const stored = await storedHighlights(db);
    expect(stored.filter((h) => h.origin === 'auto')).toHaveLength(4);
    expect(stored.filter((h) => h.origin === 'user').map((h) => h.quote.exact).sort()).toEqual(['OpenAI', 'Wanxiang']);
  });

  it('replaces automatic highlights with the latest analysis but keeps the reader’s highlights and notes', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('103');
    const [bitcoin, alibaba, ethereum] = frenchAnalysis(article);
    const saved = await service.saveArticle(article, [bitcoin!, alibaba!, ethereum!]);
    const alibabaId = saved.highlights.find((h) => h.entityId === 'org:alibaba')!.id;
    await service.updateHighlight(alibabaId, { note: 'leur fonds crypto' });
    await service.addHighlight(article, highlightOn(article, 'sommet de Wanxiang', { kind: 'note', origin: 'user' }));

    const openai = highlightOn(article, 'OpenAI', { kind: 'company', entityId: 'org:openai', entityName: 'OpenAI' });
    await service.saveArticle(article, [bitcoin!, openai]);

    const stored = await storedHighlights(db);
    expect(stored.map((h) => h.quote.exact).sort()).toEqual(['Alibaba', 'Bitcoin', 'OpenAI', 'sommet de Wanxiang']);
    expect(stored.find((h) => h.id === alibabaId)?.note).toBe('leur fonds crypto');
  });

  it('leaves stored automatic highlights alone when a save comes before the analysis', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('104');
    await service.saveArticle(article, frenchAnalysis(article));
    const again = await service.saveArticle(article, []);
    expect(again.saved.highlightCount).toBe(4);
    expect((await storedHighlights(db)).length).toBe(4);
  });

  it('refuses an article whose key does not match its address', async () => {
    const { db, service } = freshLibrary();
    const article = { ...makeArticle('105'), key: 'techflow:fr-FR:article:999' };
    await expect(service.saveArticle(article, [])).rejects.toMatchObject({ code: 'invalid-message' });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('the reader’s highlights', () => {
  it('adding a highlight to an unsaved article saves the article', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('200');
    const result = await service.addHighlight(article, highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user' }));
    expect(result.createdArticle).toBe(true);
    expect(result.saved).toMatchObject({ key: article.key, highlightCount: 1 });
    expect(await db.articles.count()).toBe(1);
    expect(result.highlight).toMatchObject({ articleKey: article.key, origin: 'user', quote: { exact: 'Wanxiang' } });
  });

  it('adding the same highlight twice (a retried message) stores it once', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('201');
    const highlight = highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user' });
    const first = await service.addHighlight(article, highlight);
    const second = await service.addHighlight(article, highlight);
    expect(second.highlight.id).toBe(first.highlight.id);
    expect(second.createdArticle).toBe(false);
    expect((await storedHighlights(db)).length).toBe(1);
  });

  it('edits a note and clears it with an empty one', async () => {
    let clock = 10;
    const { service } = freshLibrary({ now: () => clock });
    const article = makeArticle('202');
    const { highlight } = await service.addHighlight(article, highlightOn(article, 'OpenAI', { kind: 'company', origin: 'user' }));
    clock = 20;
    const noted = await service.updateHighlight(highlight.id, { note: 'concurrent direct' });
    expect(noted.highlight).toMatchObject({ note: 'concurrent direct', updatedAt: 20, createdAt: 10 });
    const cleared = await service.updateHighlight(highlight.id, { note: '  ' });
    expect(cleared.highlight).not.toHaveProperty('note');
  });

  it('deletes a highlight and restores it exactly (undo)', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('203');
    const { highlight } = await service.addHighlight(article, highlightOn(article, 'OpenAI', { kind: 'company', origin: 'user', note: 'n' }));
    const deleted = await service.deleteHighlight(highlight.id);
    expect(deleted.highlight).toEqual(highlight);
    expect((await storedHighlights(db)).length).toBe(0);
    await service.restoreHighlight(deleted.highlight);
    expect(await readHighlight(db, highlight.id)).toEqual(highlight);
  });

  it('answers not-found for a highlight that is gone', async () => {
    const { service } = freshLibrary();
    await expect(service.updateHighlight('missing', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.deleteHighlight('missing')).rejects.toBeInstanceOf(ProtocolError);
  });
});

describe('deleting an article', () => {
  it('removes the article, its body and highlights, and undo brings all of them back', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('300');
    await service.saveArticle(article, frenchAnalysis(article));
    await service.addHighlight(article, highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user', note: 'n' }));
    const before = { records: await db.articles.toArray(), bodies: await db.bodies.toArray(), highlights: await storedHighlights(db) };

    const { snapshotId } = await service.deleteArticle(article.key);
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    expect((await storedHighlights(db)).length).toBe(0);

    expect(await service.restoreArticle(snapshotId)).toEqual({ restored: true });
    expect(await db.articles.toArray()).toEqual(before.records);
    expect(await db.bodies.toArray()).toEqual(before.bodies);
    expect(await storedHighlights(db)).toEqual([...before.highlights].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await service.restoreArticle(snapshotId)).toEqual({ restored: false });
  });

  it('an undo after the article was saved again keeps the new save and adds back the reader’s highlights', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('301');
    await service.saveArticle(article, frenchAnalysis(article));
    await service.addHighlight(article, highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user' }));
    const { snapshotId } = await service.deleteArticle(article.key);
    await service.saveArticle({ ...article, title: 'Nouvelle version' }, frenchAnalysis(article));
    await service.restoreArticle(snapshotId);
    expect((await db.articles.get(article.key))?.title).toBe('Nouvelle version');
    const stored = await storedHighlights(db);
    expect(stored.filter((h) => h.origin === 'auto')).toHaveLength(4);
    expect(stored.filter((h) => h.origin === 'user')).toHaveLength(1);
  });

  it('forgets deleted-article snapshots after the undo retention period', async () => {
    let clock = 0;
    const { db, service } = freshLibrary({ now: () => clock });
    const first = makeArticle('302');
    const second = makeArticle('303');
    await service.saveArticle(first, []);
    await service.saveArticle(second, []);
    await service.deleteArticle(first.key);
    clock = 8 * 24 * 60 * 60 * 1000;
    await service.deleteArticle(second.key);
    expect(await db.deleted.count()).toBe(1);
  });

  it('unsave after a save removes the article (the Save button’s undo)', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('304');
    await service.saveArticle(article, frenchAnalysis(article));
    expect(await service.unsaveArticle(article.key)).toEqual({ removed: true });
    expect(await db.articles.count()).toBe(0);
    expect(await service.unsaveArticle(article.key)).toEqual({ removed: false });
  });
});

describe('highlight counts', () => {
  it('every write keeps the article’s stored highlight count right', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('450');
    const count = async () => (await db.articles.get(article.key))?.highlightCount;
    await service.saveArticle(article, frenchAnalysis(article));
    expect(await count()).toBe(4);
    const { highlight } = await service.addHighlight(article, highlightOn(article, 'OpenAI', { kind: 'company', origin: 'user' }));
    expect(await count()).toBe(5);
    await service.deleteHighlight(highlight.id);
    expect(await count()).toBe(4);
    await service.restoreHighlight(highlight);
    expect(await count()).toBe(5);
    await service.saveArticle(article, frenchAnalysis(article).slice(0, 1));
    expect(await count()).toBe(2);
    const { snapshotId } = await service.deleteArticle(article.key);
    await service.restoreArticle(snapshotId);
    expect(await count()).toBe(2);
  });
});

describe('article state for the page', () => {
  it('tells whether the article is saved and in how many other saved articles each entity appears', async () => {
    let clock = 0;
    const { service } = freshLibrary({ now: () => (clock += 1) });
    const here = makeArticle('400');
    const older = makeArticle('401', { title: 'Ancien' });
    const newer = makeArticle('402', { title: 'Récent' });
    const chinese = makeArticle('403', { lang: 'zh-CN' });
    await service.saveArticle(older, frenchAnalysis(older));
    await service.saveArticle(newer, frenchAnalysis(newer).slice(0, 1));
    await service.saveArticle(chinese, [highlightOn(chinese, '比特币', { kind: 'token', entityId: 'token:btc' })]);
    await service.saveArticle(here, frenchAnalysis(here));

    const state = await service.articleState(here.key, ['token:btc', 'token:eth', 'token:sol']);
    expect(state.saved).toMatchObject({ key: here.key, highlightCount: 4 });
    expect(state.highlights).toHaveLength(4);
    expect(state.entityStats['token:btc']).toEqual({
      articleCount: 3,
      articles: [
        { key: chinese.key, title: chinese.title, url: chinese.url },
        { key: newer.key, title: 'Récent', url: newer.url },
        { key: older.key, title: 'Ancien', url: older.url },
      ],
    });
    expect(state.entityStats['token:eth']).toMatchObject({ articleCount: 1 });
    expect(state.entityStats).not.toHaveProperty('token:sol');
  });

  it('an unsaved article has no state but still gets entity counts', async () => {
    const { service } = freshLibrary();
    const other = makeArticle('410');
    await service.saveArticle(other, frenchAnalysis(other));
    const state = await service.articleState('techflow:fr-FR:article:411', ['org:alibaba']);
    expect(state).toEqual({
      saved: null,
      highlights: [],
      entityStats: { 'org:alibaba': { articleCount: 1, articles: [{ key: other.key, title: other.title, url: other.url }] } },
    });
  });
});
