/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` in one process, one after another, and
 * prints each one's measured figures. A bench exports `name` and `run()`; `run` returns rows of
 * [label, value] and may print its own detail. Budgets are printed beside the figures, never asserted
 * by wall-clock in unit tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchRow {
  label: string;
  value: string;
  /** The budget this figure is held to, as text ("≤ 60 KB"), and whether it is met. */
  budget?: string;
  withinBudget?: boolean;
}

export interface BenchModule {
  name: string;
  run(): Promise<BenchRow[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .sort();

let overBudget = 0;
for (const file of files) {
  const bench = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  console.log(`\n== ${bench.name} (${file})`);
  const rows = await bench.run();
  const width = Math.max(...rows.map((row) => row.label.length), 10);
  for (const row of rows) {
    const verdict = row.budget ? `  budget ${row.budget}: ${row.withinBudget ? 'ok' : 'OVER'}` : '';
    if (row.budget && !row.withinBudget) overBudget += 1;
    console.log(`  ${row.label.padEnd(width)}  ${row.value}${verdict}`);
  }
}
console.log(`\n${files.length} benches, ${overBudget} figure(s) over budget.`);
