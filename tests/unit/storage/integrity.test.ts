import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LibraryDatabase } from '../../../utils/storage/database';
import { IntegrityWatch } from '../../../utils/storage/integrity';
import { LibraryService } from '../../../utils/storage/library-service';
import { frenchAnalysis, makeArticle } from './library-fixtures';

beforeEach(() => fakeBrowser.reset());

async function libraryWithTwoArticles(name: string) {
  const db = new LibraryDatabase(name);
  const service = new LibraryService({ db });
  const watch = new IntegrityWatch(db, undefined, () => 42);
  for (const id of ['600', '601']) {
    const article = makeArticle(id);
    await service.saveArticle(article, frenchAnalysis(article));
    await watch.record();
  }
  return { db, service, watch };
}

describe('the data-loss check', () => {
  it('reports nothing for a library that is as it was', async () => {
    const { watch } = await libraryWithTwoArticles(crypto.randomUUID());
    expect(await watch.check()).toBeNull();
  });

  it('reports nothing for a first run', async () => {
    const watch = new IntegrityWatch(new LibraryDatabase(crypto.randomUUID()));
    expect(await watch.check()).toBeNull();
  });

  it('reports nothing after the reader deletes every article', async () => {
    const { service, watch } = await libraryWithTwoArticles(crypto.randomUUID());
    for (const id of ['600', '601']) {
      await service.deleteArticle(`techflow:fr-FR:article:${id}`);
      await watch.record();
    }
    expect(await watch.check()).toBeNull();
  });

  it('notices a database that was deleted and created again', async () => {
    const name = crypto.randomUUID();
    const { db } = await libraryWithTwoArticles(name);
    await db.delete();
    const watch = new IntegrityWatch(new LibraryDatabase(name), undefined, () => 43);
    expect(await watch.check()).toEqual({ expectedArticles: 2, foundArticles: 0, lastSeenAt: 42 });
  });

  it('notices tables emptied under the same database', async () => {
    const { db, watch } = await libraryWithTwoArticles(crypto.randomUUID());
    await db.articles.clear();
    expect(await watch.check()).toMatchObject({ expectedArticles: 2, foundArticles: 0 });
  });

  it('keeps reporting the loss, even after new saves, until the reader acknowledges it', async () => {
    const name = crypto.randomUUID();
    const { db } = await libraryWithTwoArticles(name);
    await db.delete();
    const fresh = new LibraryDatabase(name);
    const watch = new IntegrityWatch(fresh);
    expect(await watch.check()).not.toBeNull();
    const article = makeArticle('602');
    await new LibraryService({ db: fresh }).saveArticle(article, []);
    await watch.record();
    expect(await watch.check()).toMatchObject({ expectedArticles: 2 });
    await watch.acknowledge();
    expect(await watch.check()).toBeNull();
  });
});
