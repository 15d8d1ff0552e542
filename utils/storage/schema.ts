/**
 * Every version the library's database has had, oldest first. Never edit a shipped entry: add a
 * new one (with an `upgrade` when records change shape) and a fixture dump of the previous version
 * in `tests/fixtures/library/` so the upgrade test starts from real data.
 */
import type { Transaction } from 'dexie';
import { highlightRowsOf } from './highlight-rows';
import type { StoredHighlight } from './types';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: primary key first, then indexes. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const LIBRARY_DB_NAME = 'techflow-annotator-library';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Newest-first lists read `savedAt`; the language filter reads `lang`.
      articles: 'key, savedAt, updatedAt, lang',
      bodies: 'key',
      // `[entityId+articleKey]` answers "also in N saved articles" from the index alone. The popup
      // filters by kind, speaker and stance in memory over what it has loaded for search anyway,
      // so those get no index: each index is paid on every highlight written (500 per save).
      highlights: 'id, articleKey, [entityId+articleKey]',
      deleted: 'id, deletedAt',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // One row per article instead of one per highlight: IndexedDB's cost is per row, and a save
      // writes hundreds of highlights (see `ArticleHighlights`). `*highlightIds` finds a highlight's
      // row from its id; `*entityIds` answers "also in N saved articles".
      highlights: null,
      articleHighlights: 'articleKey, *highlightIds, *entityIds',
    },
    async upgrade(tx) {
      const highlights = await tx.table<StoredHighlight, string>('highlights').toArray();
      await tx.table('articleHighlights').bulkAdd(highlightRowsOf(highlights));
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
