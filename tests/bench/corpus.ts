/** The benches' mixed-language text: the dev gold articles (every site language) and the seed article, repeated to a size. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold } from '../unit/tagging/gold';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** At least `minBytes` of UTF-8: the dev gold texts and the seed article, repeated, as one flat string. */
export function mixedCorpus(minBytes: number): string {
  const dir = join(root, 'tests/fixtures/gold/dev');
  const parts = readdirSync(dir)
    .filter((file) => file.endsWith('.gold.txt'))
    .sort()
    .map((file) => parseGold(readFileSync(join(dir, file), 'utf8')).text);
  // The shared folder sits beside the clone (CI) or beside the worktrees' parent (developers).
  const seed = ['../shared', '../../shared'].map((up) => join(root, up, 'seeds/fr-keynote-ai-crypto.txt')).find((path) => existsSync(path));
  if (seed) parts.push(readFileSync(seed, 'utf8'));
  const unit = parts.join('\n\n');
  const copies: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    copies.push(unit);
    bytes += Buffer.byteLength(unit) + 2;
  }
  // Join and copy once, so every measured pass reads a flat string, as extracted text is.
  return copies.join('\n\n').split('').join('');
}
