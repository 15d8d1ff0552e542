/**
 * The language of an article: the page's `lang`, the URL's locale, and the text itself (through the
 * tagger's detector, so both agree on what a text's language is). When the page and the URL
 * disagree (a site may ship one `lang` for every edition), the text decides.
 */
import { detectLanguage as languageOfText, normaliseLanguage, type SiteLanguage } from '../tagging/language';

/** Whether two languages share a script, so the text's script cannot tell them apart. */
function sameScript(a: SiteLanguage, b: SiteLanguage): boolean {
  const family = (language: SiteLanguage) => (['en', 'fr', 'vi'].includes(language) ? 'latin' : language.slice(0, 2));
  return family(a) === family(b);
}

/**
 * Page `lang` first, then the URL's locale; when they disagree, or when the text is plainly in
 * another script than the one claimed, the text decides.
 */
export function articleLanguage(pageLang: string | null | undefined, urlLocale: string | null | undefined, text: string): SiteLanguage {
  const fromPage = normaliseLanguage(pageLang ?? undefined);
  const fromUrl = normaliseLanguage(urlLocale ?? undefined);
  const fromText = languageOfText(text);
  const claimed = fromPage ?? fromUrl;
  if (claimed && (!fromUrl || claimed === fromUrl)) return sameScript(fromText, claimed) ? claimed : fromText;
  return fromText;
}
