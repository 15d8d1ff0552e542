import 'fake-indexeddb/auto';
import { IDBIndex as FakeIndex } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryDatabase } from '../../../utils/storage/database';
import { readFirstScreenDirect } from '../../../utils/storage/first-screen-read';
import { readFirstScreen } from '../../../utils/storage/queries';
import { SCHEMA_VERSIONS } from '../../../utils/storage/schema';
import { frenchAnalysis, freshLibrary, makeArticle } from './library-fixtures';

/** Four articles saved one after another; the newest has more highlights than the others. */
async function fourArticles() {
  let now = 1_000;
  const library = freshLibrary({ now: () => (now += 1_000) });
  for (const id of ['800', '801', '802']) {
    const article = makeArticle(id);
    await library.service.saveArticle(article, frenchAnalysis(article));
  }
  const big = makeArticle('803');
  await library.service.saveArticle(big, [...frenchAnalysis(big), ...frenchAnalysis(big).map((highlight) => ({ ...highlight, origin: 'user' as const }))]);
  const bigCount = (await library.db.articles.get(big.key))!.highlightCount;
  return { ...library, bigCount };
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '');
}

afterEach(() => vi.restoreAllMocks());

describe('the popup’s first screen read without Dexie', () => {
  it('lists what the Dexie read lists: the newest articles, their highlights, none of an article over the limit', async () => {
    const { db, bigCount } = await fourArticles();
    for (const [count, limit] of [[2, bigCount - 1], [3, bigCount], [8, 10_000]] as const) {
      const direct = await readFirstScreenDirect(count, limit, { name: db.name });
      expect(direct).toEqual(await readFirstScreen(db, count, limit));
    }
  });

  it('lists the same where the browser has no getAllRecords (a cursor steps through the newest articles)', async () => {
    const { db, bigCount } = await fourArticles();
    const withRecords = await readFirstScreenDirect(3, bigCount - 1, { name: db.name });
    vi.spyOn(FakeIndex.prototype, 'getAllRecords' as never, 'get').mockReturnValue(undefined as never);
    expect(typeof (FakeIndex.prototype as unknown as { getAllRecords?: unknown }).getAllRecords).toBe('undefined');
    const withCursor = await readFirstScreenDirect(3, bigCount - 1, { name: db.name });
    expect(withCursor).toEqual(withRecords);
    expect(withCursor).toEqual(await readFirstScreen(db, 3, bigCount - 1));
  });

  it('answers an empty list for an empty library', async () => {
    const { db } = freshLibrary();
    await db.open();
    expect(await readFirstScreenDirect(8, 2_000, { name: db.name })).toEqual({ articles: [], highlights: [] });
  });

  it('answers null and creates nothing when there is no library yet, so Dexie creates it with its identity', async () => {
    const name = `no-library-${crypto.randomUUID()}`;
    expect(await readFirstScreenDirect(8, 2_000, { name })).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    const db = new LibraryDatabase(name);
    expect(await db.meta.get('instance')).toMatchObject({ key: 'instance' });
  });

  it('answers null for a library of an older version, which Dexie upgrades, and leaves it as it was', async () => {
    const name = `old-library-${crypto.randomUUID()}`;
    const old = new LibraryDatabase(name, undefined, SCHEMA_VERSIONS.slice(0, 1));
    await old.open();
    old.close();
    expect(await readFirstScreenDirect(8, 2_000, { name })).toBeNull();
    const reopened = new LibraryDatabase(name, undefined, SCHEMA_VERSIONS.slice(0, 1));
    await reopened.open();
    expect(reopened.verno).toBe(1);
    reopened.close();
  });

  it('answers null when IndexedDB refuses to open (private windows), leaving the error to the Dexie read', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('private browsing', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    expect(await readFirstScreenDirect(8, 2_000, { factory: refusing })).toBeNull();
  });
});
