/**
 * Korean and Japanese news write a coin by its issuer's name (리플 for XRP, 테더 for USDT, リップル):
 * whether such a name means the coin or the company is read from the words around it.
 */
import { addWork } from './work';

/**
 * Nouns about a coin's market right after the name (and a particle): 리플 시세, 리플의 상승 폭,
 * 테더 물량, リップルの価格. Only right after it: a word further on may be about something the
 * company owns (테더가 금 가격…, 테더의 비트코인 보유량).
 */
const COIN_NOUNS = [
  '시세', '가격', '코인', '토큰', '현물', '선물', '거래대금', '거래량', '시가총액', '시총', '물량', '프리미엄', '원화 마켓', '원화마켓', '원화 시세',
  '상승', '하락', '급등', '급락', '반등', '강세', '약세', '폭등', '폭락',
  '価格', '相場', '上昇', '下落', '急騰', '急落', '反発', '高騰', '続伸', '続落', '現物', '先物',
  'ETF',
];
/** Nouns that mean the coin only glued to the name, without a particle: 테더 거래 (trading), but 테더와 거래 (a deal). */
const DIRECT_NOUNS = ['거래'];
/** A unit price right after the name and its particle: 테더는 1,480원, 리플은 3달러 (not 리플은 12억 5,000만 달러, an amount). */
const UNIT_PRICE = /^[0-9][0-9,]*(?:\.[0-9]+)?\s?(?:원|달러|ドル|円)/u;
/**
 * A price move the name is the subject of, further on in its clause (리플이 하루 새 11% 급등해,
 * リップルは24時間で8％上昇し): Korean verbs (a move noun counts only as a verb, 급등했/급등해, so
 * 테더가 금 가격 상승에 stays the company), Japanese move nouns.
 */
const KO_VERBS = ['올랐', '올라', '오른', '오르며', '내렸', '내린', '내려', '떨어', '뛰었', '뛰어', '뛴', '밀렸', '밀린'];
const KO_MOVES = ['상승', '하락', '급등', '급락', '반등', '폭등', '폭락'];
const KO_VERB_ENDINGS = new Set([...'했해하한']);
const JA_MOVES = ['上昇', '下落', '急騰', '急落', '反発', '高騰', '続伸', '続落', '高値', '値上がり', '値下がり'];
/** How far (UTF-16 units) past the name and its particle the clause is read for a price move. */
const CLAUSE_READ = 14;
/** Marks that end the clause the name is the subject of. */
const CLAUSE_END = new Set([...',.!?;:。、，；：…「」『』"“”‘’()（）·\n']);
/** Particles glued to a Korean or Japanese name: 리플이, 리플의, テザーが. */
const PARTICLES = new Set([...'이가은는의도을를와과만がはのもを']);
/** Words right before the name that call it a coin: 스테이블코인 테더, 알트코인 리플. */
const COIN_WORDS_BEFORE = ['스테이블코인', '알트코인', '가상자산', '암호화폐', '코인', 'ステーブルコイン', '暗号資産', '仮想通貨'];
/** What may join two names of a list (리플, 솔라나·도지코인, 리플과 도지코인, XRP와 리플). */
const LIST_JOINERS = new Set([...' ,、·・/，과와및']);
/** The longest gap between two names of a list (", 및 "). */
const LIST_GAP = 4;

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/** `text[from, to)` is short and holds only list joiners, one at least not a space: the two names sit in one list. */
function listGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > LIST_GAP) return false;
  let joined = false;
  for (let at = from; at < to; at += 1) {
    const char = text.charAt(at);
    if (!LIST_JOINERS.has(char)) return false;
    // A space alone joins nothing: 비트코인 테더 거래쌍 names a pair, not a list.
    joined ||= char !== ' ';
  }
  return joined;
}

function isHangulOrKana(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x30a0 && code <= 0x30ff);
}

/** A price move in the clause from `from`, before `limit` (the next name, whose move it would be). */
function priceMoveInClause(text: string, from: number, limit: number, korean: boolean): boolean {
  const end = Math.min(limit, from + CLAUSE_READ, text.length);
  for (let at = from; at < end; at += 1) {
    if (CLAUSE_END.has(text.charAt(at))) return false;
    if (!korean) {
      if (startsWithAny(text, at, JA_MOVES)) return true;
      continue;
    }
    if (startsWithAny(text, at, KO_VERBS)) return true;
    for (const move of KO_MOVES) {
      if (!text.startsWith(move, at)) continue;
      // A verb (급등했), or a headline's noun ending the clause (리플 12% 급등, …); 상승에 is about something else.
      const after = text.charAt(at + move.length);
      if (KO_VERB_ENDINGS.has(after) || after === '' || CLAUSE_END.has(after)) return true;
    }
  }
  return false;
}

/** A neighbouring tag: its span and whether it is a token. */
export interface Neighbour {
  start: number;
  end: number;
  token: boolean;
}

/**
 * Whether the issuer's name at `[start, end)` means its coin: a market word follows (after a particle),
 * a price move follows in its clause, a coin word stands right before, or the name
 * sits in a list with a token. Reads a few characters on each side.
 */
export function issuerNameMeansCoin(text: string, start: number, end: number, previous: Neighbour | null, next: Neighbour | null): boolean {
  // Chinese and Latin writing give the coin its own name (泰達幣, XRP): the company's name is the company.
  if (!isHangulOrKana(text.charCodeAt(start))) return false;
  addWork(12);
  let at = end;
  const particle = PARTICLES.has(text.charAt(at));
  if (particle) at += 1;
  if (text.charAt(at) === ' ') at += 1;
  if (startsWithAny(text, at, COIN_NOUNS) || (!particle && startsWithAny(text, at, DIRECT_NOUNS))) return true;
  if (UNIT_PRICE.test(text.slice(at, at + 16))) return true;
  if (priceMoveInClause(text, at, next ? next.start : text.length, text.charCodeAt(start) >= 0xac00)) return true;
  let before = start;
  if (text.charAt(before - 1) === ' ') before -= 1;
  for (const word of COIN_WORDS_BEFORE) {
    const wordStart = before - word.length;
    // The whole word: 비트코인 before a name is a coin of its own, not the word 코인.
    if (wordStart >= 0 && text.startsWith(word, wordStart) && !/\p{L}/u.test(text.charAt(wordStart - 1))) return true;
  }
  if (previous?.token === true && listGap(text, previous.end, start)) return true;
  return next?.token === true && listGap(text, end, next.start);
}
