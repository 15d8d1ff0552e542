/**
 * The language of an article: the page's `lang`, the URL's locale, and the text itself (through the
 * tagger's detector, so both agree on what a text's language is). When the page and the URL
 * disagree (a site may ship one `lang` for every edition), the text decides.
 */
import { detectLanguage as languageOfText, normaliseLanguage, type SiteLanguage } from '../tagging/language';

type Script = 'latin' | 'ja' | 'ko' | 'zh';

function scriptOfLanguage(language: SiteLanguage): Script {
  return language === 'en' || language === 'fr' || language === 'vi' ? 'latin' : (language.slice(0, 2) as Script);
}

/** The part of a text the tagger's detector reads (its `SAMPLE_CHARS`). */
const DETECTOR_SAMPLE_CHARS = 20_000;

const KANA = /[\u3040-\u30ff]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const HAN = /[\u4e00-\u9fff]/g;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/g;

/**
 * The script the tagger's detector would find the text written in: its first rules (kana, then
 * Hangul, then Han against Latin letters), without the word statistics that only tell Latin-script
 * languages apart. Counted by native regular expressions: extraction runs cold on every page load,
 * and compiling the detector's Unicode word patterns there costs several milliseconds.
 */
export function scriptOfText(text: string): Script {
  const sample = text.slice(0, DETECTOR_SAMPLE_CHARS);
  const count = (pattern: RegExp) => sample.length - sample.replace(pattern, '').length;
  const han = count(HAN);
  const kana = count(KANA);
  if (kana > 0 && kana * 10 >= han) return 'ja';
  const hangul = count(HANGUL);
  // Without Han or Hangul the text is Latin whatever its letters: they need no counting.
  if (han === 0 && hangul === 0) return 'latin';
  const latin = count(LATIN_LETTER);
  if (hangul > 0 && hangul >= han && hangul * 4 >= latin) return 'ko';
  if (han > 0 && han * 2 >= latin) return 'zh';
  return 'latin';
}

/**
 * Page `lang` first, then the URL's locale; when they disagree, or when the text is plainly in
 * another script than the one claimed, the text decides.
 */
export function articleLanguage(pageLang: string | null | undefined, urlLocale: string | null | undefined, text: string): SiteLanguage {
  const fromPage = normaliseLanguage(pageLang ?? undefined);
  const fromUrl = normaliseLanguage(urlLocale ?? undefined);
  const claimed = fromPage ?? fromUrl;
  // The usual case needs only the text's script: the claim stands unless the script says otherwise.
  if (claimed && (!fromUrl || claimed === fromUrl) && scriptOfText(text) === scriptOfLanguage(claimed)) return claimed;
  return languageOfText(text);
}
