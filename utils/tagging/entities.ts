/**
 * Entity mentions in a text: one automaton pass finds every alias, stop phrase, context word,
 * unknown-organisation trigger and `$`; each match costs a few typed-array reads (case, cashtag);
 * ambiguous aliases then look for evidence, and leftmost-longest selection picks the tags.
 * Candidates live in reusable typed arrays; strings are built only for the tags returned.
 */
import {
  ALIAS,
  AMBIGUOUS,
  CONTEXT,
  DOLLAR,
  EXACT,
  POINTS_TO_COMPANY,
  POINTS_TO_TOKEN,
  SIMPLIFIED_ONLY,
  STOP,
  TICKER,
  TRADITIONAL_ONLY,
  TRIGGER,
  VERBATIM,
  type ChineseScript,
  type Dictionary,
} from './dictionary';
import { foldString } from './fold';
import type { EntityKind, KbEntity } from './kb/types';
import { fitsCjkWord } from './cjk-words';
import { boundaryKinds, CJK, NOT_WORD, scriptTable, WORD } from './script';
import { KB_LANGS } from './kb/types';
import type { EntityTag } from './types';
import { issuerNameMeansCoin } from './issuer-coin';
import { UnknownOrganisationFinder, type UnknownOrganisation } from './unknown-orgs';
import { addWork } from './work';

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
 * …and for a Latin name in Korean text, which spaces its words but packs about twice the content of
 * English into a line; a generic word for the kind counts there only right beside it (KIND_WINDOW_CJK),
 * as for a CJK name: 회사 a sentence back says nothing of the X in 자신의 X 계정.
 */
const CONTEXT_WINDOW_LATIN_IN_HANGUL = 32;
/**
 * A generic word for the kind (合作, 公司) is evidence for a CJK alias only right beside it: a clause
 * further on, it belongs to another subject (蘋果公司與輝達合作…但我們買的蘋果).
 */
const KIND_WINDOW_CJK = 6;
/** Long-tail names get only a tight window: a generic word must sit right next to them. */
const CONTEXT_WINDOW_LONG_TAIL = 24;
/** Tickers are 1–10 characters; a cashtag the dictionary lacks ($PEPE2) is 2–10 capitals/digits. */
const MAX_TICKER = 10;
const MIN_UNKNOWN_TICKER = 2;
const DOLLAR_SIGN = 0x24;
/** `Dictionary.patternTypes` bit of a pattern with context rules (alone: the pattern is only a context word). */
const CONTEXT_TYPE = 1 << CONTEXT;
/** First size of the reusable working arrays; they double when a text needs more. */
const SCRATCH_CAPACITY = 1024;

// Candidate flags.
const NEEDS_EVIDENCE = 1;
const CASHTAG = 2;
/** Vetoed by a stop phrase, or ambiguous without evidence. */
const DROPPED = 4;
/** An acronym ticker written bare (ZK) in an article that calls it the token elsewhere with a coin word (ZK 代幣). */
const BARE_ACRONYM = 32;

// Evidence an ambiguous alias was accepted on, for its reason.
const ELSEWHERE = 1;
const NEAR = 2;
const AFTER_AMOUNT = 3;
const CAPITALISED = 4;
const AT_START_NAMED_ELSEWHERE = 5;
const TICKER_AFTER_NAME = 6;
const NAME_BEFORE_TICKER = 7;
/** Candidate flag: capitalised at a sentence start, waiting to know whether the article names the entity elsewhere. */
const AT_START = 8;
/**
 * Candidate flag: the text is the alias's surface unit for unit (a verbatim alias, or an exact-case
 * one read so while checking its case), so the tag reuses the surface without reading the text again.
 */
const AS_WRITTEN = 16;

// What an exact-case check finds.
const OTHER_CASE = 0;
const IDENTICAL = 1;
/** Equal once full-width ASCII is read as ASCII (`ＢＴＣ` for `BTC`). */
const WIDTH_FOLDED = 2;

/** A mention the dictionary lacks: an unknown cashtag or organisation. */
interface UnknownMention {
  kind: EntityKind;
  id: string;
  name: string;
  symbol?: string;
  reason: string;
}

function doubled<T extends Int32Array | Uint8Array | Float64Array>(array: T, make: (length: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

const int32s = (length: number) => new Int32Array(length);
const bytes = (length: number) => new Uint8Array(length);
const float64s = (length: number) => new Float64Array(length);

/** Candidate mentions as parallel typed arrays (struct of arrays): no object per candidate. */
class Candidates {
  count = 0;
  start = int32s(SCRATCH_CAPACITY);
  end = int32s(SCRATCH_CAPACITY);
  /** Alias rule, or -1 - index into `unknown`. */
  rule = int32s(SCRATCH_CAPACITY);
  /** Entity index, or -1 for unknown mentions. */
  entity = int32s(SCRATCH_CAPACITY);
  flags = bytes(SCRATCH_CAPACITY);
  confidence = float64s(SCRATCH_CAPACITY);
  evidence = bytes(SCRATCH_CAPACITY);
  /** Where the context word the evidence came from sits, when it was a nearby word. */
  evidenceStart = int32s(SCRATCH_CAPACITY);
  evidenceEnd = int32s(SCRATCH_CAPACITY);
  /** Candidate indexes by start, longer first (see `orderByStart`). */
  order = int32s(SCRATCH_CAPACITY);
  unknown: UnknownMention[] = [];

  reset(): void {
    this.count = 0;
    this.unknown = [];
  }

  push(start: number, end: number, rule: number, entity: number, flags: number, confidence: number): void {
    if (this.count === this.start.length) this.grow();
    const at = this.count;
    this.start[at] = start;
    this.end[at] = end;
    this.rule[at] = rule;
    this.entity[at] = entity;
    this.flags[at] = flags;
    this.confidence[at] = confidence;
    this.evidence[at] = 0;
    this.count += 1;
  }

  pushUnknown(start: number, end: number, mention: UnknownMention, confidence: number, flags: number): void {
    this.unknown.push(mention);
    this.push(start, end, -this.unknown.length, -1, flags, confidence);
  }

  private grow(): void {
    this.start = doubled(this.start, int32s);
    this.end = doubled(this.end, int32s);
    this.rule = doubled(this.rule, int32s);
    this.entity = doubled(this.entity, int32s);
    this.flags = doubled(this.flags, bytes);
    this.confidence = doubled(this.confidence, float64s);
    this.evidence = doubled(this.evidence, bytes);
    this.evidenceStart = doubled(this.evidenceStart, int32s);
    this.evidenceEnd = doubled(this.evidenceEnd, int32s);
    this.order = int32s(this.start.length);
  }
}

/** Spans (stop phrases, context words) as parallel typed arrays, with the pattern that found each. */
class Spans {
  count = 0;
  start = int32s(SCRATCH_CAPACITY);
  end = int32s(SCRATCH_CAPACITY);
  pattern = int32s(SCRATCH_CAPACITY);
  order = int32s(SCRATCH_CAPACITY);

  push(start: number, end: number, pattern: number): void {
    if (this.count === this.start.length) {
      this.start = doubled(this.start, int32s);
      this.end = doubled(this.end, int32s);
      this.pattern = doubled(this.pattern, int32s);
      this.order = int32s(this.start.length);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.pattern[this.count] = pattern;
    this.count += 1;
  }
}

// Working arrays shared by every call: `findEntities` is synchronous and calls nothing that could
// call it back, so one set serves all calls and no call allocates its own.
const candidates = new Candidates();
const stops = new Spans();
const contexts = new Spans();
const organisations: UnknownOrganisation[] = [];
/** Per entity: NAMED_FIRMLY (an alias that needs no evidence), NAMED_WITH_EVIDENCE (an ambiguous one that had it), or 0. */
let firm = new Uint8Array(0);
const NAMED_FIRMLY = 1;
const NAMED_WITH_EVIDENCE = 2;

/**
 * Writes into `order` the indexes 0…count-1 by start (at one start, longer first when `longerFirst`),
 * stably. Matches arrive in order of end and names are short, so each moves only past the few that
 * end inside it: insertion sort is linear here. The moves count as work.
 */
function orderByStart(count: number, start: Int32Array, end: Int32Array, order: Int32Array, longerFirst: boolean): void {
  let moves = 0;
  for (let i = 0; i < count; i += 1) {
    const itemStart = start[i] as number;
    const itemEnd = end[i] as number;
    let j = i - 1;
    while (j >= 0) {
      const other = order[j] as number;
      const otherStart = start[other] as number;
      if (otherStart < itemStart || (otherStart === itemStart && (!longerFirst || (end[other] as number) >= itemEnd))) break;
      order[j + 1] = other;
      j -= 1;
    }
    moves += i - 1 - j;
    order[j + 1] = i;
  }
  addWork(count + moves);
}

/** Full-width ASCII → ASCII, so `ＢＴＣ` passes an exact-case check for `BTC`. */
function widthFold(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** How the text at `start` compares with `surface` in exact case: OTHER_CASE, IDENTICAL or WIDTH_FOLDED. */
function compareCase(text: string, start: number, surface: string): number {
  let found = IDENTICAL;
  for (let i = 0; i < surface.length; i += 1) {
    const code = text.charCodeAt(start + i);
    if (code === surface.charCodeAt(i)) continue;
    if (widthFold(code) !== surface.charCodeAt(i)) return OTHER_CASE;
    found = WIDTH_FOLDED;
  }
  return found;
}

/** `text[start, end)` is exactly `surface`, so the tag can reuse the dictionary's string. */
function sameText(text: string, start: number, end: number, surface: string): boolean {
  if (end - start !== surface.length) return false;
  for (let i = 0; i < surface.length; i += 1) if (text.charCodeAt(start + i) !== surface.charCodeAt(i)) return false;
  return true;
}

const SENTENCE_END = new Set([...'.!?。！？\n:：«"“「(（-—•|'].map((char) => char.charCodeAt(0)));

function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i -= 1;
  return i < 0 || SENTENCE_END.has(text.charCodeAt(i));
}

/** Title-case name in running text: not after a sentence start, not glued to another capitalised word. */
function capitalisedMidSentence(text: string, start: number, end: number, script: Uint8Array): boolean {
  const first = text.charAt(start);
  if (first.toUpperCase() !== first || first.toLowerCase() === first) return false;
  if (atSentenceStart(text, start)) return false;
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i -= 1;
  // Previous word capitalised → part of a longer name or a title line ("Golden Gate Bridge").
  let wordStart = i;
  while (wordStart > 0 && script[text.charCodeAt(wordStart - 1)] === WORD) wordStart -= 1;
  const previous = text.charAt(wordStart);
  if (script[text.charCodeAt(i)] === WORD && previous !== previous.toLowerCase()) return false;
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 0x20) j += 1;
  const next = text.charAt(j);
  if (j > end && script[text.charCodeAt(j)] === WORD && next !== next.toLowerCase()) return false;
  return true;
}

/** Counters Chinese writes between an amount and a coin's ticker: 830 萬枚 CAKE, 3 顆 BTC. */
const COIN_COUNTERS = /[枚顆颗]/;

/** A number right before a ticker ("1,000 SOL", "2.5M LINK", "830 萬枚 CAKE") marks an amount of a token. */
function amountBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i -= 1;
  if (i >= 0 && COIN_COUNTERS.test(text.charAt(i))) i -= 1;
  while (i >= 0 && /[kKmMbB万亿萬億千]/.test(text.charAt(i))) i -= 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i -= 1;
  return i >= 0 && /[0-9０-９]/.test(text.charAt(i));
}

/** How many CJK characters after a ticker a price move may start: "LINK 今日上漲", "OP 週線下跌". */
const PRICE_MOVE_WINDOW = 6;
/** How far (UTF-16 units) the scan for a price move reads at most, through a list of tickers ("SOL、DOGE、LINK 跌幅…"). */
const PRICE_MOVE_READ = 48;
/** Chinese, Japanese and Korean words for a price move: right after an all-caps ticker, the ticker is the token (LINK 上漲, NEAR 跌破, OP は上昇, TON 상승). */
const PRICE_MOVES = ['上昇', '下落', '急騰', '急落', '反発', '続伸', '続落', '상승', '하락', '급등', '급락', '반등', '上漲', '上涨', '下跌', '大漲', '大涨', '大跌', '暴漲', '暴涨', '暴跌', '急漲', '急涨', '急跌', '漲幅', '涨幅', '跌幅', '反彈', '反弹', '回落', '走強', '走强', '走弱', '收報', '收报', '報價', '报价', '突破', '跌破', '站上', '重挫', '領漲', '领涨', '領跌', '领跌', '飆漲', '飙涨', '漲', '涨', '跌'];
/** Marks that join the tickers of a list: 、 和 與 与 及. */
const LIST_JOINERS = new Set([...'、和與与及'].map((char) => char.charCodeAt(0)));

/**
 * A price move after the ticker ending at `end`, within PRICE_MOVE_WINDOW CJK characters
 * (other tickers of a list and its joiners read free: "SOL、DOGE、LINK 跌幅"), before any other mark;
 * its span becomes the candidate's evidence. CJK text writes ordinary English words in capitals so
 * rarely that an all-caps ticker whose price moves is the token.
 */
function priceMoveAfter(text: string, end: number, candidate: number): boolean {
  const limit = Math.min(text.length, end + PRICE_MOVE_READ);
  let chinese = 0;
  for (let at = end; at < limit; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || isCapitalOrDigit(code)) continue;
    if (code < 0x3000 || code === 0x3002 || code === 0xff0c || code === 0xff1b || code === 0xff1a) return false;
    for (const word of PRICE_MOVES) {
      if (text.startsWith(word, at)) {
        candidates.evidenceStart[candidate] = at;
        candidates.evidenceEnd[candidate] = at + word.length;
        return true;
      }
    }
    if (!LIST_JOINERS.has(code) && (chinese += 1) >= PRICE_MOVE_WINDOW) return false;
  }
  return false;
}

/** Quote assets of a trading pair: MON/USDT, ENA/TWD, XRP/KRW. */
const PAIR_QUOTES = new Set(['USDT', 'USDC', 'USD', 'USD1', 'FDUSD', 'BTC', 'ETH', 'BNB', 'EUR', 'JPY', 'KRW', 'TWD', 'HKD', 'SGD', 'TRY', 'VND']);
/** Longest quote in PAIR_QUOTES. */
const MAX_QUOTE = 5;

/**
 * A trading pair after the ticker ending at `end` ("MON/USDT 永續合約", "ENA/TWD"): only a token is
 * quoted against another asset. Its quote becomes the candidate's evidence.
 */
function pairAfter(text: string, end: number, candidate: number): boolean {
  if (text.charCodeAt(end) !== 0x2f) return false;
  let quoteEnd = end + 1;
  while (quoteEnd - end - 1 <= MAX_QUOTE && isCapitalOrDigit(text.charCodeAt(quoteEnd))) quoteEnd += 1;
  const after = text.charCodeAt(quoteEnd);
  if ((after >= 97 && after <= 122) || isCapitalOrDigit(after) || !PAIR_QUOTES.has(text.slice(end + 1, quoteEnd))) return false;
  candidates.evidenceStart[candidate] = end + 1;
  candidates.evidenceEnd[candidate] = quoteEnd;
  return true;
}

/** How far back (UTF-16 units) a list's previous item may start: the longest name written in a list. */
const MAX_LISTED_NAME = 24;

/** An entity of `kind` that is kept: named firmly, or already accepted on evidence. */
function keptOfKind(other: number, kind: EntityKind, dictionary: Dictionary): boolean {
  const flags = candidates.flags[other] as number;
  const entity = candidates.entity[other] as number;
  if ((flags & DROPPED) !== 0 || entity < 0 || dictionary.entityKind[entity] !== kind) return false;
  return (flags & NEEDS_EVIDENCE) === 0 || (candidates.evidence[other] as number) > 0;
}

/**
 * A CJK alias joined by 、 與 和 及 to an entity of its kind kept on its own (波卡與雪崩, 雪崩協議、鏈結、
 * Polkadot; 芝麻開門與抹茶) is an item of a list of such entities. The neighbour becomes the candidate's evidence.
 */
function listedWithSameKind(text: string, candidate: number, kind: EntityKind, dictionary: Dictionary): boolean {
  const start = candidates.start[candidate] as number;
  const end = candidates.end[candidate] as number;
  const joinedBefore = start > 0 && LIST_JOINERS.has(text.charCodeAt(start - 1));
  const joinedAfter = LIST_JOINERS.has(text.charCodeAt(end));
  if (!joinedBefore && !joinedAfter) return false;
  const order = candidates.order;
  let low = 0;
  let high = candidates.count;
  const from = start - 1 - MAX_LISTED_NAME;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((candidates.start[order[middle] as number] as number) < from) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < candidates.count; k += 1) {
    const other = order[k] as number;
    const otherStart = candidates.start[other] as number;
    if (otherStart > end + 1) break;
    const neighbour = (joinedBefore && candidates.end[other] === start - 1) || (joinedAfter && otherStart === end + 1);
    if (neighbour && keptOfKind(other, kind, dictionary)) {
      candidates.evidenceStart[candidate] = otherStart;
      candidates.evidenceEnd[candidate] = candidates.end[other] as number;
      return true;
    }
  }
  return false;
}

/** `$TICKER` the dictionary lacks: a capital then 1–9 capitals or digits, not followed by a letter or digit. */
function unknownTickerLength(text: string, from: number): number {
  let length = 0;
  while (length < MAX_TICKER) {
    const code = text.charCodeAt(from + length);
    const capital = code >= 65 && code <= 90;
    if (!(capital || (length > 0 && code >= 48 && code <= 57))) break;
    length += 1;
  }
  const after = text.charCodeAt(from + length);
  const alphanumeric = (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122);
  return length >= MIN_UNKNOWN_TICKER && !alphanumeric ? length : 0;
}

/**
 * Every entity mention in `text`, non-overlapping, in text order. `chineseScript` picks the owner of
 * the few aliases that mean one entity in simplified and another in traditional Chinese (央行).
 */
export function findEntities(text: string, dictionary: Dictionary, chineseScript: ChineseScript = 'simplified'): EntityTag[] {
  const script = scriptTable();
  const found = dictionary.automaton.scan(text);
  candidates.reset();
  stops.count = 0;
  contexts.count = 0;
  const finder = new UnknownOrganisationFinder(text, dictionary.genericNames);
  confirmedAcronyms.length = 0;
  const reads = readMatches(text, found, dictionary, chineseScript === 'traditional' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY, script, finder);
  const acronymReads = confirmedAcronyms.length > 0 ? pushBareAcronyms(text, dictionary) : 0;
  finder.finish(organisations);
  pushOrganisations();
  addWork(found.length + reads + acronymReads + finder.steps);

  orderByStart(candidates.count, candidates.start, candidates.end, candidates.order, true);
  dropStopped();
  if (markFirm(dictionary.entities.length) > 0) weighEvidence(text, dictionary, script);
  addWork(candidates.count + dropUnknownEndingInNames());
  return select(text, dictionary);
}

/**
 * The automaton's matches as candidates (unknown organisations among them as the finder settles
 * them, so candidates stay nearly in order for `orderByStart`), stop phrases and context words;
 * returns the characters read after `$`. Nothing follows the loop: V8 compiles a long loop on its
 * own (on-stack replacement) and reuses that code on every call, so code after the loop compiled
 * before it had run would be deoptimised on every call.
 */
function readMatches(text: string, found: Int32Array, dictionary: Dictionary, otherScriptOnly: number, script: Uint8Array, finder: UnknownOrganisationFinder): number {
  const { ruleStart, contextStart, ruleType, ruleFlags, ruleTarget, ruleSurface, patternTypes } = dictionary;
  const patternLengths = dictionary.automaton.patternLengths;
  let reads = 0;
  for (let m = 0; m < found.length; m += 2) {
    const pattern = found[m] as number;
    const end = found[m + 1] as number;
    const start = end - (patternLengths[pattern] as number);
    // Most matches are context words only (token, 公司, 链): kept for the evidence, nothing to check.
    if (patternTypes[pattern] === CONTEXT_TYPE) {
      contexts.push(start, end, pattern);
      if (start > 0 && (isCapitalOrDigit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x20)) reads += tickerBeforeCoinWord(text, start, end, dictionary);
      continue;
    }
    const lastRule = contextStart[pattern] as number;
    for (let rule = ruleStart[pattern] as number; rule < lastRule; rule += 1) {
      const type = ruleType[rule] as number;
      if (type === ALIAS) {
        const flags = ruleFlags[rule] as number;
        if ((flags & otherScriptOnly) !== 0) continue;
        const cashtag = (flags & TICKER) !== 0 && start > 0 && text.charCodeAt(start - 1) === DOLLAR_SIGN;
        let written = !cashtag && (flags & VERBATIM) !== 0 ? AS_WRITTEN : 0;
        if ((flags & (EXACT | VERBATIM)) === EXACT && !cashtag) {
          const found = compareCase(text, start, ruleSurface[rule] as string);
          if (found === OTHER_CASE) continue;
          if (found === IDENTICAL) written = AS_WRITTEN;
        }
        if (!fitsCjkWord(text, start, end)) continue;
        const confidence = cashtag ? CONFIDENCE.cashtag : (flags & TICKER) !== 0 ? CONFIDENCE.ticker : CONFIDENCE.name;
        const candidateFlags = (cashtag ? CASHTAG : (flags & AMBIGUOUS) !== 0 ? NEEDS_EVIDENCE : 0) | written;
        candidates.push(cashtag ? start - 1 : start, end, rule, ruleTarget[rule] as number, candidateFlags, confidence);
      } else if (type === STOP) {
        stops.push(start, end, pattern);
      } else if (type === TRIGGER) {
        finder.at(ruleTarget[rule] as number, start, end, organisations);
        pushOrganisations();
      } else if (type === DOLLAR) {
        reads += cashtagsAt(text, start, dictionary, script);
      }
    }
    if (((patternTypes[pattern] as number) & CONTEXT_TYPE) !== 0) {
      contexts.push(start, end, pattern);
      if (start > 0 && (isCapitalOrDigit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x20)) reads += tickerBeforeCoinWord(text, start, end, dictionary);
    }
  }
  return reads;
}

/** Words for a token that, right after a ticker written elsewhere only as `$TICKER`, make it one: "IP 代幣", "ZK token". */
const COIN_WORDS = new Set(['代幣', '代币', '幣', '币', 'token', 'tokens', '토큰', 'トークン']);

function isCapitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Tickers that are ordinary acronyms on their own (IP, ZK, NOT, ATH: only `$IP` is the token) are the
 * token of a curated entity when the coin word `text[wordStart, wordEnd)` follows, with or without a
 * space ("IP 代幣", "ZK 代币", "ZK token"). Returns the characters read.
 */
function tickerBeforeCoinWord(text: string, wordStart: number, wordEnd: number, dictionary: Dictionary): number {
  const end = text.charCodeAt(wordStart - 1) === 0x20 ? wordStart - 1 : wordStart;
  if (end === 0 || !isCapitalOrDigit(text.charCodeAt(end - 1))) return 1;
  let start = end;
  while (start > 0 && end - start < MAX_TICKER && isCapitalOrDigit(text.charCodeAt(start - 1))) start -= 1;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === DOLLAR_SIGN || (before >= 97 && before <= 122) || isCapitalOrDigit(before)) return wordStart - start;
  if (!COIN_WORDS.has(text.slice(wordStart, wordEnd))) return wordStart - start;
  for (const rule of dictionary.cashtagOnly.get(foldString(text.slice(start, end))) ?? []) {
    const entity = dictionary.ruleTarget[rule] as number;
    if (dictionary.curated[entity] !== 1) continue;
    candidates.push(start, end, rule, entity, 0, CONFIDENCE.ticker);
    if (!confirmedAcronyms.includes(rule)) confirmedAcronyms.push(rule);
  }
  return wordStart - start;
}

/** Rules of acronym tickers a coin word has confirmed in this text (ZK 代幣): few, usually none. */
const confirmedAcronyms: number[] = [];

/**
 * Every other bare mention of a confirmed acronym ticker ("ZK 代幣…ZK 的流通市值") as a candidate that
 * still needs evidence of its own nearby (BARE_ACRONYM): the article's coin word says which token the
 * acronym is, not that each mention is the token (ZK 證明, IP 授權). Returns the characters read.
 */
function pushBareAcronyms(text: string, dictionary: Dictionary): number {
  let reads = 0;
  for (const rule of confirmedAcronyms) {
    const ticker = dictionary.ruleSurface[rule] as string;
    const entity = dictionary.ruleTarget[rule] as number;
    for (let at = text.indexOf(ticker); at >= 0; at = text.indexOf(ticker, at + ticker.length)) {
      reads += 1;
      const end = at + ticker.length;
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      const after = text.charCodeAt(end);
      // Part of a longer word or name: ZKsync, ZK-EVM, ZK Rollup, IP address.
      if (before === DOLLAR_SIGN || isLatinLetterOrDigit(before) || isLatinLetterOrDigit(after) || after === 0x2d) continue;
      if (isLatinLetterOrDigit(text.charCodeAt(afterOneSpace(text, end)))) continue;
      if (coinWordAt(text, afterOneSpace(text, end)) > 0) continue;
      candidates.push(at, end, rule, entity, NEEDS_EVIDENCE | BARE_ACRONYM, CONFIDENCE.ticker);
    }
  }
  return reads + text.length * confirmedAcronyms.length;
}

function isLatinLetterOrDigit(code: number): boolean {
  return isCapitalOrDigit(code) || (code >= 97 && code <= 122);
}

/** Unknown organisations the finder has settled, as candidates. */
function pushOrganisations(): void {
  for (const organisation of organisations) {
    const mention: UnknownMention = { kind: 'company', id: organisation.id, name: organisation.name, reason: organisation.reason };
    candidates.pushUnknown(organisation.start, organisation.end, mention, organisation.confidence, 0);
  }
  organisations.length = 0;
}

/**
 * Cashtags at a `$`: tickers written only as `$TICKER` (the whole word after `$`, looked up folded)
 * and `$TICKER`s the dictionary lacks. Returns the number of characters read.
 */
function cashtagsAt(text: string, dollar: number, dictionary: Dictionary, script: Uint8Array): number {
  const kinds = boundaryKinds();
  let end = dollar + 1;
  while (end < text.length && end - dollar <= MAX_TICKER + 1 && kinds[text.charCodeAt(end)] !== NOT_WORD) end += 1;
  if (end > dollar + 1 && end - dollar - 1 <= MAX_TICKER && (end === text.length || kinds[text.charCodeAt(end)] === NOT_WORD)) {
    for (const rule of dictionary.cashtagOnly.get(foldString(text.slice(dollar + 1, end))) ?? []) {
      candidates.push(dollar, end, rule, dictionary.ruleTarget[rule] as number, CASHTAG, CONFIDENCE.cashtag);
    }
  }
  if (dollar > 0 && script[text.charCodeAt(dollar - 1)] === WORD) return end - dollar;
  const tickerLength = unknownTickerLength(text, dollar + 1);
  if (tickerLength > 0) {
    const symbol = text.slice(dollar + 1, dollar + 1 + tickerLength);
    const mention: UnknownMention = { kind: 'token', id: `token:unknown:${symbol.toLowerCase()}`, name: symbol, symbol, reason: 'cashtag not in the knowledge base' };
    candidates.pushUnknown(dollar, dollar + 1 + tickerLength, mention, CONFIDENCE.unknownCashtag, CASHTAG);
  }
  return end - dollar + tickerLength;
}

/** Stop phrases veto every candidate they cover (以太网 over 以太, "compound interest" over Compound). */
function dropStopped(): void {
  if (stops.count === 0) return;
  orderByStart(stops.count, stops.start, stops.end, stops.order, true);
  let stopIndex = 0;
  let coveredTo = -1;
  for (let k = 0; k < candidates.count; k += 1) {
    const candidate = candidates.order[k] as number;
    const start = candidates.start[candidate] as number;
    while (stopIndex < stops.count && (stops.start[stops.order[stopIndex] as number] as number) <= start) {
      coveredTo = Math.max(coveredTo, stops.end[stops.order[stopIndex] as number] as number);
      stopIndex += 1;
    }
    if (coveredTo >= (candidates.end[candidate] as number)) candidates.flags[candidate] = (candidates.flags[candidate] as number) | DROPPED;
  }
}

/** Marks the entities named without ambiguity somewhere in the text; returns how many candidates need evidence. */
function markFirm(entityCount: number): number {
  if (firm.length !== entityCount) firm = new Uint8Array(entityCount);
  else firm.fill(0);
  let ambiguous = 0;
  for (let candidate = 0; candidate < candidates.count; candidate += 1) {
    const flags = candidates.flags[candidate] as number;
    if ((flags & DROPPED) !== 0) continue;
    if ((flags & NEEDS_EVIDENCE) !== 0) ambiguous += 1;
    else if ((candidates.entity[candidate] as number) >= 0) firm[candidates.entity[candidate] as number] = NAMED_FIRMLY;
  }
  return ambiguous;
}

/**
 * Per position k in `candidates.order` (by start): the furthest end among the names that need no
 * evidence at positions 0…k, so whether a context word lies inside one is a binary search, made
 * only for the few context words an ambiguous name looks at.
 */
let firmEndUpTo = int32s(SCRATCH_CAPACITY);

function prepareFirmEnds(): void {
  if (firmEndUpTo.length < candidates.count) firmEndUpTo = int32s(candidates.start.length);
  let nameEnd = -1;
  for (let k = 0; k < candidates.count; k += 1) {
    const name = candidates.order[k] as number;
    if (((candidates.flags[name] as number) & (DROPPED | NEEDS_EVIDENCE)) === 0) nameEnd = Math.max(nameEnd, candidates.end[name] as number);
    firmEndUpTo[k] = nameEnd;
  }
}

/**
 * A context word lying inside a firm name: a generic context word there is part of the name, not
 * context (公司 in 苹果公司); words specific to an entity often are names themselves (BTC near
 * Strategy, NEO near GAS) and count wherever they are.
 */
function insideFirmName(hitStart: number, hitEnd: number): boolean {
  let low = 0;
  let high = candidates.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((candidates.start[candidates.order[middle] as number] as number) <= hitStart) low = middle + 1;
    else high = middle;
  }
  return low > 0 && hitEnd <= (firmEndUpTo[low - 1] as number);
}

/**
 * A context word lying within `window` characters of an ambiguous candidate, not overlapping it: one
 * specific to its entity first, else the first one for its kind within `kindWindow`. An index into
 * `contexts`, or -1. A bare acronym (ZK) takes only a word for its kind after it (ZK 的流通市值): a
 * name of its own network nearby (ZK 證明是 ZKsync 的核心) or a coin word before it (IP 代幣上漲，IP
 * 授權) says nothing about this mention.
 */
function contextEvidence(candidate: number, window: number, kindWindow: number, kindFlag: number, dictionary: Dictionary, bareAcronym: boolean): number {
  const { ruleStart, contextStart, ruleTarget, ruleFlags } = dictionary;
  const entity = candidates.entity[candidate] as number;
  const start = candidates.start[candidate] as number;
  const end = candidates.end[candidate] as number;
  const order = contexts.order;
  let low = 0;
  let high = contexts.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((contexts.start[order[middle] as number] as number) < start - window) low = middle + 1;
    else high = middle;
  }
  let kindHit = -1;
  for (let k = low; k < contexts.count; k += 1) {
    const hit = order[k] as number;
    examinedContexts += 1;
    const hitStart = contexts.start[hit] as number;
    const hitEnd = contexts.end[hit] as number;
    if (hitStart >= end + window) break;
    if (hitEnd > end + window || (hitStart < end && hitEnd > start) || (bareAcronym && hitStart < end)) continue;
    const pattern = contexts.pattern[hit] as number;
    const lastRule = ruleStart[pattern + 1] as number;
    for (let rule = contextStart[pattern] as number; rule < lastRule; rule += 1) {
      const target = ruleTarget[rule] as number;
      if (target === entity && !bareAcronym) return hit;
      const near = hitEnd >= start - kindWindow && hitStart <= end + kindWindow;
      if (kindHit < 0 && near && target < 0 && ((ruleFlags[rule] as number) & kindFlag) !== 0 && !insideFirmName(hitStart, hitEnd)) kindHit = hit;
    }
  }
  return kindHit;
}

let examinedContexts = 0;

/** "Sol", "Link": a ticker written in title case, which running text also uses for ordinary words. */
function isTitleCaseTicker(surface: string, symbol: string): boolean {
  return surface.length === symbol.length && surface !== symbol && surface.charCodeAt(0) === symbol.charCodeAt(0) && surface.toUpperCase() === symbol;
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** A Hangul syllable right before or after `text[start, end)`, or one space away: the name sits in Korean text. */
function hangulBeside(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  const after = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  return (before >= 0 && isHangul(text.charCodeAt(before))) || (after < text.length && isHangul(text.charCodeAt(after)));
}

/** The character `from` points at, or the one after a single space. */
function afterOneSpace(text: string, from: number): number {
  return text.charCodeAt(from) === 0x20 ? from + 1 : from;
}

/** Length of the coin word (幣, 代幣, token…) at `at`, or 0. */
function coinWordAt(text: string, at: number): number {
  for (const word of COIN_WORDS) if (text.startsWith(word, at)) return word.length;
  return 0;
}

/** Whether the entity's name or a Latin-script alias is `surface` (Sky, Render, Neo): a name, not only a way to write the ticker. */
function latinName(entity: KbEntity, surface: string): boolean {
  return entity.name === surface || LATIN_LANGS.some((lang) => entity.aliases[lang]?.includes(surface) === true);
}

const LATIN_LANGS = ['en', 'fr', 'vi'] as const;

/** CJK text or CJK punctuation (、，。「」), beside which capitals tell nothing. */
function isCjkSide(code: number, script: Uint8Array): boolean {
  return script[code] === CJK || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

/**
 * A ticker written in title case only Chinese text uses ("Sol 幣價", "Eth 今年以來"; Link and Near
 * are words in Latin text) is the token before a coin word, or beside CJK text when the article
 * names the token otherwise; capitals tell nothing there. Otherwise it is dropped.
 */
function weighTitleCaseTicker(text: string, candidate: number, entity: number, script: Uint8Array): void {
  const start = candidates.start[candidate] as number;
  const end = candidates.end[candidate] as number;
  const wordAt = afterOneSpace(text, end);
  const coinWord = coinWordAt(text, wordAt);
  const before = start > 1 && text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  const besideCjk = (before >= 0 && isCjkSide(text.charCodeAt(before), script)) || (wordAt < text.length && isCjkSide(text.charCodeAt(wordAt), script));
  if (coinWord > 0) {
    candidates.evidence[candidate] = NEAR;
    candidates.evidenceStart[candidate] = wordAt;
    candidates.evidenceEnd[candidate] = wordAt + coinWord;
    candidates.confidence[candidate] = CONFIDENCE.kindEvidence;
  } else if (besideCjk && firm[entity] !== 0) {
    candidates.evidence[candidate] = ELSEWHERE;
    candidates.confidence[candidate] = CONFIDENCE.specificEvidence;
  } else {
    candidates.flags[candidate] = (candidates.flags[candidate] as number) | DROPPED;
    return;
  }
  if (firm[entity] === 0) firm[entity] = NAMED_WITH_EVIDENCE;
}

/**
 * Ambiguous aliases need evidence: a firm mention of the same entity, a context word nearby, an
 * amount, or (curated names) capitalisation in mid-sentence. Those without any are dropped.
 */
function weighEvidence(text: string, dictionary: Dictionary, script: Uint8Array): void {
  const { ruleSurface, ruleTarget, entities, curated } = dictionary;
  orderByStart(contexts.count, contexts.start, contexts.end, contexts.order, false);
  prepareFirmEnds();
  examinedContexts = 0;
  let atStart = 0;
  for (let candidate = 0; candidate < candidates.count; candidate += 1) {
    if (((candidates.flags[candidate] as number) & (DROPPED | NEEDS_EVIDENCE)) !== NEEDS_EVIDENCE) continue;
    const entity = candidates.entity[candidate] as number;
    const start = candidates.start[candidate] as number;
    const surface = ruleSurface[candidates.rule[candidate] as number] as string;
    const kind = dictionary.entityKind[entity] as EntityKind;
    const isCurated = curated[entity] === 1;
    const cjk = script[text.charCodeAt(start)] === CJK;
    // A bare acronym (ZK) must have its evidence as close as a CJK alias: further off, 代幣 may name another token.
    const bare = ((candidates.flags[candidate] as number) & BARE_ACRONYM) !== 0;
    // A Latin name in Korean text (X 계정, Base 체인) reads its context at Korean density, not English.
    const dense = cjk || hangulBeside(text, start, candidates.end[candidate] as number);
    const window = !isCurated ? CONTEXT_WINDOW_LONG_TAIL : cjk || bare ? CONTEXT_WINDOW_CJK : dense ? CONTEXT_WINDOW_LATIN_IN_HANGUL : CONTEXT_WINDOW_LATIN;
    const kindWindow = (dense || bare) && isCurated ? KIND_WINDOW_CJK : window;
    if (isTitleCaseTicker(surface, dictionary.entitySymbol[entity] as string) && !latinName(entities[entity] as KbEntity, surface)) {
      weighTitleCaseTicker(text, candidate, entity, script);
      continue;
    }
    const hit = contextEvidence(candidate, window, kindWindow, kind === 'token' ? POINTS_TO_TOKEN : POINTS_TO_COMPANY, dictionary, bare);
    // A mention elsewhere is not enough where the word could be an ordinary word in this very spot:
    // at a sentence start (capitalised anyway) and in CJK (no capitals at all); there, context decides.
    // A nickname (大餅, 以太) is the exception: named firmly elsewhere, the entity is what it means.
    const isSlang = cjk && (entities[entity] as KbEntity).slang?.includes(surface) === true;
    // An all-caps ticker opening a Korean sentence (VIRTUAL은 …) is no capitalised word: a firm mention counts there too.
    const elsewhereCounts = cjk ? isSlang : !atSentenceStart(text, start) || (dense && /^[A-Z0-9]+$/.test(surface));
    let evidence = 0;
    let confidence = 0;
    if (firm[entity] === NAMED_FIRMLY && elsewhereCounts && !bare) {
      evidence = ELSEWHERE;
      confidence = CONFIDENCE.specificEvidence;
    } else if (hit >= 0) {
      evidence = NEAR;
      const pattern = contexts.pattern[hit] as number;
      let specific = false;
      for (let rule = dictionary.ruleStart[pattern] as number; rule < (dictionary.ruleStart[pattern + 1] as number); rule += 1) specific ||= ruleTarget[rule] === entity;
      confidence = specific ? CONFIDENCE.specificEvidence : CONFIDENCE.kindEvidence;
      candidates.evidenceStart[candidate] = contexts.start[hit] as number;
      candidates.evidenceEnd[candidate] = contexts.end[hit] as number;
    } else if (nameBeforeBracket(text, start, entities[entity] as KbEntity)) {
      evidence = TICKER_AFTER_NAME;
      confidence = CONFIDENCE.specificEvidence;
    } else if (frenchElisionBefore(text, start) && (entities[entity] as KbEntity).aliases.fr?.includes(surface) === true) {
      evidence = NEAR;
      confidence = CONFIDENCE.kindEvidence;
      candidates.evidenceStart[candidate] = start - 2;
      candidates.evidenceEnd[candidate] = start;
    } else if (kind === 'token' && ownTickerInBrackets(text, candidates.end[candidate] as number, entities[entity] as KbEntity)) {
      evidence = NAME_BEFORE_TICKER;
      confidence = CONFIDENCE.specificEvidence;
    } else if (kind === 'token' && /^[A-Z0-9]+$/.test(surface) && amountBefore(text, start)) {
      evidence = AFTER_AMOUNT;
      confidence = CONFIDENCE.kindEvidence;
    } else if (cjk && listedWithSameKind(text, candidate, kind, dictionary)) {
      evidence = NEAR;
      confidence = CONFIDENCE.kindEvidence;
    } else if (kind === 'token' && (isSlang || /^[A-Z0-9]+$/.test(surface)) && (priceMoveAfter(text, candidates.end[candidate] as number, candidate) || pairAfter(text, candidates.end[candidate] as number, candidate))) {
      evidence = NEAR;
      confidence = CONFIDENCE.kindEvidence;
    } else if (isCurated && !cjk && /^[A-Z][a-z]/.test(surface)) {
      if (capitalisedMidSentence(text, start, candidates.end[candidate] as number, script)) {
        evidence = CAPITALISED;
        confidence = CONFIDENCE.capitalised;
      } else {
        // A capitalised name opening a sentence ("Apple said…") is the entity when the article names it
        // with evidence elsewhere; that is only known once every other mention is decided.
        candidates.flags[candidate] = (candidates.flags[candidate] as number) | AT_START | DROPPED;
        atStart += 1;
        continue;
      }
    }
    if (evidence === 0) {
      candidates.flags[candidate] = (candidates.flags[candidate] as number) | DROPPED;
      continue;
    }
    candidates.evidence[candidate] = evidence;
    candidates.confidence[candidate] = confidence;
    if (firm[entity] === 0) firm[entity] = NAMED_WITH_EVIDENCE;
  }
  if (atStart > 0) {
    for (let candidate = 0; candidate < candidates.count; candidate += 1) {
      const flags = candidates.flags[candidate] as number;
      if ((flags & AT_START) === 0 || firm[candidates.entity[candidate] as number] === 0) continue;
      candidates.flags[candidate] = flags & ~DROPPED;
      candidates.evidence[candidate] = AT_START_NAMED_ELSEWHERE;
      candidates.confidence[candidate] = CONFIDENCE.capitalised;
    }
  }
  addWork(contexts.count + examinedContexts + (atStart > 0 ? candidates.count : 0));
}

/**
 * An unknown organisation that ends with a name the dictionary knows firmly has only words in front
 * of it that are not part of the name (công ty Nhật Bản Metaplanet): the known name wins. Returns
 * how many candidates it compared (nothing follows the loop: see `readMatches`).
 */
function dropUnknownEndingInNames(): number {
  const { order, start, end, flags, rule } = candidates;
  let examined = 0;
  for (let k = 0; k < candidates.count; k += 1) {
    const unknown = order[k] as number;
    if ((rule[unknown] as number) >= 0 || ((flags[unknown] as number) & (DROPPED | CASHTAG)) !== 0) continue;
    const unknownEnd = end[unknown] as number;
    for (let next = k + 1; next < candidates.count && (start[order[next] as number] as number) < unknownEnd; next += 1) {
      examined += 1;
      const other = order[next] as number;
      // Only a name that needs no evidence: "Capital" (a token's name) does not undo Kestrel Capital.
      if ((rule[other] as number) < 0 || ((flags[other] as number) & (DROPPED | NEEDS_EVIDENCE)) !== 0) continue;
      if (end[other] === unknownEnd && (start[other] as number) > (start[unknown] as number)) {
        flags[unknown] = (flags[unknown] as number) | DROPPED;
        break;
      }
    }
  }
  return examined;
}

const OPEN_BRACKETS = new Set([0x28, 0xff08]);
const CLOSE_BRACKETS = new Set([0x29, 0xff09]);

/** `text` has `surface` ending at `end`, case and width aside. */
function endsWithFolded(text: string, end: number, surface: string): boolean {
  const start = end - surface.length;
  return start >= 0 && foldString(text.slice(start, end)) === foldString(surface);
}

/**
 * An ambiguous ticker in brackets right after a name of its own entity (ソラナ（SOL）, Chainlink
 * (LINK)): the writer is spelling out the ticker, so it is the token.
 */
function nameBeforeBracket(text: string, start: number, entity: KbEntity): boolean {
  let bracket = start - 1;
  if (text.charCodeAt(bracket) === 0x20) bracket -= 1;
  if (!OPEN_BRACKETS.has(text.charCodeAt(bracket))) return false;
  const nameEnd = text.charCodeAt(bracket - 1) === 0x20 ? bracket - 1 : bracket;
  const surfaces = [entity.name, ...KB_LANGS.flatMap((lang) => entity.aliases[lang] ?? [])];
  addWork(surfaces.length);
  return surfaces.some((surface) => endsWithFolded(text, nameEnd, surface));
}

/**
 * A French elided article right before `start` (l'ether, d’ether): a French name listed for the entity
 * is then a noun of French text, where it means the entity ("l'ether" is ETH; English "the ether" is not).
 */
function frenchElisionBefore(text: string, start: number): boolean {
  const apostrophe = text.charCodeAt(start - 1);
  if (apostrophe !== 0x27 && apostrophe !== 0x2019) return false;
  const article = text.charCodeAt(start - 2) | 0x20;
  if (article !== 0x6c && article !== 0x64) return false;
  const before = start >= 3 ? text.charCodeAt(start - 3) : 0x20;
  return !((before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a) || before >= 0xc0);
}

/**
 * A token's name that is also a word, written right before its own ticker in brackets (웨이브(WAVES),
 * 스카이(SKY), Sky (SKY)): the writer spells out which coin the word names.
 */
function ownTickerInBrackets(text: string, end: number, entity: KbEntity): boolean {
  const symbol = entity.symbol;
  if (!symbol) return false;
  const open = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const close = open + 1 + symbol.length;
  addWork(symbol.length + 2);
  return OPEN_BRACKETS.has(text.charCodeAt(open)) && CLOSE_BRACKETS.has(text.charCodeAt(close)) && text.startsWith(symbol, open + 1);
}

/** Curated tokens by ticker, per dictionary (the first in KB order where several share one). */
const tokensByTicker = new WeakMap<Dictionary, Map<string, number>>();

function curatedTokenWithTicker(dictionary: Dictionary, ticker: string): number {
  let byTicker = tokensByTicker.get(dictionary);
  if (!byTicker) {
    byTicker = new Map();
    for (let index = 0; index < dictionary.entities.length; index += 1) {
      const entity = dictionary.entities[index] as KbEntity;
      if (entity.kind === 'token' && entity.symbol && dictionary.curated[index] === 1 && !byTicker.has(entity.symbol)) byTicker.set(entity.symbol, index);
    }
    tokensByTicker.set(dictionary, byTicker);
  }
  return byTicker.get(ticker) ?? -1;
}

/**
 * A company's name written right before a token's ticker in brackets (리플(XRP), Tether (USDT)) names
 * the token: the press spells out the ticker of the coin, not of its issuer. Read only for the tags
 * `select` keeps (which reading wins does not depend on the entity), as each tag is made.
 */
function readNameBeforeTicker(text: string, candidate: number, dictionary: Dictionary): void {
  if (dictionary.entityKind[candidates.entity[candidate] as number] !== 'company') return;
  let open = candidates.end[candidate] as number;
  if (text.charCodeAt(open) === 0x20) open += 1;
  if (!OPEN_BRACKETS.has(text.charCodeAt(open))) return;
  let close = open + 1;
  while (close - open <= MAX_TICKER && /[A-Z0-9]/.test(text.charAt(close))) close += 1;
  addWork(close - open);
  if (close === open + 1 || !CLOSE_BRACKETS.has(text.charCodeAt(close))) return;
  const token = curatedTokenWithTicker(dictionary, text.slice(open + 1, close));
  if (token < 0) return;
  candidates.entity[candidate] = token;
  candidates.evidence[candidate] = NAME_BEFORE_TICKER;
}

/** Leftmost-longest: at each position the longest reading wins (then the surest); overlapping later readings drop. */
function select(text: string, dictionary: Dictionary): EntityTag[] {
  const { order, start, end, flags, confidence } = candidates;
  const tags: EntityTag[] = [];
  let lastEnd = 0;
  for (let k = 0; k < candidates.count; k += 1) {
    let best = order[k] as number;
    if (((flags[best] as number) & DROPPED) !== 0) continue;
    const bestStart = start[best] as number;
    const bestEnd = end[best] as number;
    if (bestStart < lastEnd) continue;
    // Same span, several readings: the surest, the first of equals.
    for (let next = k + 1; next < candidates.count; next += 1) {
      const other = order[next] as number;
      if (start[other] !== bestStart || end[other] !== bestEnd) break;
      if (((flags[other] as number) & DROPPED) === 0 && (confidence[other] as number) > (confidence[best] as number)) best = other;
    }
    const tag = tagOf(text, best, dictionary);
    if (tag.kind === 'company') {
      const regionEnd = regionAfter(text, bestEnd);
      if (regionEnd > bestEnd) {
        tag.end = regionEnd;
        tag.text = text.slice(tag.start, regionEnd);
      }
    }
    lastEnd = tag.end;
    // After tagOf, which may already have read the name as its coin (리플(XRP)).
    const coin = (candidates.rule[best] as number) >= 0 ? (dictionary.entityCoin[candidates.entity[best] as number] as number) : -1;
    if (coin >= 0) {
      issuers.push(tags.length);
      issuedCoins.push(coin);
    }
    tags.push(tag);
  }
  if (issuers.length > 0) readIssuersAsCoins(text, tags, dictionary);
  return tags;
}

/** Places and words Chinese writes in brackets after an organisation's name as part of it: 華夏基金（香港）, 渣打銀行（香港）. */
const NAME_REGIONS = new Set(['香港', '台灣', '臺灣', '台湾', '澳門', '澳门', '新加坡', '亞洲', '亚洲', '中國', '中国', '日本', '韓國', '韩国', '美國', '美国', '歐洲', '欧洲', '英國', '英国', '國際', '国际', '控股']);
/** Longest entry of NAME_REGIONS. */
const MAX_REGION = 3;

/** End of a bracketed region right after an organisation's name ending at `end` (（香港）), or `end`. */
function regionAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0xff08 && text.charCodeAt(end) !== 0x28) return end;
  for (let length = 2; length <= MAX_REGION; length += 1) {
    const close = text.charCodeAt(end + 1 + length);
    if ((close === 0xff09 || close === 0x29) && NAME_REGIONS.has(text.slice(end + 1, end + 1 + length))) return end + length + 2;
  }
  return end;
}

/** Positions in `select`'s tags of names of organisations that lend their name to a coin (리플, 테더)… */
const issuers: number[] = [];
/** …and the index of each one's coin. */
const issuedCoins: number[] = [];

/**
 * An issuer's name that the words around it show to mean its coin (리플 시세, 리플·도지코인 강세,
 * 스테이블코인 테더) becomes the coin's tag; the issuers' positions are then forgotten.
 */
function readIssuersAsCoins(text: string, tags: EntityTag[], dictionary: Dictionary): void {
  for (let k = 0; k < issuers.length; k += 1) {
    const at = issuers[k] as number;
    const tag = tags[at] as EntityTag;
    const before = at > 0 ? (tags[at - 1] as EntityTag) : null;
    const after = at + 1 < tags.length ? (tags[at + 1] as EntityTag) : null;
    const previous = before ? { start: before.start, end: before.end, token: before.kind === 'token' } : null;
    const next = after ? { start: after.start, end: after.end, token: after.kind === 'token' } : null;
    if (!issuerNameMeansCoin(text, tag.start, tag.end, previous, next)) continue;
    const coin = issuedCoins[k] as number;
    tags[at] = {
      kind: 'token',
      start: tag.start,
      end: tag.end,
      text: tag.text,
      id: dictionary.entityId[coin] as string,
      name: dictionary.entityName[coin] as string,
      confidence: CONFIDENCE.specificEvidence,
      reason: `${tag.reason ?? ''}, its issuer's name used for the coin`,
      symbol: dictionary.entitySymbol[coin] as string,
    };
  }
  issuers.length = 0;
  issuedCoins.length = 0;
}

function tagOf(text: string, candidate: number, dictionary: Dictionary): EntityTag {
  const start = candidates.start[candidate] as number;
  const end = candidates.end[candidate] as number;
  const rule = candidates.rule[candidate] as number;
  const confidence = candidates.confidence[candidate] as number;
  if (rule < 0) {
    const mention = candidates.unknown[-rule - 1] as UnknownMention;
    const written = text.slice(start, end);
    // One object literal per shape (with or without a symbol): adding the key afterwards would change its hidden class.
    return mention.symbol
      ? { kind: mention.kind, start, end, text: written, id: mention.id, name: mention.name, confidence, reason: mention.reason, symbol: mention.symbol }
      : { kind: mention.kind, start, end, text: written, id: mention.id, name: mention.name, confidence, reason: mention.reason };
  }
  readNameBeforeTicker(text, candidate, dictionary);
  const entity = candidates.entity[candidate] as number;
  const kind = dictionary.entityKind[entity] as EntityKind;
  const id = dictionary.entityId[entity] as string;
  const name = dictionary.entityName[entity] as string;
  const symbol = dictionary.entitySymbol[entity] as string;
  const cashtag = ((candidates.flags[candidate] as number) & CASHTAG) !== 0;
  const surface = dictionary.ruleSurface[rule] as string;
  const reason = withEvidence(text, cashtag ? (dictionary.ruleCashtagReason[rule] as string) : (dictionary.ruleReason[rule] as string), candidate);
  const asWritten = ((candidates.flags[candidate] as number) & AS_WRITTEN) !== 0;
  const written = asWritten || sameText(text, start, end, surface) ? surface : text.slice(start, end);
  return symbol ? { kind, start, end, text: written, id, name, confidence, reason, symbol } : { kind, start, end, text: written, id, name, confidence, reason };
}

/** An ambiguous alias's reason says what evidence it was accepted on. */
function withEvidence(text: string, reason: string, candidate: number): string {
  switch (candidates.evidence[candidate]) {
    case ELSEWHERE:
      return `${reason}, named unambiguously elsewhere`;
    case NEAR:
      return `${reason} near "${text.slice(candidates.evidenceStart[candidate], candidates.evidenceEnd[candidate])}"`;
    case AFTER_AMOUNT:
      return `${reason} after an amount`;
    case CAPITALISED:
      return `${reason}, capitalised in mid-sentence`;
    case AT_START_NAMED_ELSEWHERE:
      return `${reason}, at a sentence start, named elsewhere in the article`;
    case TICKER_AFTER_NAME:
      return `${reason}, in brackets after the name`;
    case NAME_BEFORE_TICKER:
      return `${reason}, written before the token's ticker`;
    default:
      return reason;
  }
}
