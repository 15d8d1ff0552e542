/**
 * Language of a text among the site's languages, from character scripts and a few very frequent
 * words: kana → ja, Hangul → ko, Han → zh-CN or zh-TW (simplified vs traditional characters),
 * Latin → vi (Vietnamese letters), fr or en (function words). Also normalises locale names.
 */

export type SiteLanguage = 'zh-CN' | 'zh-TW' | 'en' | 'fr' | 'ja' | 'ko' | 'vi';

/** Enough text to decide; the rest of a long article would only repeat the evidence. */
const SAMPLE_CHARS = 20_000;

// Characters that exist in one script only (frequent ones): simplified vs traditional.
const SIMPLIFIED = new Set([...'们这说为个来时会国对币经过还进发与后现开关问题东车们种实点么让长从应当机员产币认总区']);
const TRADITIONAL = new Set([...'們這說為個來時會國對幣經過還進發與後現開關問題東車種實點麼讓長從應當機員產認總區']);
// Letters found in Vietnamese and in no other site language.
const VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯ]/g;
const FRENCH_WORDS = /(?<![\p{L}])(?:le|la|les|des|est|une|et|que|dans|pour|sur|pas|qui|du|au|aux|avec|cette|sont|mais|ou)(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|is|to|in|that|it|for|with|on|are|was|this|be|as|by|will|from|have)(?![\p{L}])/giu;

function count(text: string, pattern: RegExp): number {
  let total = 0;
  for (const _ of text.matchAll(pattern)) total += 1;
  return total;
}

/** Best guess of the site language of `text` (en for empty or undecidable text). */
export function detectLanguage(text: string): SiteLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code >= 0x3040 && code <= 0x30ff) kana += 1;
    else if (code >= 0xac00 && code <= 0xd7af) hangul += 1;
    else if (code >= 0x4e00 && code <= 0x9fff) {
      han += 1;
      if (SIMPLIFIED.has(char)) simplified += 1;
      else if (TRADITIONAL.has(char)) traditional += 1;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) latin += 1;
  }
  // Japanese mixes kanji with kana; a handful of kana already rules out Chinese.
  if (kana > 0 && kana * 10 >= han) return 'ja';
  if (hangul > 0 && hangul >= han && hangul * 4 >= latin) return 'ko';
  if (han > 0 && han * 2 >= latin) return traditional > simplified ? 'zh-TW' : 'zh-CN';
  if (count(sample, VIETNAMESE) * 50 >= latin && latin > 0) return 'vi';
  return count(sample, FRENCH_WORDS) > count(sample, ENGLISH_WORDS) ? 'fr' : 'en';
}

/** Maps locale names (`fr-FR`, `zh-Hant`, `en-US`, `zh_CN`) to site languages; undefined if unknown. */
export function normaliseLanguage(lang: string | undefined): SiteLanguage | undefined {
  if (!lang) return undefined;
  const tag = lang.replace('_', '-').toLowerCase();
  if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-hant' || tag.startsWith('zh-hant')) return 'zh-TW';
  if (tag.startsWith('zh')) return 'zh-CN';
  for (const site of ['en', 'fr', 'ja', 'ko', 'vi'] as const) if (tag === site || tag.startsWith(`${site}-`)) return site;
  return undefined;
}
