import 'fake-indexeddb/auto';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../../utils/storage/database';
import { toStorageError } from '../../../utils/storage/errors';
import { LibraryService } from '../../../utils/storage/library-service';
import { frenchAnalysis, freshLibrary, makeArticle, storedHighlights } from './library-fixtures';

/** Makes every write to `table` fail the way a full disk does. */
function failWritesTo(db: LibraryDatabase, table: string) {
  db.use({
    stack: 'dbcore',
    name: `full-${table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (_request: DBCoreMutateRequest) =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        };
      },
    }),
  });
}

describe('a full disk', () => {
  it('fails a save with quota-exceeded and writes nothing of it', async () => {
    const { db, service } = freshLibrary();
    failWritesTo(db, 'bodies');
    const article = makeArticle('500');
    await expect(service.saveArticle(article, frenchAnalysis(article))).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect(await db.articles.count()).toBe(0);
    expect((await storedHighlights(db)).length).toBe(0);
  });

  it('leaves an article saved earlier exactly as it was when an update fails', async () => {
    const { db, service } = freshLibrary();
    const article = makeArticle('501');
    await service.saveArticle(article, frenchAnalysis(article).slice(0, 2));
    const before = { articles: await db.articles.toArray(), highlights: await storedHighlights(db) };
    db.close();
    const full = new LibraryDatabase(db.name);
    failWritesTo(full, 'bodies');
    await expect(new LibraryService({ db: full }).saveArticle({ ...article, title: 'x' }, frenchAnalysis(article))).rejects.toMatchObject({
      code: 'quota-exceeded',
    });
    full.close();
    const reopened = new LibraryDatabase(db.name);
    expect(await reopened.articles.toArray()).toEqual(before.articles);
    expect(await storedHighlights(reopened)).toEqual(before.highlights);
  });
});

describe('IndexedDB unavailable (private browsing)', () => {
  it('answers storage-unavailable when the database cannot be opened', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
      deleteDatabase: () => {
        throw new DOMException('no', 'InvalidStateError');
      },
      cmp: indexedDB.cmp.bind(indexedDB),
    } as unknown as IDBFactory;
    const db = new LibraryDatabase('private-window', { indexedDB: refusing, IDBKeyRange });
    const service = new LibraryService({ db });
    await expect(service.saveArticle(makeArticle('502'), [])).rejects.toMatchObject({ code: 'storage-unavailable' });
    await expect(service.articleState('techflow:fr-FR:article:502', [])).rejects.toMatchObject({ code: 'storage-unavailable' });
  });

  it('answers storage-unavailable when there is no IndexedDB at all', () => {
    const error = toStorageError(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }));
    expect(error).toMatchObject({ code: 'storage-unavailable' });
  });

  it('leaves other errors as they are', () => {
    const other = new TypeError('bug');
    expect(toStorageError(other)).toBe(other);
  });
});
