import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../../utils/storage/database';
import { dumpDatabase, loadDump, type LibraryDump } from '../../../utils/storage/dump';
import { LibraryService } from '../../../utils/storage/library-service';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/storage/schema';

const fixturePath = (version: number) =>
  fileURLToPath(new URL(`../../fixtures/library/v${version}.json`, import.meta.url));

function readFixture(version: number): LibraryDump {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as LibraryDump;
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
      for (const row of rows) {
        const stored = await current.table(table).get(primaryKeyOf(current, table, row) as string);
        expect(stored, `${table} ${String(primaryKeyOf(current, table, row))}`).toEqual(row);
      }
      expect(await current.table(table).count()).toBe(rows.length);
    }
    expect((await dumpDatabase(current, CURRENT_SCHEMA_VERSION)).tables).toEqual(dump.tables);
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
