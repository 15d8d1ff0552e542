/** Scores tagger output against gold articles: precision/recall/F1 per kind, claim matching, speaker accuracy. */
import type { ClaimTag, EntityTag, Tag } from '../../../utils/tagging/types';
import type { GoldArticle, GoldClaim, GoldEntity } from './gold';
import { namesEntity, participantsOf, sameSpeaker } from './speaker-match';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  token: Counts;
  company: Counts;
  /** Tokens and companies together. */
  entity: Counts;
  claim: Counts;
  /** Over matched claims where gold or tagger names a speaker (a gold organisation counts as none). */
  speaker: { correct: number; total: number };
  /** Over every matched claim, a missing stance read as neutral (GUIDELINES.md, "Decisions"). */
  stance: { correct: number; total: number };
}

export interface Errors {
  missedEntities: GoldEntity[];
  spuriousEntities: EntityTag[];
  missedClaims: GoldClaim[];
  spuriousClaims: ClaimTag[];
  wrongSpeakers: Array<{ gold: GoldClaim; tagged: ClaimTag }>;
  wrongStances: Array<{ gold: GoldClaim; tagged: ClaimTag }>;
}

/** Share of the union two claim spans must have in common to count as the same claim. */
export const CLAIM_OVERLAP = 0.7;

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function emptyScore(): Score {
  return { token: empty(), company: empty(), entity: empty(), claim: empty(), speaker: { correct: 0, total: 0 }, stance: { correct: 0, total: 0 } };
}

export function addScores(into: Score, from: Score): Score {
  for (const key of ['token', 'company', 'entity', 'claim'] as const) {
    into[key].tp += from[key].tp;
    into[key].fp += from[key].fp;
    into[key].fn += from[key].fn;
  }
  into.speaker.correct += from.speaker.correct;
  into.speaker.total += from.speaker.total;
  into.stance.correct += from.stance.correct;
  into.stance.total += from.stance.total;
  return into;
}

export function precision(counts: Counts): number {
  return counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
}

export function recall(counts: Counts): number {
  return counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
}

export function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return [start, end];
}

function overlapRatio(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [aStart, aEnd] = trimmed(text, a.start, a.end);
  const [bStart, bEnd] = trimmed(text, b.start, b.end);
  const common = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
  if (common <= 0) return 0;
  return common / (Math.max(aEnd, bEnd) - Math.min(aStart, bStart));
}

/** Scores one article. Entities match on exact span and kind; claims one-to-one on span overlap. */
export function scoreArticle(gold: GoldArticle, tags: readonly Tag[]): { score: Score; errors: Errors } {
  const score = emptyScore();
  const errors: Errors = { missedEntities: [], spuriousEntities: [], missedClaims: [], spuriousClaims: [], wrongSpeakers: [], wrongStances: [] };

  const taggedEntities = tags.filter((tag): tag is EntityTag => tag.kind !== 'claim');
  const key = (entity: { start: number; end: number; kind: string }) => `${entity.start}:${entity.end}:${entity.kind}`;
  const goldKeys = new Set(gold.entities.map(key));
  const taggedKeys = new Set(taggedEntities.map(key));
  for (const entity of gold.entities) {
    if (taggedKeys.has(key(entity))) score[entity.kind].tp += 1;
    else {
      score[entity.kind].fn += 1;
      errors.missedEntities.push(entity);
    }
  }
  for (const entity of taggedEntities) {
    if (!goldKeys.has(key(entity))) {
      score[entity.kind].fp += 1;
      errors.spuriousEntities.push(entity);
    }
  }
  for (const part of ['tp', 'fp', 'fn'] as const) score.entity[part] = score.token[part] + score.company[part];

  const taggedClaims = tags.filter((tag): tag is ClaimTag => tag.kind === 'claim');
  const participants = participantsOf(gold.text);
  const used = new Set<ClaimTag>();
  for (const claim of gold.claims) {
    let best: ClaimTag | null = null;
    let bestRatio = CLAIM_OVERLAP;
    for (const tagged of taggedClaims) {
      if (used.has(tagged)) continue;
      const ratio = overlapRatio(gold.text, claim, tagged);
      if (ratio >= bestRatio) {
        best = tagged;
        bestRatio = ratio;
      }
    }
    if (!best) {
      score.claim.fn += 1;
      errors.missedClaims.push(claim);
      continue;
    }
    used.add(best);
    score.claim.tp += 1;
    const goldSpeaker = claim.speaker && !namesEntity(claim.speaker, gold.entities) ? claim.speaker : undefined;
    if (goldSpeaker || best.speaker) {
      score.speaker.total += 1;
      if (sameSpeaker(goldSpeaker, best.speaker, participants)) score.speaker.correct += 1;
      else errors.wrongSpeakers.push({ gold: claim, tagged: best });
    }
    score.stance.total += 1;
    if ((claim.stance ?? 'neutral') === (best.stance ?? 'neutral')) score.stance.correct += 1;
    else errors.wrongStances.push({ gold: claim, tagged: best });
  }
  for (const tagged of taggedClaims) {
    if (!used.has(tagged)) {
      score.claim.fp += 1;
      errors.spuriousClaims.push(tagged);
    }
  }
  return { score, errors };
}
