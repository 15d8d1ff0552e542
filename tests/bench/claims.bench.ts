/**
 * Claim finding alone on ≥ 1 MB of mixed-language text (dev gold + seed), against a bare pass over the
 * characters, and its growth on pathological inputs (×8 input should cost about ×8 time).
 */
import { findClaims } from '../../utils/tagging/claims';
import { mixedCorpus } from './corpus';
import type { BenchRow } from './run';

export const name = 'claims';

/** The issue asks for at least 1 MB of text in one run. */
const CORPUS_BYTES = 1_100_000;
/** Best of several runs: on a shared machine, other work only ever adds time. */
const RUNS = 5;
/** Claims' share of the full-tagging budget (15× bare) once entity matching takes its 3×. */
const CLAIMS_BUDGET = 12;
/** Small enough to run quickly, large enough that timer noise and GC pauses do not dominate. */
const GROWTH_SMALL = 200_000;
/** Eight times the input may cost at most this many times the time (linear is 8). */
const GROWTH_BUDGET = 12;

function best(run: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function barePass(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

const PATHOLOGICAL: Array<[string, (size: number) => string]> = [
  ['one sentence repeated, every one a claim', (size) => 'I think it will rise. '.repeat(size / 22)],
  ['Chinese claims without line breaks', (size) => '我认为比特币会涨。'.repeat(size / 9)],
  ['dots without spaces', (size) => 'A.'.repeat(size / 2)],
  ['one long line of digits and spaces', (size) => '1 '.repeat(size / 2)],
];

export async function run(): Promise<BenchRow[]> {
  const text = mixedCorpus(CORPUS_BYTES);
  let sink = 0;
  sink += findClaims(text, { lang: 'en', entities: [] }).length;
  const bare = best(() => (sink += barePass(text)));
  const claims = best(() => (sink += findClaims(text, { lang: 'en', entities: [] }).length));
  const rows: BenchRow[] = [
    { label: 'corpus (dev gold + seed)', value: `${text.length} UTF-16 units` },
    { label: 'bare pass over the characters', value: `${bare.toFixed(1)} ms` },
    {
      label: 'claims alone',
      value: `${claims.toFixed(1)} ms = ${(claims / bare).toFixed(1)}× bare`,
      budget: `≤ ${CLAIMS_BUDGET}× bare`,
      withinBudget: claims / bare <= CLAIMS_BUDGET,
    },
  ];
  for (const [label, make] of PATHOLOGICAL) {
    const small = make(GROWTH_SMALL);
    const large = make(GROWTH_SMALL * 8);
    findClaims(small, { lang: 'en', entities: [] });
    const growth = best(() => findClaims(large, { lang: 'en', entities: [] })) / Math.max(best(() => findClaims(small, { lang: 'en', entities: [] })), 0.5);
    rows.push({ label: `growth ×8 input: ${label}`, value: `×${growth.toFixed(1)} time`, budget: `≤ ×${GROWTH_BUDGET}`, withinBudget: growth <= GROWTH_BUDGET });
  }
  if (sink === 0) throw new Error('nothing was measured');
  return rows;
}
