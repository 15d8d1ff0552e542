/** The library's one Dexie class and its shared instance; every table is typed. */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { LIBRARY_DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  ArticleBody,
  ArticleHighlights,
  ArticleRecord,
  DeletedArticleSnapshot,
  LibraryInstance,
} from './types';

export class LibraryDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'key'>;
  bodies!: EntityTable<ArticleBody, 'key'>;
  articleHighlights!: EntityTable<ArticleHighlights, 'articleKey'>;
  deleted!: EntityTable<DeletedArticleSnapshot, 'id'>;
  meta!: EntityTable<LibraryInstance, 'key'>;

  /**
   * `versions` defaults to the full history; tests pass a prefix of it to build a database as an
   * older release left it.
   */
  constructor(name = LIBRARY_DB_NAME, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    for (const entry of versions) {
      const declared = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) declared.upgrade(entry.upgrade);
    }
    // A new physical database gets a new identity: the data-loss check notices a recreated one.
    this.on('populate', (tx) => {
      const instance: LibraryInstance = { key: 'instance', id: crypto.randomUUID(), createdAt: Date.now() };
      void tx.table('meta').add(instance);
    });
  }
}

let shared: LibraryDatabase | undefined;

/** The instance the background worker writes and the popup reads; created on first use. */
export function libraryDatabase(): LibraryDatabase {
  shared ??= new LibraryDatabase();
  return shared;
}
