/** Checks every gold article on disk: it parses, the held-out split covers every site language, and its marks are well formed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { langOf, parseGold, type GoldArticle } from './gold';

const GOLD_ROOT = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
const SITE_LANGUAGES = ['zh-CN', 'zh-TW', 'en', 'fr', 'ja', 'ko', 'vi'];
/** A letter or digit of the Latin script: an entity edge next to one of these cuts a word in two. */
const LATIN_WORD_CHAR = /[\p{Script=Latin}0-9]/u;

interface GoldFile {
  split: 'dev' | 'heldout';
  file: string;
  markup: string;
}

function goldFiles(split: 'dev' | 'heldout'): GoldFile[] {
  const dir = join(GOLD_ROOT, split);
  // The dev split is written by the tagger's authors and may not exist yet.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.gold.txt'))
    .sort()
    .map((file) => ({ split, file, markup: readFileSync(join(dir, file), 'utf8') }));
}

/** Every problem found in one parsed article, as readable strings (empty when the marks are sound). */
function markProblems(gold: Pick<GoldArticle, 'text' | 'entities' | 'claims'>): string[] {
  const problems: string[] = [];
  const { text } = gold;
  for (const entity of gold.entities) {
    const where = `entity "${entity.text}" at ${entity.start}`;
    if (entity.text.trim() === '') problems.push(`${where} is empty`);
    if (entity.text !== entity.text.trim()) problems.push(`${where} starts or ends with whitespace`);
    if (entity.name !== undefined && entity.name === entity.text) problems.push(`${where} repeats its surface as canonical name`);
    const first = text[entity.start] ?? '';
    const last = text[entity.end - 1] ?? '';
    const before = text[entity.start - 1] ?? '';
    const after = text[entity.end] ?? '';
    if (LATIN_WORD_CHAR.test(first) && LATIN_WORD_CHAR.test(before)) problems.push(`${where} starts inside a word`);
    if (LATIN_WORD_CHAR.test(last) && LATIN_WORD_CHAR.test(after)) problems.push(`${where} ends inside a word`);
  }
  for (const claim of gold.claims) {
    const where = `claim at ${claim.start} ("${claim.text.slice(0, 30)}…")`;
    if (claim.text.trim() === '') problems.push(`${where} is empty`);
    else if (claim.text !== claim.text.trim()) problems.push(`${where} starts or ends with whitespace`);
    if (claim.text.includes('\n')) problems.push(`${where} runs over a line break`);
  }
  return problems;
}

describe('markProblems', () => {
  it('accepts well-formed marks', () => {
    expect(markProblems(parseGold("<<stance=bullish|L’{{ether|token|Ethereum}} va monter.>> {{比特币|token|Bitcoin}}ETF"))).toEqual([]);
  });

  it('reports an entity that cuts a Latin word in two', () => {
    expect(markProblems(parseGold('a {{Base|token}}line'))).toEqual(['entity "Base" at 2 ends inside a word']);
    expect(markProblems(parseGold('re{{Base|token}} x'))).toEqual(['entity "Base" at 2 starts inside a word']);
  });

  it('reports claims padded with whitespace or running over a line break', () => {
    expect(markProblems(parseGold('<< Prices will rise.>>'))).toEqual(['claim at 0 (" Prices will rise.…") starts or ends with whitespace']);
    expect(markProblems(parseGold('<<One.\nTwo.>>'))).toEqual(['claim at 0 ("One.\nTwo.…") runs over a line break']);
  });

  it('reports blank entities and canonical names that only repeat the surface', () => {
    expect(markProblems(parseGold('{{ |company}}'))).toContain('entity " " at 0 is empty');
    expect(markProblems(parseGold('{{Aave|token|Aave}}'))).toEqual(['entity "Aave" at 0 repeats its surface as canonical name']);
  });
});

const files = [...goldFiles('dev'), ...goldFiles('heldout')];

describe('gold files', () => {
  it('include held-out articles in every site language', () => {
    const heldoutLanguages = new Set(goldFiles('heldout').map((gold) => langOf(gold.file)));
    expect([...heldoutLanguages].sort()).toEqual([...SITE_LANGUAGES].sort());
  });

  it.each(files.map((gold) => [`${gold.split}/${gold.file}`, gold] as const))('%s parses into sound marks', (_name, gold) => {
    expect(SITE_LANGUAGES).toContain(langOf(gold.file));
    const parsed = parseGold(gold.markup);
    expect(parsed.entities.length).toBeGreaterThan(0);
    expect(parsed.claims.length).toBeGreaterThan(0);
    expect(markProblems(parsed)).toEqual([]);
  });
});
