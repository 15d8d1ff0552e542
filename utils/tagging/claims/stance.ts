/**
 * Negation-aware stance of a claim from its direction words: moves (rise/fall), states (bull/bear
 * market) and endings of states ("the bull cycle is not over" → bullish; "不会跌破" → bullish).
 */
import type { Stance } from '../types';
import type { CueHit } from './cues';
import type { Lexicon } from './lexicon/types';

/** How far (in UTF-16 units) a negator may sit from the word it negates: a few words in Latin scripts, a few characters in CJK. */
const NEGATION_REACH_LATIN = 24;
const NEGATION_REACH_CJK = 6;
/** How far an ending word looks for the state it ends ("la fin du marché baissier", "牛市还没有结束"). */
const END_REACH = 30;

/** Punctuation that closes a negator's scope. */
const SCOPE_BREAK = /[,;:，；：、.!?。！？]|\s(?:and|but|et|mais|or|ou|và|nhưng)\s/u;

function negationCount(sentence: string, hits: CueHit[], target: CueHit, lexicon: Lexicon, reach: number): number {
  let count = 0;
  for (const hit of hits) {
    if (!hit.entry.negates || hit === target) continue;
    const scope = hit.entry.negationScope ?? lexicon.negationScope;
    const before = hit.end <= target.start && target.start - hit.end <= reach;
    const after = hit.start >= target.end && hit.start - target.end <= reach;
    const inScope = (scope === 'before' || scope === 'both') && before ? sentence.slice(hit.end, target.start) : (scope === 'after' || scope === 'both') && after ? sentence.slice(target.end, hit.start) : undefined;
    if (inScope !== undefined && !SCOPE_BREAK.test(inScope)) count += 1;
  }
  return count;
}

/** The stance of a claim `[start, end)` of `sentence`, from the cue hits found in the sentence. */
export function stanceOf(sentence: string, hits: CueHit[], start: number, end: number, lexicon: Lexicon): Stance {
  const inside = hits.filter((hit) => hit.start >= start && hit.end <= end);
  const reach = lexicon.wordBoundaries ? NEGATION_REACH_LATIN : NEGATION_REACH_CJK;
  const states = inside.filter((hit) => hit.entry.polarity === 'bullThing' || hit.entry.polarity === 'bearThing');
  const endedStates = new Set<CueHit>();
  let score = 0;
  for (const hit of inside) {
    const polarity = hit.entry.polarity;
    if (!polarity || polarity === 'bullThing' || polarity === 'bearThing') continue;
    const sign = negationCount(sentence, inside, hit, lexicon, reach) % 2 === 0 ? 1 : -1;
    if (polarity === 'up') score += sign;
    else if (polarity === 'down') score -= sign;
    else {
      let nearest: CueHit | undefined;
      let distance = END_REACH + 1;
      for (const state of states) {
        const gap = state.end <= hit.start ? hit.start - state.end : state.start >= hit.end ? state.start - hit.end : 0;
        if (gap < distance) {
          nearest = state;
          distance = gap;
        }
      }
      if (!nearest) continue;
      endedStates.add(nearest);
      // Ending a bull state is bearish; ending a bear state is bullish.
      score += (nearest.entry.polarity === 'bullThing' ? -1 : 1) * sign;
    }
  }
  for (const state of states) {
    if (endedStates.has(state)) continue;
    const sign = negationCount(sentence, inside, state, lexicon, reach) % 2 === 0 ? 1 : -1;
    score += (state.entry.polarity === 'bullThing' ? 1 : -1) * sign;
  }
  if (score > 0) return 'bullish';
  if (score < 0) return 'bearish';
  return 'neutral';
}
