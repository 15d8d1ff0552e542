/**
 * Tagger speed on ≥ 1 MB of mixed-language text, in one process and one run: a tight loop over the
 * characters, the issue's reference RegExp (which pins the bare pass its budgets were set against),
 * the automaton scan alone, entity matching, claims alone, full tagging, and their ratios against
 * their budgets; the same at twice the dictionary; how cost grows on pathological input; the
 * dictionary's build time and the heap the knowledge base and dictionary take (both in a fresh Node
 * process, as a worker starting up would see them). The machine is shared: every figure is the best
 * of several interleaved runs in CPU time of this process (the wall clock beside it grows with the
 * load), and the load average is printed.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDictionary, tagText } from '../../utils/tagging';
import { findClaims } from '../../utils/tagging/claims';
import { compileDictionary, type Dictionary } from '../../utils/tagging/dictionary';
import { findEntities } from '../../utils/tagging/entities';
import { knowledgeBase, type KbEntity, type KnowledgeBase } from '../../utils/tagging/kb';
import { mixedCorpus } from './corpus';
import type { BenchRow } from './run';

export const name = 'tagging';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The issue asks for at least 1 MB of text in one run. */
const CORPUS_BYTES = 1_100_000;
/** Rounds of interleaved runs; each figure is its best round (other work on the machine only ever adds time). */
const ROUNDS = 15;
const MATCHING_BUDGET = 3;
const FULL_BUDGET = 15;
/** Claims' share of the full budget once entity matching takes its 3×. */
const CLAIMS_BUDGET = 12;
/** What the automaton scan alone should cost, so that per-match work fits in the matching budget. */
const SCAN_TARGET = 2;
const WORKER_HEAP_BUDGET_MB = 40;
/** Pathological inputs are timed at this size and 8 times it. */
const GROWTH_SIZE = 100_000;
const GROWTH_FACTOR = 8;
/**
 * The issue's own reference point: "one big alternation RegExp of 3,000 names costs about 3.1× here"
 * (the bare pass). It pins the bare pass the budgets were set against: that RegExp's time ÷ 3.1. Our
 * tight loop (`barePass`) is about ten times faster than that, so the budgets are judged against the
 * issue's bare pass, timed here on the same corpus in the same rounds, and the tight-loop ratios are
 * printed beside them (see README, "Tagging speed").
 */
const REFERENCE_NAMES = 3_000;
const REFERENCE_RATIO = 3.1;

/** Reading every UTF-16 unit once, with the least work that keeps the loop from being optimised away. */
function barePass(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * The issue's reference matcher: one RegExp alternating the first 3,000 canonical names of the
 * knowledge base, longest first, between word boundaries (`\b` is why it misses CJK names).
 */
function referenceRegExp(kb: KnowledgeBase): RegExp {
  const names = [...new Set(kb.entities.slice(0, REFERENCE_NAMES).map((entity) => entity.name))].sort((a, b) => b.length - a.length);
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'g');
}

function referencePass(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 1;
  while (pattern.exec(text)) count += 1;
  return count;
}

/** Best times (ms) of each named pass: wall-clock, and CPU time of this process (see `bestOf`). */
interface Best {
  wall: Record<string, number>;
  cpu: Record<string, number>;
}

/** CPU time (user + system) this process has used, in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Best time of each named pass over `ROUNDS` rounds, the passes interleaved within a round, both
 * wall-clock and CPU time. On a loaded machine (load average often above 10 on 2 cores) a pass of
 * 100 ms is always preempted, while the 1 ms bare pass often runs whole, so wall-clock ratios grow
 * with the load; CPU time counts only the time this process ran, and its ratios hold still. The
 * budgets are judged on CPU time; the wall-clock figures are printed beside them.
 */
function bestOf(passes: Record<string, () => number>, rounds = ROUNDS): Best {
  const wall: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let sink = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const [label, pass] of Object.entries(passes)) {
      const cpuStart = cpuMs();
      const start = performance.now();
      sink += pass();
      const elapsed = performance.now() - start;
      const used = cpuMs() - cpuStart;
      wall[label] = Math.min(wall[label] ?? Number.POSITIVE_INFINITY, elapsed);
      cpu[label] = Math.min(cpu[label] ?? Number.POSITIVE_INFINITY, used);
    }
  }
  if (sink === 0) throw new Error('nothing was measured');
  return { wall, cpu };
}

/**
 * A knowledge base twice the size: every entity again under names no text contains (Latin letters
 * and CJK characters shifted by one), so the automaton holds twice the patterns and characters.
 */
function doubled(kb: KnowledgeBase): KnowledgeBase {
  const shift = (surface: string) =>
    surface.replace(/[a-yA-Y]|[\u4e00-\u9ffe]|[\u3041-\u30fe]|[\uac00-\ud7a2]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 1));
  const twin = (entity: KbEntity): KbEntity => ({
    ...entity,
    id: `${entity.id}:twin`,
    name: shift(entity.name),
    ...(entity.symbol ? { symbol: shift(entity.symbol) } : {}),
    aliases: Object.fromEntries(Object.entries(entity.aliases).map(([lang, aliases]) => [lang, (aliases ?? []).map(shift)])),
    ...(entity.ambiguous ? { ambiguous: entity.ambiguous.map(shift) } : {}),
  });
  return { ...kb, entities: [...kb.entities, ...kb.entities.map(twin)] };
}

/** Build time and heap of the tagger in a fresh `node --expose-gc` (see tagging-startup.ts). */
interface Startup {
  importMs: number;
  buildMs: number;
  firstTagMs: number;
  importCpuMs: number;
  buildCpuMs: number;
  firstTagCpuMs: number;
  heapMb: number;
  processMb: number;
}

function startup(): Startup {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'tests/bench/tagging-startup.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(output) as Startup;
}

const times = (part: number, whole: number) => `${(part / whole).toFixed(2)}×`;

export async function run(): Promise<BenchRow[]> {
  const [load1, load5] = loadavg();
  const text = mixedCorpus(CORPUS_BYTES);
  const bytes = Buffer.byteLength(text);
  const kbBytes = statSync(join(root, 'assets/kb/kb.json')).size;
  const kb = knowledgeBase();
  const dictionary = getDictionary();
  const entities = findEntities(text, dictionary);
  const lang = 'en';
  const reference = referenceRegExp(kb);

  const best = bestOf({
    bare: () => barePass(text),
    reference: () => referencePass(reference, text),
    scan: () => dictionary.automaton.scan(text).length,
    matching: () => findEntities(text, dictionary).length,
    claims: () => findClaims(text, { lang, entities }).length,
    full: () => tagText(text).length,
  });
  const { cpu, wall } = best;
  const bare = cpu.bare as number;
  const scan = cpu.scan as number;
  const matching = cpu.matching as number;
  const claims = cpu.claims as number;
  const full = cpu.full as number;
  const referenceMs = cpu.reference as number;
  /** The bare pass the issue's budgets were set against (its reference RegExp costs 3.1× of it). */
  const issueBare = referenceMs / REFERENCE_RATIO;
  /** A pass in the issue's bare passes, then in tight loops. */
  const inBare = (part: number) => `${times(part, issueBare)} the issue's bare pass (${times(part, bare)} the tight loop`;
  /** The same pass by the wall clock, as a ratio to the wall-clock bare pass. */
  const byWall = (label: string) => `wall ${(wall[label] as number).toFixed(1)} ms = ${times(wall[label] as number, wall.bare as number)}`;

  const bigBuildStart = performance.now();
  const big: Dictionary = compileDictionary(doubled(kb));
  const bigBuildMs = performance.now() - bigBuildStart;
  const bigBest = bestOf({
    bare: () => barePass(text),
    scan: () => big.automaton.scan(text).length,
    matching: () => findEntities(text, big).length,
  });

  const cold = startup();
  const rows: BenchRow[] = [
    { label: 'machine load (1 min, 5 min)', value: `${(load1 ?? 0).toFixed(1)}, ${(load5 ?? 0).toFixed(1)} on 2 cores: best of ${ROUNDS} interleaved rounds, CPU time (wall clock after it)` },
    { label: 'corpus (dev gold + seed, 7 languages)', value: `${(bytes / 1_048_576).toFixed(2)} MB UTF-8, ${text.length} UTF-16 units, ${entities.length} entity tags` },
    { label: 'knowledge base', value: `v${kb.version}, ${kb.entities.length} entities, ${(kbBytes / 1024).toFixed(0)} KB JSON` },
    { label: 'tight loop over the UTF-16 units (charCodeAt hash)', value: `${bare.toFixed(2)} ms (wall ${(wall.bare as number).toFixed(2)} ms)` },
    {
      label: `reference: one RegExp of ${REFERENCE_NAMES.toLocaleString('en')} KB names (\\b…\\b)`,
      value: `${referenceMs.toFixed(1)} ms = ${times(referenceMs, bare)} the tight loop (the issue: "about ${REFERENCE_RATIO}×" its bare pass)`,
    },
    {
      label: `the issue's bare pass (the reference ÷ ${REFERENCE_RATIO})`,
      value: `${issueBare.toFixed(2)} ms = ${times(issueBare, bare)} the tight loop`,
    },
    { label: 'automaton scan alone', value: `${scan.toFixed(2)} ms = ${inBare(scan)}, whose target is ≤ ${SCAN_TARGET}×; ${byWall('scan')})` },
    {
      label: 'entity matching (all entity tags)',
      value: `${matching.toFixed(2)} ms = ${inBare(matching)}; ${byWall('matching')})`,
      budget: `≤ ${MATCHING_BUDGET}× the issue's bare pass`,
      withinBudget: matching / issueBare <= MATCHING_BUDGET,
    },
    {
      label: 'claims alone (given the entities)',
      value: `${claims.toFixed(1)} ms = ${inBare(claims)}; ${byWall('claims')})`,
      budget: `≤ ${CLAIMS_BUDGET}× the issue's bare pass`,
      withinBudget: claims / issueBare <= CLAIMS_BUDGET,
    },
    {
      label: 'full tagging (tagText: entities + claims)',
      value: `${full.toFixed(1)} ms = ${inBare(full)}; ${byWall('full')})`,
      budget: `≤ ${FULL_BUDGET}× the issue's bare pass`,
      withinBudget: full / issueBare <= FULL_BUDGET,
    },
    { label: 'throughput, full tagging', value: `${(bytes / 1_048_576 / (full / 1000)).toFixed(1)} MB/s` },
    { label: '2× dictionary: build', value: `${bigBuildMs.toFixed(0)} ms, ${big.entities.length} entities` },
    { label: '2× dictionary: automaton scan', value: `${times(bigBest.cpu.scan as number, bigBest.cpu.bare as number)} the tight loop` },
    {
      label: '2× dictionary: entity matching',
      value: `${times(bigBest.cpu.matching as number, issueBare)} the issue's bare pass (${times(bigBest.cpu.matching as number, bigBest.cpu.bare as number)} the tight loop)`,
      budget: `≤ ${MATCHING_BUDGET}× the issue's bare pass`,
      withinBudget: (bigBest.cpu.matching as number) / issueBare <= MATCHING_BUDGET,
    },
  ];

  for (const [label, make] of GROWTH_CASES) {
    const small = make(GROWTH_SIZE);
    const large = make(GROWTH_SIZE * GROWTH_FACTOR);
    const growth = bestOf({ small: () => tagText(small).length + 1, large: () => tagText(large).length + 1 }, 5);
    const ratio = (growth.cpu.large as number) / (growth.cpu.small as number);
    rows.push({ label: `time growth, ${GROWTH_FACTOR}× input: ${label}`, value: `×${ratio.toFixed(1)}`, budget: `≤ ×${GROWTH_FACTOR * 1.5}`, withinBudget: ratio <= GROWTH_FACTOR * 1.5 });
  }

  rows.push(
    { label: 'worker start: import KB + tagger (fresh Node)', value: `${cold.importCpuMs.toFixed(0)} ms CPU (wall ${cold.importMs.toFixed(0)} ms)` },
    { label: 'worker start: dictionary build (tables + automaton)', value: `${cold.buildCpuMs.toFixed(0)} ms CPU (wall ${cold.buildMs.toFixed(0)} ms)` },
    { label: 'worker start: first tagText (short text)', value: `${cold.firstTagCpuMs.toFixed(1)} ms CPU (wall ${cold.firstTagMs.toFixed(1)} ms)` },
    {
      label: 'tagger heap: KB + dictionary (Node, not the worker)',
      value: `${cold.heapMb.toFixed(1)} MB (process heap + buffers ${cold.processMb.toFixed(1)} MB)`,
      budget: `≤ ${WORKER_HEAP_BUDGET_MB} MB`,
      withinBudget: cold.heapMb <= WORKER_HEAP_BUDGET_MB,
    },
  );
  return rows;
}

/** Inputs that once made taggers slow (the unit test counts their work; here they are timed). */
const GROWTH_CASES: Array<[string, (size: number) => string]> = [
  ['one Latin letter', (size) => 'a'.repeat(size)],
  ['CJK prose without newlines', (size) => '深潮消息比特币价格今日上涨分析师认为牛市尚未结束'.repeat(size / 24)],
  ['organisation words after capitalised runs', (size) => 'Alpha Beta Gamma Delta Labs Capital DAO '.repeat(size / 40)],
  ['claims without line breaks', (size) => '我认为比特币会涨。'.repeat(size / 9)],
];
