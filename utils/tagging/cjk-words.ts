/**
 * Where a Hangul or katakana alias may be read as a name inside running text. Korean and Japanese
 * write no space inside a word, so the automaton finds 니어 (NEAR) in 엔지니어 (engineer) and ニア in
 * エンジニア; these checks keep only matches that start a word, and short Korean names followed by a
 * particle or nothing. A ticker's Chinese coin name (LINK 幣) is not read into 幣價 (coin price).
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const KATAKANA_FIRST = 0x30a1;
/** Katakana letters up to ヺ, then the prolonged sound mark ー (U+30FC); the middle dot ・ separates words. */
const KATAKANA_LAST = 0x30fa;
const PROLONGED_SOUND = 0x30fc;
/** The katakana middle dot that separates the words of a name (リド・ファイナンス): no part of a word. */
const MIDDLE_DOT = 0x30fb;
/** A katakana name this short (スイ, メタ, ビザ) followed by more katakana is the start of a longer word. */
const SHORT_KATAKANA_NAME = 2;

/**
 * A Korean name this short (in syllables) is often the start of a longer word (애플 in 애플리케이션,
 * 라인 in 라인업): glued Hangul after it must be a particle or ending.
 */
const SHORT_HANGUL_NAME = 2;

/**
 * First syllables of the particles and endings that follow a noun (은/는, 이/가, 을/를, 의, 에/에서,
 * 와/과, 도, 로/으로, 만, 까지, 부터, 보다, 처럼, 나/이나, 라고/이라고, 란, 께, 측, 등, 및, 랑, 엔, 였다).
 */
const PARTICLE_STARTS = new Set([...'은는이가을를의에와과도로으만까부보처나라란께측등및랑엔였'].map((char) => char.charCodeAt(0)));

/**
 * 사 (company) glued to a short name, as in 테더사가 or 서클사는: the name is the company when 사 ends
 * the word or a particle follows it. 이 after 사 is never a particle there (after a vowel the
 * subject particle is 가), which keeps 사이다 (cider) out; 사용, 사업 are not particles either.
 */
const COMPANY_SUFFIX = '사'.charCodeAt(0);
const NOT_AFTER_COMPANY_SUFFIX = '이'.charCodeAt(0);

/**
 * 幣/币 ending a ticker's coin name (LINK 幣, SOL币) and 價/价 right after it: the text says 幣價 (coin
 * price), so the name is the ticker alone ("LINK 幣價" is LINK's price).
 */
const COIN_CHARS = new Set(['幣'.charCodeAt(0), '币'.charCodeAt(0)]);
const PRICE_CHARS = new Set(['價'.charCodeAt(0), '价'.charCodeAt(0)]);

/** Whether the match ends in a ticker's 幣/币 that the next character joins into 幣價/币价. */
function coinRunsIntoPrice(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !COIN_CHARS.has(text.charCodeAt(end - 1)) || !PRICE_CHARS.has(text.charCodeAt(end))) return false;
  const before = text.charCodeAt(end - 2);
  return before === 0x20 || (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39);
}

function isHangul(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

function isKatakana(code: number): boolean {
  return (code >= KATAKANA_FIRST && code <= KATAKANA_LAST) || code === PROLONGED_SOUND;
}

function hangulLength(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i += 1) if (isHangul(text.charCodeAt(i))) length += 1;
  return length;
}

/** Whether the word goes on after 사 at `at` only with a particle, or stops there. */
function endsWithCompanySuffix(text: string, at: number): boolean {
  const next = at < text.length ? text.charCodeAt(at) : 0;
  return !isHangul(next) || (PARTICLE_STARTS.has(next) && next !== NOT_AFTER_COMPANY_SUFFIX);
}

/**
 * Whether `text[start, end)`, an alias match, may be a name where it stands: a Hangul alias must not
 * continue a Hangul word and, when short, be followed by a particle or a non-Hangul character; a
 * katakana alias must not continue a katakana word (katakana after it is fine: ソラナチェーン).
 */
export function fitsCjkWord(text: string, start: number, end: number): boolean {
  if (start >= end) return true;
  const first = text.charCodeAt(start);
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (isHangul(first)) {
    if (isHangul(before)) return false;
    const after = end < text.length ? text.charCodeAt(end) : 0;
    if (isHangul(text.charCodeAt(end - 1)) && isHangul(after) && hangulLength(text, start, end) <= SHORT_HANGUL_NAME) {
      return PARTICLE_STARTS.has(after) || (after === COMPANY_SUFFIX && endsWithCompanySuffix(text, end + 1));
    }
    return true;
  }
  if (isKatakana(first) && first !== PROLONGED_SOUND) {
    if (isKatakana(before)) return false;
    // A name this short running on into more katakana is the start of another word (スイ in スイス, メタ in メタバース).
    const after = end < text.length ? text.charCodeAt(end) : 0;
    return !(end - start <= SHORT_KATAKANA_NAME && isKatakana(after) && after !== MIDDLE_DOT);
  }
  return !coinRunsIntoPrice(text, start, end);
}
