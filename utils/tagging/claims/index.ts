/**
 * Finds claims — forecasts, opinions and check-worthy facts — sentence by sentence (or clause by
 * clause) in any site language, with speaker, stance, horizon, subjects and the cue that decided it.
 * Pure and linear: one pass to lay out lines, one punctuation pass per line, one lexicon scan per sentence.
 */
import type { ClaimTag, EntityTag } from '../types';
import { findCues, lexiconFor, type CueHit } from './cues';
import { figureEvidence, type FigureEvidence } from './figures';
import { findHorizon } from './horizon';
import type { Evidence, LexiconLang } from './lexicon/types';
import { MAX_SENTENCE_CHARS, splitClauses, splitSentences, type Span } from './sentences';
import { reportedSource } from './speakers';
import { stanceOf } from './stance';
import { analyseDocument, lexiconLangOf, lineLanguage, type DocumentLine } from './structure';

export interface FindClaimsOptions {
  /** Site language of the article (zh-CN, zh-TW, en, fr, ja, ko, vi); lines in another script use that script's rules. */
  lang: string;
  /** Entity tags of the same text: a claim's `subjects` are the ids of those inside it (or governing it). */
  entities: EntityTag[];
  /** Reference time for relative horizons ("next year", "未来两年"); without it they stay durations or text. */
  now?: Date;
}

/** Evidence a sentence needs to count as a claim: one forecast or opinion cue, an amount, or two weaker cues. */
const CLAIM_THRESHOLD = 2;
const DEFAULT_WEIGHT: Record<Evidence, number> = { forecast: 2, opinion: 2, report: 1.5, fact: 1.5, evaluative: 1 };
/** Repeating one kind of cue ("very very important") adds little: each kind contributes at most this. */
const KIND_CAP: Record<Evidence, number> = { forecast: 3, opinion: 3, report: 1.5, fact: 2, evaluative: 2 };
/** Narration ("in this episode"), greetings and instructions outweigh one ordinary cue. */
const AGAINST_PENALTY = { narration: 3, greeting: 3, instruction: 3 } as const;
/** Shorter sentences ("Oui.", "对。", "Exactly.") are answers or fillers, not claims. */
const MIN_CLAIM_CHARS_LATIN = 12;
const MIN_CLAIM_CHARS_CJK = 5;

interface Assessment {
  score: number;
  cue: string;
  hits: CueHit[];
}

const CLOSERS = new Set([' ', '"', "'", '’', '”', '」', '』', ')', '）', ']', '»']);

/** Index of the last character before trailing quotes, brackets and spaces. */
function lastMarkIndex(sentence: string): number {
  let i = sentence.length - 1;
  while (i >= 0 && CLOSERS.has(sentence[i] ?? '')) i -= 1;
  return i;
}

function isQuestion(sentence: string): boolean {
  const i = lastMarkIndex(sentence);
  const last = sentence[i];
  if (last === '?' || last === '？') return true;
  // Questions closed by a full stop after a question particle: 〜ですか。 / 吗。
  return last === '。' && 'か까吗嗎呢'.includes(sentence[i - 1] ?? '');
}

function endsWithColon(sentence: string): boolean {
  const last = sentence[lastMarkIndex(sentence)];
  return last === ':' || last === '：';
}

/** Weighs the cues inside `[start, end)` of a sentence; the strongest one becomes the claim's cue. */
function assess(text: string, hits: CueHit[], start: number, end: number, figure: FigureEvidence | undefined): Assessment {
  const perKind: Partial<Record<Evidence, number>> = {};
  let penalty = 0;
  let best: { weight: number; start: number; end: number } | undefined;
  const inside: CueHit[] = [];
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    inside.push(hit);
    const { against } = hit.entry;
    // A direction word ("rise", "牛市", "n'est pas terminé") is a judgment about the market: weak evaluative evidence.
    const evidence = hit.entry.evidence ?? (hit.entry.polarity ? 'evaluative' : undefined);
    if (against) penalty = Math.max(penalty, AGAINST_PENALTY[against]);
    if (!evidence) continue;
    const weight = hit.entry.weight ?? DEFAULT_WEIGHT[evidence];
    perKind[evidence] = Math.min(KIND_CAP[evidence], (perKind[evidence] ?? 0) + weight);
    const rank = weight + (hit.entry.firstPerson ? 0.5 : 0);
    if (!best || rank > best.weight) best = { weight: rank, start: hit.start, end: hit.end };
  }
  let score = Object.values(perKind).reduce((sum, value) => sum + value, 0) - penalty;
  if (figure && figure.start >= start && figure.end <= end) {
    score += figure.weight;
    if (!best || figure.weight > best.weight) best = { weight: figure.weight, start: figure.start, end: figure.end };
  }
  return { score, cue: best ? text.slice(best.start, best.end) : '', hits: inside };
}

function minimumLength(lang: LexiconLang): number {
  return lang === 'zh' || lang === 'ja' || lang === 'ko' ? MIN_CLAIM_CHARS_CJK : MIN_CLAIM_CHARS_LATIN;
}

/** Entities sorted by start, for the subject look-ups. */
function sortedEntities(entities: EntityTag[]): EntityTag[] {
  return [...entities].sort((a, b) => a.start - b.start);
}

function entityIdsIn(entities: EntityTag[], start: number, end: number): string[] {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entities[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  const ids: string[] = [];
  for (let i = low; i < entities.length; i += 1) {
    const entity = entities[i];
    if (!entity || entity.start >= end) break;
    if (entity.end <= end && !ids.includes(entity.id)) ids.push(entity.id);
  }
  return ids;
}

interface SpeakerState {
  /** The last person named as a source, for "he said" / "他表示". */
  lastSource?: string;
}

function speakerFor(line: DocumentLine, lang: LexiconLang, sentence: string, state: SpeakerState, tokenNames: Set<string>): string | undefined {
  if (line.summary) return undefined;
  const source = reportedSource(sentence, lang);
  if (source?.name && !tokenNames.has(source.name.toLowerCase())) {
    state.lastSource = source.name;
    return source.name;
  }
  if (source?.pronoun && state.lastSource) return state.lastSource;
  return line.speaker;
}

interface Candidate extends Span {
  assessment: Assessment;
}

/** The claims of one sentence: the whole sentence, or its clauses when two or more of them are claims. */
/** Figure evidence inside a span, with offsets into the whole text. */
function figureIn(text: string, span: Span): FigureEvidence | undefined {
  const figure = figureEvidence(text.slice(span.start, span.end));
  return figure && { weight: figure.weight, start: figure.start + span.start, end: figure.end + span.start };
}

function claimSpans(text: string, sentence: Span, hits: CueHit[], minLength: number): Candidate[] {
  const clauses = splitClauses(text, sentence);
  if (clauses.length > 1) {
    const claimClauses: Candidate[] = [];
    for (const clause of clauses) {
      if (clause.end - clause.start < minLength) continue;
      const assessment = assess(text, hits, clause.start, clause.end, figureIn(text, clause));
      if (assessment.score >= CLAIM_THRESHOLD && !isQuestion(text.slice(clause.start, clause.end))) claimClauses.push({ ...clause, assessment });
    }
    if (claimClauses.length >= 2) return claimClauses;
  }
  const assessment = assess(text, hits, sentence.start, sentence.end, figureIn(text, sentence));
  return assessment.score >= CLAIM_THRESHOLD ? [{ ...sentence, assessment }] : [];
}

/** Finds the claims of `text`; offsets are UTF-16 indexes into `text`, and `text.slice(start, end) === tag.text`. */
export function findClaims(text: string, options: FindClaimsOptions): ClaimTag[] {
  const entities = sortedEntities(options.entities);
  const tokenNames = new Set(entities.filter((entity) => entity.kind === 'token').map((entity) => entity.text.toLowerCase()));
  const fallback = lexiconLangOf(options.lang);
  const claims: ClaimTag[] = [];
  const speakers: SpeakerState = {};
  let previousSubjects: string[] = [];
  let previousBlock = -1;
  for (const line of analyseDocument(text, options.lang)) {
    if (line.role !== 'text') continue;
    if (line.block !== previousBlock) previousSubjects = [];
    previousBlock = line.block;
    for (const sentence of splitSentences(text, line.contentStart, line.end)) {
      if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) {
        previousSubjects = [];
        continue;
      }
      const body = text.slice(sentence.start, sentence.end);
      const ownSubjects = entityIdsIn(entities, sentence.start, sentence.end);
      if (isQuestion(body) || endsWithColon(body)) {
        if (ownSubjects.length > 0) previousSubjects = ownSubjects;
        continue;
      }
      // Each sentence is read by the rules of its own script: a Chinese article quotes English, and back.
      const lang = lineLanguage(text, sentence.start, sentence.end, fallback ?? line.lang);
      const lexicon = lexiconFor(lang).lexicon;
      const minLength = minimumLength(lang);
      if (body.length < minLength) continue;
      const hits = findCues(lang, text, sentence.start, sentence.end);
      const candidates = claimSpans(text, sentence, hits, minLength);
      const speaker = candidates.length > 0 ? speakerFor(line, lang, body, speakers, tokenNames) : undefined;
      for (const candidate of candidates) {
        const claimText = text.slice(candidate.start, candidate.end);
        let subjects = entityIdsIn(entities, candidate.start, candidate.end);
        if (subjects.length === 0 && candidate.assessment.hits.some((hit) => hit.entry.pronoun)) subjects = previousSubjects;
        const horizon = findHorizon(claimText, lang, options.now);
        const { score, cue } = candidate.assessment;
        claims.push({
          kind: 'claim',
          start: candidate.start,
          end: candidate.end,
          text: claimText,
          confidence: Math.round(Math.min(0.95, 0.5 + 0.1 * (score - CLAIM_THRESHOLD)) * 100) / 100,
          ...(speaker ? { speaker } : {}),
          stance: stanceOf(text, hits, candidate.start, candidate.end, lexicon),
          ...(horizon ? { horizon } : {}),
          subjects,
          cue,
        });
        if (subjects.length > 0) previousSubjects = subjects;
      }
      if (ownSubjects.length > 0) previousSubjects = ownSubjects;
    }
  }
  return claims;
}
