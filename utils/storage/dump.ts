/**
 * Raw dumps of the library's tables, as fixtures for upgrade tests: a dump made by one release is
 * loaded into a database built with that release's schema, then opened with the current one.
 */
import type Dexie from 'dexie';

export interface LibraryDump {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/** Every row of every table, sorted by primary key, so dumps compare and diff cleanly. */
export async function dumpDatabase(db: Dexie, schemaVersion: number): Promise<LibraryDump> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return { schemaVersion, tables };
}

/** Writes a dump's rows into a database that has the dump's schema, replacing rows with the same keys. */
export async function loadDump(db: Dexie, dump: LibraryDump): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(dump.tables)) await db.table(name).bulkPut(rows);
  });
}
