/**
 * Inflected forms of the lexicons' single words, so a list names a word once: English verbs and
 * plurals ("underperformed", "liquidates", "surging"), French participles and adjectives that agree
 * ("effondrée", "sévères", "spéculatives"). A word is reduced to candidate base forms and looked up.
 */
import type { CueEntry } from './types';

/** Candidate base forms of an English word: -s, -es, -ies, -ed, -ied, -ing, with doubled consonants. */
export function englishBases(word: string): string[] {
  const bases: string[] = [];
  if (word.endsWith('ies') || word.endsWith('ied')) bases.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) bases.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) bases.push(word.slice(0, -1));
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    bases.push(stem, word.slice(0, -1));
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) bases.push(stem.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    bases.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) bases.push(stem.slice(0, -1));
  }
  return bases;
}

/** Endings an English word needs before its bases are looked up. */
export const ENGLISH_INFLECTIONS = ['s', 'ed', 'ing'];

/** Candidate base forms of a French word: the masculine singular of an adjective or participle that agrees. */
export function frenchBases(word: string): string[] {
  const bases: string[] = [];
  if (word.endsWith('ées') || word.endsWith('és')) bases.push(word.slice(0, word.endsWith('ées') ? -2 : -1));
  else if (word.endsWith('ée')) bases.push(word.slice(0, -1));
  if (word.endsWith('ives')) bases.push(`${word.slice(0, -4)}if`);
  else if (word.endsWith('ive') || word.endsWith('ifs')) bases.push(`${word.slice(0, -3)}if`);
  if (word.endsWith('euses')) bases.push(`${word.slice(0, -5)}eux`);
  else if (word.endsWith('euse')) bases.push(`${word.slice(0, -4)}eux`);
  if (word.endsWith('elles')) bases.push(word.slice(0, -3));
  else if (word.endsWith('elle')) bases.push(word.slice(0, -2));
  if (word.endsWith('aux')) bases.push(`${word.slice(0, -3)}al`);
  if (word.endsWith('es')) bases.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.endsWith('s') || word.endsWith('e')) bases.push(word.slice(0, -1));
  return bases;
}

/** Endings a French word needs before its bases are looked up. */
export const FRENCH_INFLECTIONS = ['s', 'e', 'x'];

/**
 * Every form whose bases (per `basesOf`) can include `base`: the inverse of the base rules above, with
 * extra candidates where a rule only sometimes applies (a candidate that is no real form is harmless:
 * its entry is computed by the base rules themselves).
 */
export function englishForms(base: string): string[] {
  const last = base[base.length - 1] ?? '';
  const forms = [`${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}${last}ed`, `${base}ing`, `${base}${last}ing`];
  if (last === 'y') forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  if (last === 'e') forms.push(`${base.slice(0, -1)}ing`);
  return forms;
}

export function frenchForms(base: string): string[] {
  const forms = [`${base}s`, `${base}e`, `${base}es`, `${base}les`, `${base}le`];
  if (base.endsWith('if')) forms.push(`${base.slice(0, -2)}ives`, `${base.slice(0, -2)}ive`, `${base.slice(0, -2)}ifs`);
  if (base.endsWith('eux')) forms.push(`${base.slice(0, -3)}euses`, `${base.slice(0, -3)}euse`);
  if (base.endsWith('al')) forms.push(`${base.slice(0, -2)}aux`);
  return forms;
}

/** The entry a word gets from the first of its bases (per `basesOf`) that is a listed word. */
function entryByBases(words: Map<string, CueEntry>, basesOf: (word: string) => string[], word: string): CueEntry | undefined {
  for (const base of basesOf(word)) {
    const entry = base.length >= 3 ? words.get(base) : undefined;
    if (entry) return entry;
  }
  return undefined;
}

/**
 * The inflected forms of the single-word entries that carry evidence or a direction, each with the
 * entry of its first base (per `basesOf`) that is listed. Worked out once, when the lexicon is built
 * (`formsOf` inverts `basesOf`): a word is then one look-up instead of building and trying its bases.
 */
export function inflectedForms(
  entries: Record<string, CueEntry>,
  basesOf: (word: string) => string[],
  formsOf: (base: string) => string[],
): ReadonlyMap<string, CueEntry> {
  const words = new Map<string, CueEntry>();
  for (const [phrase, entry] of Object.entries(entries)) {
    if (phrase.includes(' ') || entry.sense || entry.blocker || !(entry.evidence || entry.polarity)) continue;
    words.set(phrase, entry);
  }
  const forms = new Map<string, CueEntry>();
  for (const base of words.keys()) {
    for (const form of formsOf(base)) {
      const entry = entryByBases(words, basesOf, form);
      if (entry) forms.set(form, entry);
    }
  }
  return forms;
}
