/**
 * Negation-aware stance of a claim from its direction words: moves (rise/fall), states (bull/bear
 * market) and endings of states ("the bull cycle is not over" → bullish; "不会跌破" → bullish).
 */
import type { Stance } from '../types';
import type { CueHits } from './cues';
import type { Lexicon } from './lexicon/types';

/** How far (in UTF-16 units) a negator may sit from the word it negates: a few words in Latin scripts, a few characters in CJK. */
const NEGATION_REACH_LATIN = 24;
const NEGATION_REACH_CJK = 6;
/** How far an ending word looks for the state it ends ("la fin du marché baissier", "牛市还没有结束"). */
const END_REACH = 30;

/** Punctuation that closes a negator's scope. */
const SCOPE_BREAK = /[,;:，；：、.!?。！？]|\s(?:and|but|et|mais|or|ou|và|nhưng)\s/u;

function negationCount(text: string, hits: CueHits, negators: Int32Array, negatorCount: number, target: number, lexicon: Lexicon, reach: number): number {
  const targetStart = hits.starts[target] ?? 0;
  const targetEnd = hits.ends[target] ?? 0;
  let count = 0;
  for (let n = 0; n < negatorCount; n += 1) {
    const negator = negators[n] as number;
    if (negator === target) continue;
    const scope = hits.entry(negator).negationScope ?? lexicon.negationScope;
    const start = hits.starts[negator] ?? 0;
    const end = hits.ends[negator] ?? 0;
    const before = end <= targetStart && targetStart - end <= reach;
    const after = start >= targetEnd && start - targetEnd <= reach;
    const between =
      (scope === 'before' || scope === 'both') && before ? text.slice(end, targetStart) : (scope === 'after' || scope === 'both') && after ? text.slice(targetEnd, start) : undefined;
    if (between !== undefined && !SCOPE_BREAK.test(between)) count += 1;
  }
  return count;
}

/**
 * What ends the clause a negated frame governs: punctuation, or a conjunction opening another clause
 * ("I don't think it will rise once flows slow down": the slowdown is not negated).
 */
const CLAUSE_BREAK = /[,;:，；：、。.!?！？]|\s(?:but|once|if|unless|until|when|as long as|mais|si|tant que|quand|lorsque|nhưng|nếu|khi)\s|但|如果|若|只要|一旦|하지만|지만|면서|ても|なら|れば/u;

/** How many negated frames of the claim govern hit `target`: those before it in its clause, or after it where negation follows (ja, ko). */
function clauseNegations(text: string, hits: CueHits, clauseNegatorCount: number, target: number, lexicon: Lexicon): number {
  let count = 0;
  for (let n = 0; n < clauseNegatorCount; n += 1) {
    const frame = clauseNegators[n] as number;
    const frameStart = hits.starts[frame] ?? 0;
    const frameEnd = hits.ends[frame] ?? 0;
    const targetStart = hits.starts[target] ?? 0;
    const targetEnd = hits.ends[target] ?? 0;
    const between = lexicon.negationScope === 'before' ? (frameEnd <= targetStart ? text.slice(frameEnd, targetStart) : undefined) : frameStart >= targetEnd ? text.slice(targetEnd, frameStart) : undefined;
    if (between !== undefined && !CLAUSE_BREAK.test(between)) count += 1;
  }
  return count;
}

function gapBetween(hits: CueHits, a: number, b: number): number {
  const aStart = hits.starts[a] ?? 0;
  const aEnd = hits.ends[a] ?? 0;
  const bStart = hits.starts[b] ?? 0;
  const bEnd = hits.ends[b] ?? 0;
  return aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;
}

/**
 * Hit indexes of a claim's states, moves and negators, and which states an ending word ended: buffers
 * reused from claim to claim (`stanceOf` is synchronous and not re-entered), grown with the hits.
 */
let states = new Int32Array(16);
let moves = new Int32Array(16);
let negators = new Int32Array(16);
let ended = new Uint8Array(16);
let clauseNegators = new Int32Array(16);

/** The stance of a claim `[start, end)` of `text`, from the cue hits found in its sentence. */
export function stanceOf(text: string, hits: CueHits, start: number, end: number, lexicon: Lexicon): Stance {
  const reach = lexicon.wordBoundaries ? NEGATION_REACH_LATIN : NEGATION_REACH_CJK;
  if (states.length < hits.count) {
    states = new Int32Array(hits.count * 2);
    moves = new Int32Array(hits.count * 2);
    negators = new Int32Array(hits.count * 2);
    ended = new Uint8Array(hits.count * 2);
    clauseNegators = new Int32Array(hits.count * 2);
  }
  let stateCount = 0;
  let moveCount = 0;
  let negatorCount = 0;
  let clauseNegatorCount = 0;
  for (let k = 0; k < hits.count; k += 1) {
    if ((hits.starts[k] ?? 0) < start || (hits.ends[k] ?? 0) > end) continue;
    const entry = hits.entry(k);
    if (entry.negatesClause) clauseNegators[clauseNegatorCount++] = k;
    else if (entry.negates) negators[negatorCount++] = k;
    if (entry.polarity === 'bullThing' || entry.polarity === 'bearThing') states[stateCount++] = k;
    else if (entry.polarity) moves[moveCount++] = k;
  }
  ended.fill(0, 0, stateCount);
  let score = 0;
  for (let m = 0; m < moveCount; m += 1) {
    const hit = moves[m] as number;
    const polarity = hits.entry(hit).polarity;
    const negations = negationCount(text, hits, negators, negatorCount, hit, lexicon, reach) + clauseNegations(text, hits, clauseNegatorCount, hit, lexicon);
    const sign = negations % 2 === 0 ? 1 : -1;
    if (polarity === 'up') score += sign;
    else if (polarity === 'down') score -= sign;
    else {
      let nearest = -1;
      let distance = END_REACH + 1;
      for (let s = 0; s < stateCount; s += 1) {
        const gap = gapBetween(hits, states[s] as number, hit);
        if (gap < distance) {
          nearest = s;
          distance = gap;
        }
      }
      if (nearest < 0) continue;
      ended[nearest] = 1;
      // Ending a bull state is bearish; ending a bear state is bullish.
      score += (hits.entry(states[nearest] as number).polarity === 'bullThing' ? -1 : 1) * sign;
    }
  }
  for (let s = 0; s < stateCount; s += 1) {
    if (ended[s] === 1) continue;
    const state = states[s] as number;
    const negations = negationCount(text, hits, negators, negatorCount, state, lexicon, reach) + clauseNegations(text, hits, clauseNegatorCount, state, lexicon);
    const sign = negations % 2 === 0 ? 1 : -1;
    score += (hits.entry(state).polarity === 'bullThing' ? 1 : -1) * sign;
  }
  if (score > 0) return 'bullish';
  if (score < 0) return 'bearish';
  return 'neutral';
}
