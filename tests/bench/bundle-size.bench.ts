/** Size of what ships: the content script is held to ≤ 60 KB gzip because it loads on every TechFlow page. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './run';

export const name = 'bundle size';

/** Content-script budget from the developers' guide. */
const CONTENT_SCRIPT_BUDGET_KB = 60;

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const root = join('.output', target);
    if (!existsSync(root)) throw new Error(`${root} is missing: run \`npm run build:all\` first.`);
    const content = join(root, 'content-scripts', 'techflow.js');
    const contentKb = gzipKb(content);
    rows.push({
      label: `${target} content script (gzip)`,
      value: `${contentKb.toFixed(1)} KB`,
      budget: `≤ ${CONTENT_SCRIPT_BUDGET_KB} KB`,
      withinBudget: contentKb <= CONTENT_SCRIPT_BUDGET_KB,
    });
    const background = join(root, 'background.js');
    rows.push({ label: `${target} background (gzip)`, value: `${gzipKb(background).toFixed(1)} KB` });
    const total = filesUnder(root).reduce((sum, file) => sum + statSync(file).size, 0) / 1024;
    rows.push({ label: `${target} package (raw)`, value: `${total.toFixed(0)} KB` });
  }
  return rows;
}
