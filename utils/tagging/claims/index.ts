/**
 * Finds claims — forecasts, opinions and check-worthy facts — sentence by sentence (or clause by
 * clause) in any site language, with speaker, stance, horizon, subjects and the cue that decided it.
 * Pure and linear: one pass to lay out lines, one punctuation pass per line, one lexicon scan per sentence.
 */
import type { ClaimTag, EntityTag } from '../types';
import { CueHits, findCuesWith, HAS_DIGIT, lexiconFor } from './cues';
import { figureEvidence, type FigureEvidence } from './figures';
import { findHorizon } from './horizon';
import type { Evidence, LexiconLang } from './lexicon/types';
import { MAX_SENTENCE_CHARS, splitClauses, splitSentences, type Sentence, type Span } from './sentences';
import { continuesSource, reportedSource } from './speakers';
import { stanceOf } from './stance';
import { analyseDocument, lexiconLangOf, type DocumentLine } from './structure';
import { addWork } from '../work';

export interface FindClaimsOptions {
  /** Site language of the article (zh-CN, zh-TW, en, fr, ja, ko, vi); lines in another script use that script's rules. */
  lang: string;
  /** Entity tags of the same text: a claim's `subjects` are the ids of those inside it (or governing it). */
  entities: EntityTag[];
  /** Reference time for relative horizons ("next year", "未来两年"); without it they stay durations or text. */
  now?: Date;
}

/**
 * Evidence a body sentence needs to count as a claim: any one cue (an evaluative word, a direction, a
 * year, a reporting verb) is enough. Two body sentences in three are claims in TechFlow articles and
 * transcripts (dev gold, two independent annotators), so the rules find claims by keeping non-claims
 * out (headings, questions, narration, description, instructions) rather than by asking for more evidence.
 */
const CLAIM_THRESHOLD = 1;
const DEFAULT_WEIGHT: Record<Evidence, number> = { forecast: 2, opinion: 2, report: 1.5, fact: 1.5, evaluative: 1 };
/** Repeating one kind of cue ("very very important") adds little: each kind contributes at most this. */
const KIND_CAP: Record<Evidence, number> = { forecast: 3, opinion: 3, report: 1.5, fact: 2, evaluative: 2 };
/** Narration ("in this episode"), greetings and instructions outweigh one ordinary cue. */
const AGAINST_PENALTY = { narration: 3, greeting: 3, instruction: 3 } as const;
/** A calendar year: with time words, what makes a horizon worth parsing. */
const YEAR = /(?:19|20)\d\d/;
/** Shorter sentences ("Oui.", "对。", "Exactly.") are answers or fillers, not claims. */
const MIN_CLAIM_CHARS_LATIN = 12;
const MIN_CLAIM_CHARS_CJK = 5;

interface Assessment {
  score: number;
  /** The strongest cue, `text[cueStart, cueEnd)` (cueStart -1: none); cut from the text only for a claim. */
  cueStart: number;
  cueEnd: number;
  /** The span refers back with a pronoun ("it", "它", "cela"). */
  pronoun: boolean;
  /** The span holds a time word, so a horizon may be parsed. */
  time: boolean;
  /** Narration, a greeting or an instruction lowered the score. */
  penalised: boolean;
  /** A reporting verb ("said", "表示", "selon"): look for the source. */
  report: boolean;
  /** Only facts and figures, no forecast or opinion: a fact has no stance ("neutral", per the guidelines). */
  factOnly: boolean;
  /** A first-person frame ("I'd say", "我认为"): the speaker's own view, not the source reported beside it. */
  firstPerson: boolean;
}

/** Quotes, brackets and spaces that may follow a sentence's final mark. */
function isCloser(code: number): boolean {
  return (
    code === 0x20 || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x201d || code === 0x300d || code === 0x300f ||
    code === 0x29 || code === 0xff09 || code === 0x5d || code === 0xbb
  );
}

/** Index of the last character of `text[start, end)` before trailing quotes, brackets and spaces (start - 1 when none). */
function lastMarkIndex(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start && isCloser(text.charCodeAt(i))) i -= 1;
  return i;
}

/** Question particles before a closing full stop: 〜ですか。 / 吗。 */
function isQuestionParticle(code: number): boolean {
  return code === 0x304b || code === 0xae4c || code === 0x5417 || code === 0x55ce || code === 0x5462;
}

function isQuestion(text: string, span: Span): boolean {
  const i = lastMarkIndex(text, span.start, span.end);
  if (i < span.start) return false;
  const last = text.charCodeAt(i);
  if (last === 0x3f || last === 0xff1f) return true;
  // A lone "。" counts as closed by a particle, as it always has (nothing before it to say otherwise).
  return last === 0x3002 && (i === span.start || isQuestionParticle(text.charCodeAt(i - 1)));
}

function endsWithColon(text: string, span: Span): boolean {
  const i = lastMarkIndex(text, span.start, span.end);
  const last = i < span.start ? -1 : text.charCodeAt(i);
  return last === 0x3a || last === 0xff1a;
}

/** Weighs the cues inside `[start, end)` of a sentence; the strongest one becomes the claim's cue. */
function assess(hits: CueHits, start: number, end: number, figure: FigureEvidence | undefined): Assessment {
  // Evidence per kind, each capped (KIND_CAP), kept in locals: this runs for every sentence.
  let forecast = 0;
  let opinion = 0;
  let report = 0;
  let fact = 0;
  let evaluative = 0;
  let penalty = 0;
  let bestWeight = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let pronoun = false;
  let time = false;
  let reports = false;
  let firstPerson = false;
  for (let k = 0; k < hits.count; k += 1) {
    const hitStart = hits.starts[k] ?? 0;
    const hitEnd = hits.ends[k] ?? 0;
    if (hitStart < start || hitEnd > end) continue;
    const entry = hits.entry(k);
    pronoun ||= entry.pronoun === true;
    time ||= entry.time === true;
    reports ||= entry.reports === true || entry.evidence === 'report';
    firstPerson ||= entry.firstPerson === true;
    if (entry.against) penalty = Math.max(penalty, AGAINST_PENALTY[entry.against]);
    // A direction word ("rise", "牛市", "n'est pas terminé") is a judgment about the market: weak evaluative evidence.
    const evidence = entry.evidence ?? (entry.polarity ? 'evaluative' : undefined);
    if (!evidence) continue;
    const weight = entry.weight ?? DEFAULT_WEIGHT[evidence];
    switch (evidence) {
      case 'forecast':
        forecast = Math.min(KIND_CAP.forecast, forecast + weight);
        break;
      case 'opinion':
        opinion = Math.min(KIND_CAP.opinion, opinion + weight);
        break;
      case 'report':
        report = Math.min(KIND_CAP.report, report + weight);
        break;
      case 'fact':
        fact = Math.min(KIND_CAP.fact, fact + weight);
        break;
      default:
        evaluative = Math.min(KIND_CAP.evaluative, evaluative + weight);
    }
    const rank = weight + (entry.firstPerson ? 0.5 : 0);
    if (rank > bestWeight) {
      bestWeight = rank;
      bestStart = hitStart;
      bestEnd = hitEnd;
    }
  }
  let score = forecast + opinion + report + fact + evaluative - penalty;
  if (figure && figure.start >= start && figure.end <= end) {
    score += figure.weight;
    if (figure.weight > bestWeight) {
      bestStart = figure.start;
      bestEnd = figure.end;
    }
  }
  const factual = fact > 0 || (figure !== undefined && figure.start >= start && figure.end <= end && figure.weight >= CLAIM_THRESHOLD);
  return { score, cueStart: bestStart, cueEnd: bestEnd, pronoun, time, penalised: penalty > 0, report: reports, factOnly: factual && forecast === 0 && opinion === 0, firstPerson };
}

function minimumLength(lang: LexiconLang): number {
  return lang === 'zh' || lang === 'ja' || lang === 'ko' ? MIN_CLAIM_CHARS_CJK : MIN_CLAIM_CHARS_LATIN;
}

/**
 * The entities' offsets and ids in arrays, sorted by start, for the subject look-ups: entity tags come
 * in several shapes (tokens carry a symbol, unknown names a lower confidence…), and reading their
 * fields for every sentence was a megamorphic look-up each time; they are read once here.
 */
interface EntityIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  ids: string[];
}

function indexEntities(entities: EntityTag[]): EntityIndex {
  let sorted = entities;
  for (let i = 1; i < entities.length; i += 1) {
    if ((entities[i] as EntityTag).start < (entities[i - 1] as EntityTag).start) {
      sorted = [...entities].sort((a, b) => a.start - b.start);
      break;
    }
  }
  const starts = new Int32Array(sorted.length);
  const ends = new Int32Array(sorted.length);
  const ids: string[] = new Array<string>(sorted.length);
  for (let i = 0; i < sorted.length; i += 1) {
    const entity = sorted[i] as EntityTag;
    starts[i] = entity.start;
    ends[i] = entity.end;
    ids[i] = entity.id;
  }
  return { count: sorted.length, starts, ends, ids };
}

/** Index of the first entity starting at or after `start`. */
function firstEntityFrom(entities: EntityIndex, start: number): number {
  const { starts } = entities;
  let low = 0;
  let high = entities.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

function entityIdsIn(entities: EntityIndex, start: number, end: number): string[] {
  const { starts, ends, ids, count } = entities;
  const found: string[] = [];
  for (let i = firstEntityFrom(entities, start); i < count; i += 1) {
    if ((starts[i] as number) >= end) break;
    const id = ids[i] as string;
    if ((ends[i] as number) <= end && !found.includes(id)) found.push(id);
  }
  return found;
}

/**
 * The entities that start inside a sentence, as the index range `[first, end)` of the index: `first`
 * is returned, `end` left in `entityRangeEnd` (no array per sentence).
 */
const entityRangeEnd = new Int32Array(1);

function sentenceEntities(entities: EntityIndex, sentence: Span): number {
  const low = firstEntityFrom(entities, sentence.start);
  let end = low;
  while (end < entities.count && (entities.starts[end] as number) < sentence.end) end += 1;
  entityRangeEnd[0] = end;
  return low;
}

/** Drops cues that sit inside an entity's name: "Optimism" the token is no optimism, 金管會 holds no 會 "will". */
function dropCuesInsideEntities(hits: CueHits, entities: EntityIndex, first: number, last: number): void {
  if (last <= first) return;
  let kept = 0;
  for (let k = 0; k < hits.count; k += 1) {
    const start = hits.starts[k] ?? 0;
    const end = hits.ends[k] ?? 0;
    let inside = false;
    for (let e = first; e < last; e += 1) inside ||= start >= (entities.starts[e] as number) && end <= (entities.ends[e] as number);
    if (inside) continue;
    hits.starts[kept] = start;
    hits.ends[kept] = end;
    hits.entries[kept] = hits.entry(k);
    kept += 1;
  }
  hits.count = kept;
}

interface SpeakerState {
  /** The last person named as a source, for "he said" / "他表示". */
  lastSource?: string;
  /** Paragraph where that source was named: a quote that goes on in it is still theirs. */
  sourceBlock?: number;
  /** Every source named so far, so a later surname alone ("松本氏", "Price said") gives the full name. */
  names: string[];
  /** `fullName` answers, for `names` as long as `fullNamesOf`. */
  fullNames: Map<string, string>;
  fullNamesOf: number;
}

/** The full name an earlier source gave for a surname alone: "松本" → "松本大輝", "Price" → "Jonah Price". */
function fullName(name: string, state: SpeakerState): string {
  // A transcript names its sources again and again: the answer holds until another name is added.
  if (state.fullNamesOf !== state.names.length) {
    state.fullNames.clear();
    state.fullNamesOf = state.names.length;
  }
  let full = state.fullNames.get(name);
  if (full === undefined) {
    full = longerName(name, state.names);
    state.fullNames.set(name, full);
  }
  return full;
}

/** The full name of the latest source named whose name ends (or, in Han and Hangul, starts) with `name`: the nearest antecedent. */
function longerName(name: string, earlier: string[]): string {
  const surname = ` ${name}`;
  const han = /^[\p{Script=Han}\p{Script=Hangul}]/u.test(name);
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const known = earlier[index] as string;
    if (known.length > name.length && (known.endsWith(surname) || (han && !/\s/.test(known) && known.startsWith(name)))) return known;
  }
  return name;
}

/** Whether `text[start, end)` overlaps one of `entities[first, last)`. */
function overlapsEntity(entities: EntityIndex, first: number, last: number, start: number, end: number): boolean {
  for (let e = first; e < last; e += 1) {
    if ((entities.starts[e] as number) < end && (entities.ends[e] as number) > start) return true;
  }
  return false;
}

/**
 * Who says the sentence: the source it reports ("Arthur Hayes expects…"), else the turn's speaker.
 * A source that is a tagged organisation (a bank, a regulator, a token) is not a person: no speaker.
 */
function speakerFor(line: DocumentLine, lang: LexiconLang, text: string, sentence: Span, state: SpeakerState, entities: EntityIndex, first: number, last: number, reports: boolean): string | undefined {
  if (line.summary) return undefined;
  // A Korean source phrase may hold several names; the one that is no tagged organisation is the
  // person. The look-up is made only for sentences that report speech: most sentences do not.
  const source = reports
    ? reportedSource(text.slice(sentence.start, sentence.end), lang, (from: number, to: number) => overlapsEntity(entities, first, last, sentence.start + from, sentence.start + to))
    : undefined;
  if (source?.name) {
    const at = source.offset === undefined ? -1 : sentence.start + source.offset;
    if (at >= 0) {
      for (let e = first; e < last; e += 1) {
        if ((entities.starts[e] as number) < at + source.name.length && (entities.ends[e] as number) > at) return line.speaker;
      }
    }
    const name = fullName(source.name, state);
    if (!state.names.includes(name)) state.names.push(name);
    state.lastSource = name;
    state.sourceBlock = line.block;
    return name;
  }
  if (source?.pronoun && state.lastSource) return state.lastSource;
  // "…," said Lauren Beck. "I expect…": the next quoted sentence of the same paragraph is hers too.
  if (state.lastSource && state.sourceBlock === line.block && continuesSource(text.slice(sentence.start, sentence.end))) return state.lastSource;
  return line.speaker;
}

interface Candidate extends Span {
  assessment: Assessment;
}

/** Figure evidence inside a span, with offsets into the whole text. */
function figureIn(text: string, span: Span): FigureEvidence | undefined {
  const figure = figureEvidence(text.slice(span.start, span.end));
  if (figure) {
    figure.start += span.start;
    figure.end += span.start;
  }
  return figure;
}

/** Longest opening frame ("我们认为，", "筆者認為，", "Selon moi,") that can govern the whole sentence. */
const FRAME_MAX_CHARS = 16;
const FRAME_COMMA = new Set([',', '，', '、']);

/**
 * Whether the sentence opens with a first-person view set off by a comma ("我们认为，A，但 B", "筆者認為，
 * A，但 B"): the frame governs both sides of a contrast word, which weighs them in one judgement, one
 * claim. Clauses joined by ";" stay separate claims.
 */
function opensWithFrame(text: string, hits: CueHits, sentence: Span): boolean {
  for (let k = 0; k < hits.count; k += 1) {
    const start = hits.starts[k] ?? 0;
    const end = hits.ends[k] ?? 0;
    if (start < sentence.start || end - sentence.start > FRAME_MAX_CHARS) continue;
    const entry = hits.entry(k);
    if (!entry.firstPerson) continue;
    let next = end;
    while (next < sentence.end && text[next] === ' ') next += 1;
    if (FRAME_COMMA.has(text[next] ?? '')) return true;
  }
  return false;
}

/** A clause long enough, neither a question nor lowered by narration, a greeting or an instruction. */
function isPlainClause(text: string, clause: Candidate, minLength: number): boolean {
  return clause.end - clause.start >= minLength && !clause.assessment.penalised && !isQuestion(text, clause);
}

/**
 * The claims of one sentence: the whole sentence, or its clauses. A claim sentence whose clauses are
 * joined by ";" or a contrast word holds two separate claims, so each clause is one (GUIDELINES.md;
 * both independent annotators split so, even where one side is elliptical: "mais pour une partie,
 * oui"), unless a side is a question, narration, a greeting or an instruction: then only the clauses
 * that are claims on their own count, and with a single one the claim is the whole sentence.
 */
function claimSpans(text: string, sentence: Sentence, hits: CueHits, minLength: number, digits: boolean): Candidate[] {
  const whole = assess(hits, sentence.start, sentence.end, digits ? figureIn(text, sentence) : undefined);
  if ((whole.score >= CLAIM_THRESHOLD || whole.penalised) && sentence.mayJoinClauses) {
    const clauses = splitClauses(text, sentence);
    const semicolon = clauses.some((clause) => clause.joiner === ';' || clause.joiner === '；');
    if (clauses.length > 1 && (semicolon || !opensWithFrame(text, hits, sentence))) {
      const assessed: Candidate[] = clauses.map((clause) => ({ ...clause, assessment: assess(hits, clause.start, clause.end, digits ? figureIn(text, clause) : undefined) }));
      // Japanese "…が、" is as often "and" or "while" as "but": it joins two claims only when each side is one on its own.
      const weakJoin = clauses.some((clause) => clause.joiner === 'が');
      if (whole.score >= CLAIM_THRESHOLD && assessed.every((clause) => isPlainClause(text, clause, minLength) && (!weakJoin || clause.assessment.score >= CLAIM_THRESHOLD))) {
        // A clause with no cue of its own ("…, but the foundations are there") is a claim by the cue of its sentence.
        return assessed.map((clause) => (clause.assessment.cueStart >= 0 ? clause : { ...clause, assessment: { ...clause.assessment, cueStart: whole.cueStart, cueEnd: whole.cueEnd } }));
      }
      const claimClauses = assessed.filter((clause) => isPlainClause(text, clause, minLength) && clause.assessment.score >= CLAIM_THRESHOLD);
      if (claimClauses.length >= 2) return claimClauses;
      // "Thanks for having me, but I think BTC will fall.": one claim, the sentence, though the greeting lowered its score.
      const [only] = claimClauses;
      if (only && whole.penalised) return [{ start: sentence.start, end: sentence.end, assessment: only.assessment }];
    }
  }
  return whole.score >= CLAIM_THRESHOLD ? [{ start: sentence.start, end: sentence.end, assessment: whole }] : [];
}

/** Finds the claims of `text`; offsets are UTF-16 indexes into `text`, and `text.slice(start, end) === tag.text`. */
export function findClaims(text: string, options: FindClaimsOptions): ClaimTag[] {
  const entities = indexEntities(options.entities);
  const fallback = lexiconLangOf(options.lang);
  const claims: ClaimTag[] = [];
  const hits = new CueHits();
  const speakers: SpeakerState = { names: [], fullNames: new Map(), fullNamesOf: 0 };
  let previousSubjects: string[] = [];
  let previousBlock = -1;
  // Work counted for the linearity tests: the layout passes read every character; each sentence is
  // read once, then its cue hits are compared with its entities and weighed once per candidate span.
  let work = text.length;
  for (const line of analyseDocument(text)) {
    if (line.role !== 'text') continue;
    if (line.block !== previousBlock) previousSubjects = [];
    previousBlock = line.block;
    for (const sentence of splitSentences(text, line.contentStart, line.end, fallback)) {
      if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) {
        previousSubjects = [];
        continue;
      }
      const length = sentence.end - sentence.start;
      const ownSubjects = entityIdsIn(entities, sentence.start, sentence.end);
      if (isQuestion(text, sentence) || endsWithColon(text, sentence)) {
        if (ownSubjects.length > 0) previousSubjects = ownSubjects;
        continue;
      }
      // Each sentence is read by the rules of its own script: a Chinese article quotes English, and back.
      const lang = sentence.lang;
      const compiledLexicon = lexiconFor(lang);
      const lexicon = compiledLexicon.lexicon;
      const minLength = minimumLength(lang);
      if (length < minLength) continue;
      hits.clear();
      const digits = (findCuesWith(compiledLexicon, text, sentence.start, sentence.end, hits) & HAS_DIGIT) !== 0;
      const firstEntity = sentenceEntities(entities, sentence);
      const lastEntity = entityRangeEnd[0] as number;
      work += length + hits.count * (1 + lastEntity - firstEntity);
      dropCuesInsideEntities(hits, entities, firstEntity, lastEntity);
      const candidates = claimSpans(text, sentence, hits, minLength, digits);
      work += hits.count * (1 + candidates.length);
      let reports = false;
      for (const candidate of candidates) reports ||= candidate.assessment.report;
      const speaker = candidates.length > 0 ? speakerFor(line, lang, text, sentence, speakers, entities, firstEntity, lastEntity, reports) : undefined;
      for (const candidate of candidates) {
        const claimText = text.slice(candidate.start, candidate.end);
        // A claim that is its whole sentence names the sentence's entities, already listed.
        const whole = candidate.start === sentence.start && candidate.end === sentence.end;
        let subjects = whole ? ownSubjects : entityIdsIn(entities, candidate.start, candidate.end);
        if (subjects.length === 0 && candidate.assessment.pronoun) subjects = previousSubjects;
        // Horizons are parsed only where a time word or a number makes one possible.
        const horizon = candidate.assessment.time || (digits && YEAR.test(claimText)) ? findHorizon(claimText, lang, options.now) : undefined;
        const { score, cueStart, cueEnd } = candidate.assessment;
        const cue = cueStart >= 0 ? text.slice(cueStart, cueEnd) : '';
        const claim: ClaimTag = {
          kind: 'claim',
          start: candidate.start,
          end: candidate.end,
          text: claimText,
          confidence: Math.round(Math.min(0.95, 0.5 + 0.1 * (score - CLAIM_THRESHOLD)) * 100) / 100,
          stance: candidate.assessment.factOnly ? 'neutral' : stanceOf(text, hits, candidate.start, candidate.end, lexicon),
          subjects,
          cue,
        };
        // "X likes to say…; I'd say…": a clause in the first person is the turn's speaker's own view.
        const own = candidates.length > 1 && candidate.assessment.firstPerson && !line.summary ? line.speaker : speaker;
        if (own) claim.speaker = own;
        if (horizon) claim.horizon = horizon;
        claims.push(claim);
        if (subjects.length > 0) previousSubjects = subjects;
      }
      if (ownSubjects.length > 0) previousSubjects = ownSubjects;
    }
  }
  addWork(work);
  return claims;
}
