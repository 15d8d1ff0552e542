import 'fake-indexeddb/auto';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../../utils/storage/database';
import { highlightRowsOf, highlightsIn, inPageOrder } from '../../../utils/storage/highlight-rows';
import { readHighlight } from '../../../utils/storage/queries';
import type { StoredHighlight } from '../../../utils/storage/types';
import { frenchAnalysis, freshLibrary, highlightOn, makeArticle, storedHighlights } from './library-fixtures';

/** Counts the records each table is asked to write (put, add), through Dexie's lowest layer. */
function countWrites(db: LibraryDatabase): Map<string, number> {
  const writes = new Map<string, number>();
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (request: DBCoreMutateRequest) => {
            if (request.type === 'put' || request.type === 'add') writes.set(name, (writes.get(name) ?? 0) + request.values.length);
            return inner.mutate(request);
          },
        };
      },
    }),
  });
  return writes;
}

/** Highlights as a save of `count` automatic token highlights in one long article sends them. */
function longAnalysis(count: number) {
  const sentence = 'Le Bitcoin et l’Ethereum. ';
  const article = { ...makeArticle('900'), text: sentence.repeat(count) };
  const highlights = Array.from({ length: count }, (_, index) => {
    const start = index * sentence.length + 3;
    return {
      ...highlightOn({ ...article, text: sentence }, 'Bitcoin', { kind: 'token', entityId: `token:t${index % 7}`, entityName: 'Bitcoin' }),
      position: { type: 'TextPositionSelector' as const, start, end: start + 'Bitcoin'.length },
    };
  });
  return { article, highlights };
}

describe('highlights stored one row per article', () => {
  it('keeps an article’s highlights in page order with their ids and entities indexed', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('800');
    const analysis = frenchAnalysis(article);
    await service.saveArticle(article, [...analysis].reverse());
    const rows = await db.articleHighlights.toArray();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.articleKey).toBe(article.key);
    const starts = row!.highlights.map((highlight) => highlight.position.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(row!.highlightIds).toEqual(row!.highlights.map((highlight) => highlight.id));
    expect([...row!.entityIds].sort()).toEqual(['org:alibaba', 'token:btc', 'token:eth']);
  });

  it('writes a 500-highlight save as one highlight record, and an unchanged save writes none', async () => {
    const { db, service } = freshLibrary();
    const { article, highlights } = longAnalysis(500);
    const writes = countWrites(db);
    const saved = await service.saveArticle(article, highlights);
    expect(saved.highlights).toHaveLength(500);
    expect(writes.get('articleHighlights')).toBe(1);
    writes.clear();
    await service.saveArticle(article, highlights);
    expect(writes.get('articleHighlights')).toBeUndefined();
    expect(await storedHighlights(db)).toHaveLength(500);
  });

  it('leaves no row for an article whose last highlight is deleted, and finds no highlight there', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('801');
    const { highlight } = await service.addHighlight(article, highlightOn(article, 'OpenAI', { kind: 'company', origin: 'user' }));
    await service.deleteHighlight(highlight.id);
    expect(await db.articleHighlights.count()).toBe(0);
    expect(await readHighlight(db, highlight.id)).toBeUndefined();
    expect((await db.articles.get(article.key))?.highlightCount).toBe(0);
  });

  it('an imported highlight stored under another article moves to the article the file gives it', async () => {
    const { db, service } = freshLibrary();
    const first = makeArticle('802');
    const second = makeArticle('803');
    await service.saveArticle(first, frenchAnalysis(first));
    await service.saveArticle(second, []);
    const records = await service.allRecords();
    const [moved] = records.highlights;
    const edited = { ...moved!, articleKey: second.key, updatedAt: moved!.updatedAt + 1 };
    await service.importRecords({ articles: records.articles, highlights: [edited] });
    expect(await readHighlight(db, moved!.id)).toEqual(edited);
    expect(await storedHighlights(db)).toHaveLength(4);
    expect((await db.articles.get(first.key))?.highlightCount).toBe(3);
    expect((await db.articles.get(second.key))?.highlightCount).toBe(1);
  });
});

describe('building and reading rows', () => {
  const highlight = fc.record({
    id: fc.uuid(),
    articleKey: fc.constantFrom('a', 'b', 'c'),
    start: fc.nat(1000),
    length: fc.integer({ min: 1, max: 20 }),
    entityId: fc.option(fc.constantFrom('token:btc', 'org:openai'), { nil: undefined }),
  }).map(({ id, articleKey, start, length, entityId }): StoredHighlight => ({
    id,
    articleKey,
    kind: 'token',
    origin: 'auto',
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + length },
    ...(entityId ? { entityId } : {}),
    createdAt: 0,
    updatedAt: 0,
  }));

  it('rows hold every highlight once, grouped by article, in page order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(highlight, { selector: (item) => item.id, maxLength: 60 }), (highlights) => {
        const rows = highlightRowsOf(highlights);
        expect(new Set(rows.map((row) => row.articleKey)).size).toBe(rows.length);
        const back = highlightsIn(rows);
        expect([...back].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...highlights].sort((a, b) => a.id.localeCompare(b.id)));
        for (const row of rows) {
          expect(row.highlights.every((item) => item.articleKey === row.articleKey)).toBe(true);
          expect(row.highlights).toEqual(inPageOrder(row.highlights));
          expect(row.highlightIds).toEqual(row.highlights.map((item) => item.id));
          expect(new Set(row.entityIds)).toEqual(new Set(row.highlights.flatMap((item) => (item.entityId ? [item.entityId] : []))));
        }
      }),
    );
  });
});
