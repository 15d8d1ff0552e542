/**
 * Entity mentions in a text: one automaton pass for every alias, stop phrase and context word, then
 * boundary and case rules, ambiguity evidence, and leftmost-longest selection.
 */
import type { Dictionary } from './dictionary';
import type { EntityKind } from './kb/types';
import { CJK, WORD, scriptTable } from './script';
import type { EntityTag } from './types';
import { findUnknownOrganisations, type UnknownOrganisation } from './unknown-orgs';

/** Confidence of each kind of evidence (shown in tooltips, used to rank overlapping readings). */
export const CONFIDENCE = {
  cashtag: 0.95,
  name: 0.9,
  ticker: 0.85,
  /** Ambiguous alias with a word specific to this entity nearby, or a firm mention elsewhere. */
  specificEvidence: 0.8,
  /** Ambiguous alias with a generic word for its kind nearby (chain, token; company, CEO). */
  kindEvidence: 0.7,
  /** Ambiguous curated name capitalised in mid-sentence, not part of a longer capitalised name. */
  capitalised: 0.6,
  unknownCashtag: 0.6,
} as const;

/** How far (UTF-16 units) a context word may sit from an ambiguous alias in alphabetic text… */
const CONTEXT_WINDOW_LATIN = 80;
/** …and in CJK text, where the same content takes about a fifth of the characters. */
const CONTEXT_WINDOW_CJK = 16;
/**
 * A generic word for the kind (合作, 公司) is evidence for a CJK alias only right beside it: a clause
 * further on, it belongs to another subject (蘋果公司與輝達合作…但我們買的蘋果).
 */
const KIND_WINDOW_CJK = 6;
/** Long-tail names get only a tight window: a generic word must sit right next to them. */
const CONTEXT_WINDOW_LONG_TAIL = 24;
/** Ticker-like words after `$` that are not in the dictionary ($PEPE2, $FOO): 2–10 capitals/digits. */
const UNKNOWN_CASHTAG = /^[A-Z][A-Z0-9]{1,9}(?![A-Za-z0-9])/;
/** How much text around an organisation word the unknown-organisation patterns read: a name of up to four words… */
const NAME_REACH = 140;
/** …plus the introducing phrase or the suffix itself on the other side. */
const WORD_REACH = 40;
/** How far a window start may move left to reach the start of a word. */
const WORD_START_REACH = 40;

interface Candidate {
  start: number;
  end: number;
  entity: number;
  kind: EntityKind;
  id: string;
  name: string;
  symbol: string | undefined;
  confidence: number;
  reason: string;
  /** Needs evidence (filled later) before it may be tagged. */
  ambiguous: boolean;
  exactSurface: string;
  cashtag: boolean;
}

interface ContextHit {
  start: number;
  end: number;
  kind: EntityKind | null;
  entity: number;
}

/** Full-width ASCII → ASCII, so `ＢＴＣ` passes an exact-case check for `BTC`. */
function widthFold(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

function sameCase(text: string, start: number, surface: string): boolean {
  for (let i = 0; i < surface.length; i += 1) {
    if (widthFold(text.charCodeAt(start + i)) !== surface.charCodeAt(i)) return false;
  }
  return true;
}

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * Latin word boundaries at both ends. A digit before a letter counts as a boundary ("1,200BTC"), since
 * amounts are written glued to tickers; a letter or digit after the name does not.
 */
function hasBoundaries(text: string, start: number, end: number, script: Uint8Array): boolean {
  const first = script[text.charCodeAt(start)];
  const last = script[text.charCodeAt(end - 1)];
  if (first === WORD && start > 0 && script[text.charCodeAt(start - 1)] === WORD) {
    if (!isDigit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start))) return false;
  }
  if (last === WORD && end < text.length && script[text.charCodeAt(end)] === WORD) return false;
  return true;
}

const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '\n', ':', '：', '«', '"', '“', '「', '(', '（', '-', '—', '•', '|']);

function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i -= 1;
  return i < 0 || SENTENCE_END.has(text.charAt(i));
}

/** Title-case name in running text: not after a sentence start, not glued to another capitalised word. */
function capitalisedMidSentence(text: string, start: number, end: number, script: Uint8Array): boolean {
  const first = text.charAt(start);
  if (first.toUpperCase() !== first || first.toLowerCase() === first) return false;
  if (atSentenceStart(text, start)) return false;
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i -= 1;
  // Previous word capitalised → part of a longer name or a title line ("Golden Gate Bridge").
  let wordStart = i;
  while (wordStart > 0 && script[text.charCodeAt(wordStart - 1)] === WORD) wordStart -= 1;
  const previous = text.charAt(wordStart);
  if (script[text.charCodeAt(i)] === WORD && previous !== previous.toLowerCase()) return false;
  let j = end;
  while (j < text.length && text[j] === ' ') j += 1;
  const next = text.charAt(j);
  if (j > end && script[text.charCodeAt(j)] === WORD && next !== next.toLowerCase()) return false;
  return true;
}

/** A number right before a ticker ("1,000 SOL", "2.5M LINK") marks an amount of a token. */
function amountBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i -= 1;
  while (i >= 0 && /[kKmMbB万亿]/.test(text.charAt(i))) i -= 1;
  return i >= 0 && /[0-9０-９]/.test(text.charAt(i));
}

function lowerBound(hits: ContextHit[], position: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((hits[mid] as ContextHit).start < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

function contextEvidence(candidate: Candidate, hits: ContextHit[], window: number, kindWindow = window): ContextHit | null {
  let kindHit: ContextHit | null = null;
  for (let k = lowerBound(hits, candidate.start - window); k < hits.length; k += 1) {
    const hit = hits[k] as ContextHit;
    if (hit.start > candidate.end + window) break;
    if (hit.start < candidate.end && hit.end > candidate.start) continue;
    if (hit.entity === candidate.entity) return hit;
    const near = hit.end >= candidate.start - kindWindow && hit.start <= candidate.end + kindWindow;
    if (hit.kind === candidate.kind && near) kindHit ??= hit;
  }
  return kindHit;
}

/** Sorted, merged, clamped windows: every character is read at most once whatever the overlap. */
function mergeWindows(windows: Array<[number, number]>, length: number): Array<[number, number]> {
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of windows) {
    const start = Math.max(0, from);
    const end = Math.min(length, to);
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (start < end) merged.push([start, end]);
  }
  return merged;
}

/** Moves a window start back to the start of its word (a short way), so patterns never begin mid-word. */
function wordStart(text: string, from: number, script: Uint8Array): number {
  let start = from;
  while (start > 0 && from - start < WORD_START_REACH && script[text.charCodeAt(start - 1)] === WORD) start -= 1;
  return start > 0 && script[text.charCodeAt(start - 1)] === WORD ? from : start;
}

/** Context words inside the windows, in text order. */
function findContexts(text: string, dictionary: Dictionary, windows: Array<[number, number]>, script: Uint8Array): ContextHit[] {
  const { contextAutomaton, contextRules } = dictionary;
  const hits: ContextHit[] = [];
  for (const [from, to] of windows) {
    const found = contextAutomaton.scan(text, from, to);
    for (let m = 0; m < found.length; m += 2) {
      const pattern = found[m] as number;
      const end = found[m + 1] as number;
      const start = end - (contextAutomaton.patternLengths[pattern] as number);
      if (!hasBoundaries(text, start, end, script)) continue;
      for (const rule of contextRules[pattern] ?? []) hits.push({ start, end, kind: rule.kind, entity: rule.entity });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function fromUnknown(organisation: UnknownOrganisation): Candidate {
  return {
    ...organisation,
    entity: -1,
    kind: 'company',
    symbol: undefined,
    ambiguous: false,
    exactSurface: '',
    cashtag: false,
  };
}

/** Every entity mention in `text`, non-overlapping, in text order. */
export function findEntities(text: string, dictionary: Dictionary): EntityTag[] {
  const script = scriptTable();
  const { automaton, rules, entities, curated } = dictionary;
  const found = automaton.scan(text);
  const candidates: Candidate[] = [];
  const stops: Array<{ start: number; end: number }> = [];
  const triggerWindows: Array<[number, number]> = [];

  for (let m = 0; m < found.length; m += 2) {
    const pattern = found[m] as number;
    const end = found[m + 1] as number;
    const start = end - (automaton.patternLengths[pattern] as number);
    if (!hasBoundaries(text, start, end, script)) continue;
    for (const rule of rules[pattern] ?? []) {
      if (rule.type === 'stop') {
        stops.push({ start, end });
      } else if (rule.type === 'trigger') {
        triggerWindows.push(rule.nameSide === 'before' ? [start - NAME_REACH, end + WORD_REACH] : [start - WORD_REACH, end + NAME_REACH]);
      } else {
        const cashtag = rule.ticker && start > 0 && text.charCodeAt(start - 1) === 36 /* $ */;
        if (rule.cashtagOnly && !cashtag) continue;
        if (rule.exact && !cashtag && !sameCase(text, start, rule.surface)) continue;
        const entity = entities[rule.entity];
        if (!entity) continue;
        candidates.push({
          start: cashtag ? start - 1 : start,
          end,
          entity: rule.entity,
          kind: entity.kind,
          id: entity.id,
          name: entity.name,
          symbol: entity.symbol,
          confidence: cashtag ? CONFIDENCE.cashtag : rule.ticker ? CONFIDENCE.ticker : CONFIDENCE.name,
          reason: cashtag ? rule.cashtagReason : rule.reason,
          ambiguous: rule.ambiguous && !cashtag,
          exactSurface: rule.surface,
          cashtag,
        });
      }
    }
  }

  // Cashtags the dictionary lacks ($NEWCOIN); `indexOf` skips everything between dollar signs.
  for (let dollar = text.indexOf('$'); dollar >= 0; dollar = text.indexOf('$', dollar + 1)) {
    if (dollar > 0 && script[text.charCodeAt(dollar - 1)] === WORD) continue;
    const symbol = UNKNOWN_CASHTAG.exec(text.slice(dollar + 1, dollar + 12))?.[0];
    if (!symbol) continue;
    candidates.push({
      start: dollar,
      end: dollar + 1 + symbol.length,
      entity: -1,
      kind: 'token',
      id: `token:unknown:${symbol.toLowerCase()}`,
      name: symbol,
      symbol,
      confidence: CONFIDENCE.unknownCashtag,
      reason: 'cashtag not in the knowledge base',
      ambiguous: false,
      exactSurface: '',
      cashtag: true,
    });
  }

  // Unknown organisations: the patterns read only the text around words that announce one.
  const isGeneric = (name: string) => dictionary.genericNames.has(name.toLowerCase());
  for (const [from, to] of mergeWindows(triggerWindows, text.length)) {
    const start = wordStart(text, from, script);
    for (const organisation of findUnknownOrganisations(text, isGeneric, start, to)) candidates.push(fromUnknown(organisation));
  }

  // Stop phrases veto every candidate they cover (以太网 over 以太, "compound interest" over Compound).
  stops.sort((a, b) => a.start - b.start);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  let stopIndex = 0;
  let coveredTo = -1;
  const allowed: Candidate[] = [];
  for (const candidate of candidates) {
    while (stopIndex < stops.length && (stops[stopIndex] as { start: number }).start <= candidate.start) {
      coveredTo = Math.max(coveredTo, (stops[stopIndex] as { end: number }).end);
      stopIndex += 1;
    }
    if (coveredTo >= candidate.end) continue;
    allowed.push(candidate);
  }

  // Ambiguous aliases need evidence: a firm mention of the same entity, a context word, an amount,
  // or (curated names) capitalisation in mid-sentence. Context words are looked for only around them.
  const firm = new Set<number>();
  for (const candidate of allowed) if (!candidate.ambiguous && candidate.entity >= 0) firm.add(candidate.entity);
  const windowOf = (candidate: Candidate) => {
    const cjk = script[text.charCodeAt(candidate.start)] === CJK;
    return curated[candidate.entity] !== 1 ? CONTEXT_WINDOW_LONG_TAIL : cjk ? CONTEXT_WINDOW_CJK : CONTEXT_WINDOW_LATIN;
  };
  const ambiguousWindows = allowed
    .filter((candidate) => candidate.ambiguous)
    .map((candidate): [number, number] => [candidate.start - windowOf(candidate), candidate.end + windowOf(candidate)]);
  const contexts = findContexts(text, dictionary, mergeWindows(ambiguousWindows, text.length), script);
  // A generic context word inside a name is not context (公司 in 苹果公司); words specific to an
  // entity often are names themselves (BTC near Strategy, NEO near GAS) and stay.
  const names = allowed.filter((candidate) => !candidate.ambiguous);
  let nameIndex = 0;
  let nameEnd = -1;
  const freeContexts = contexts.filter((hit) => {
    while (nameIndex < names.length && (names[nameIndex] as Candidate).start <= hit.start) {
      nameEnd = Math.max(nameEnd, (names[nameIndex] as Candidate).end);
      nameIndex += 1;
    }
    return hit.entity >= 0 || hit.end > nameEnd;
  });
  const accepted: Candidate[] = [];
  const atStart: Candidate[] = [];
  for (const candidate of allowed) {
    if (!candidate.ambiguous) {
      accepted.push(candidate);
      continue;
    }
    const isCurated = curated[candidate.entity] === 1;
    const cjk = script[text.charCodeAt(candidate.start)] === CJK;
    const hit = contextEvidence(candidate, freeContexts, windowOf(candidate), cjk && isCurated ? KIND_WINDOW_CJK : windowOf(candidate));
    // A mention elsewhere is not enough where the word could be an ordinary word in this very spot:
    // at a sentence start (capitalised anyway) and in CJK (no capitals at all); there, context decides.
    const elsewhereCounts = !cjk && !atSentenceStart(text, candidate.start);
    if (firm.has(candidate.entity) && elsewhereCounts) {
      accepted.push({ ...candidate, confidence: CONFIDENCE.specificEvidence, reason: `${candidate.reason}, named unambiguously elsewhere` });
    } else if (hit && hit.entity === candidate.entity) {
      accepted.push({ ...candidate, confidence: CONFIDENCE.specificEvidence, reason: `${candidate.reason} near "${text.slice(hit.start, hit.end)}"` });
    } else if (hit) {
      accepted.push({ ...candidate, confidence: CONFIDENCE.kindEvidence, reason: `${candidate.reason} near "${text.slice(hit.start, hit.end)}"` });
    } else if (candidate.kind === 'token' && /^[A-Z0-9]+$/.test(candidate.exactSurface) && amountBefore(text, candidate.start)) {
      accepted.push({ ...candidate, confidence: CONFIDENCE.kindEvidence, reason: `${candidate.reason} after an amount` });
    } else if (isCurated && !cjk && /^[A-Z][a-z]/.test(candidate.exactSurface) && capitalisedMidSentence(text, candidate.start, candidate.end, script)) {
      accepted.push({ ...candidate, confidence: CONFIDENCE.capitalised, reason: `${candidate.reason}, capitalised in mid-sentence` });
    } else if (isCurated && !cjk && /^[A-Z][a-z]/.test(candidate.exactSurface)) {
      atStart.push(candidate);
    }
  }
  // A capitalised name opening a sentence ("Apple said…") is the entity when the article names it
  // with evidence elsewhere; the evidence is only known once every other mention is decided.
  const named = new Set(accepted.map((candidate) => candidate.entity));
  for (const candidate of atStart) {
    if (named.has(candidate.entity)) {
      accepted.push({ ...candidate, confidence: CONFIDENCE.capitalised, reason: `${candidate.reason}, at a sentence start, named elsewhere in the article` });
    }
  }

  // Leftmost-longest: at each position the longest reading wins; overlapping later readings drop.
  accepted.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const tags: EntityTag[] = [];
  let lastEnd = 0;
  for (const candidate of accepted) {
    if (candidate.start < lastEnd) continue;
    lastEnd = candidate.end;
    tags.push({
      kind: candidate.kind,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      id: candidate.id,
      name: candidate.name,
      ...(candidate.symbol ? { symbol: candidate.symbol } : {}),
      confidence: candidate.confidence,
      reason: candidate.reason,
    });
  }
  return tags;
}
