import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../../utils/storage/database';
import { dumpDatabase, loadDump, type LibraryDump } from '../../../utils/storage/dump';
import { highlightRowsOf, highlightsIn } from '../../../utils/storage/highlight-rows';
import { LibraryService } from '../../../utils/storage/library-service';
import { readHighlight, readHighlightsOf, readLibrarySnapshot } from '../../../utils/storage/queries';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/storage/schema';
import type { ArticleHighlights, StoredHighlight } from '../../../utils/storage/types';

const fixturePath = (version: number) =>
  fileURLToPath(new URL(`../../fixtures/library/v${version}.json`, import.meta.url));

function readFixture(version: number): LibraryDump {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as LibraryDump;
}

/** Tables that hold highlights: one row per highlight up to v1, one row per article from v2. */
const HIGHLIGHT_TABLES = ['highlights', 'articleHighlights'];

/** Every highlight a dump holds, whichever layout its version stored them in, ordered by id. */
function highlightsOfDump(tables: LibraryDump['tables']): StoredHighlight[] {
  const perHighlight = (tables.highlights ?? []) as StoredHighlight[];
  const perArticle = highlightsIn((tables.articleHighlights ?? []) as ArticleHighlights[]);
  return [...perHighlight, ...perArticle].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function primaryKeyOf(db: LibraryDatabase, table: string, row: unknown): unknown {
  const keyPath = db.table(table).schema.primKey.keyPath as string;
  return (row as Record<string, unknown>)[keyPath];
}

describe('schema versions', () => {
  it('every version has a fixture dump made by the code of that version', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(existsSync(fixturePath(version)), `v${version}.json`).toBe(true);
  });

  it('versions only ever go up', () => {
    const numbers = SCHEMA_VERSIONS.map(({ version }) => version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe.each(SCHEMA_VERSIONS.map(({ version }) => version))('upgrading a library written at schema v%i', (version) => {
  async function upgraded() {
    const dump = readFixture(version);
    const name = `upgrade-from-v${version}-${crypto.randomUUID()}`;
    const old = new LibraryDatabase(name, undefined, SCHEMA_VERSIONS.filter((entry) => entry.version <= version));
    await loadDump(old, dump);
    old.close();
    const current = new LibraryDatabase(name);
    await current.open();
    return { dump, current };
  }

  it(`keeps every record when opened at the current version (v${CURRENT_SCHEMA_VERSION})`, async () => {
    const { dump, current } = await upgraded();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(dump.tables)) {
      expect(rows.length, `${table} in the fixture`).toBeGreaterThan(0);
      if (HIGHLIGHT_TABLES.includes(table)) continue;
      for (const row of rows) {
        const stored = await current.table(table).get(primaryKeyOf(current, table, row) as string);
        expect(stored, `${table} ${String(primaryKeyOf(current, table, row))}`).toEqual(row);
      }
      expect(await current.table(table).count()).toBe(rows.length);
    }
    const highlights = highlightsOfDump(dump.tables);
    expect(highlights.length).toBeGreaterThan(0);
    for (const highlight of highlights) {
      expect(await readHighlight(current, highlight.id), `highlight ${highlight.id}`).toEqual(highlight);
      expect(await readHighlightsOf(current, highlight.articleKey)).toContainEqual(highlight);
    }
    const after = (await dumpDatabase(current, CURRENT_SCHEMA_VERSION)).tables;
    expect(highlightsOfDump(after)).toEqual(highlights);
    // Each article's row carries the page order and the index fields the current code writes.
    expect(after.articleHighlights).toEqual(expect.arrayContaining(highlightRowsOf(highlights)));
    expect(after.articleHighlights).toHaveLength(new Set(highlights.map((highlight) => highlight.articleKey)).size);
    const { highlights: _before, articleHighlights: _rows, ...otherTables } = dump.tables;
    const { articleHighlights: _now, ...otherTablesAfter } = after;
    expect(otherTablesAfter).toEqual(otherTables);
  });

  it('lists every article newest first with its highlights in page order, as the popup reads it', async () => {
    const { dump, current } = await upgraded();
    const listing = await readLibrarySnapshot(current);
    const articles = dump.tables.articles as Array<{ key: string; savedAt: number }>;
    expect(listing.articles.map((article) => article.key)).toEqual(
      [...articles].sort((a, b) => b.savedAt - a.savedAt).map((article) => article.key),
    );
    const highlights = highlightsOfDump(dump.tables);
    expect([...listing.highlights].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(highlights);
    for (const article of listing.articles) {
      const starts = listing.highlights.filter((highlight) => highlight.articleKey === article.key).map((highlight) => highlight.position.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('the upgraded library still answers the page and undoes the deletion it had pending', async () => {
    const { dump, current } = await upgraded();
    const service = new LibraryService({ db: current });
    const [article] = dump.tables.articles as Array<{ key: string }>;
    const state = await service.articleState(article!.key, ['token:btc']);
    expect(state.saved?.key).toBe(article!.key);
    expect(state.entityStats['token:btc']?.articleCount).toBeGreaterThan(0);
    const [snapshot] = dump.tables.deleted as Array<{ id: string }>;
    expect(await service.restoreArticle(snapshot!.id)).toEqual({ restored: true });
  });
});
