/**
 * The language of an article: the page's `lang`, the URL's locale, and the text itself. When the
 * page and the URL disagree (a site may ship one `lang` for every edition), the text decides.
 */

/** Language tags extraction reports: the site's languages, with Chinese split by script. */
export type ArticleLanguage = 'zh-CN' | 'zh-TW' | 'en' | 'fr' | 'ja' | 'ko' | 'vi';

/** How much of the text the heuristic reads: enough to be sure, little enough to stay cheap. */
const SAMPLE_CHARS = 3_000;

/** Characters written differently in traditional and simplified Chinese, common in crypto news. */
const TRADITIONAL_ONLY = /[們這個來為說會時對國與發經過還動關開區鏈幣資產價體實際應當從後麼將無報導場議題網絡數據電話點認]/g;
const SIMPLIFIED_ONLY = /[们这个来为说会时对国与发经过还动关开区链币资产价体实际应当从后么将无报导场议题网络数据电话点认]/g;

/** Letters only Vietnamese uses among the site's Latin-script languages. */
const VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const FRENCH_WORDS = /\b(?:le|la|les|des|une|est|sont|dans|pour|avec|qui|que|pas|sur|du|au|aux|cette|nous|vous|mais)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|is|are|of|to|in|that|for|with|this|on|it|was|will|be|by|from|not|but)\b/gi;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The language the text is written in, or null when there is too little of it to tell. */
export function languageOfText(text: string): ArticleLanguage | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const kana = count(sample, /[\u3040-\u30ff]/g);
  const hangul = count(sample, /[\uac00-\ud7af]/g);
  const han = count(sample, /[\u3400-\u4dbf\u4e00-\u9fff]/g);
  const latin = count(sample, /\p{Script=Latin}/gu);
  const cjk = kana + hangul + han;
  if (cjk + latin === 0) return null;
  // CJK text mixes in Latin token names and tickers; a third of CJK characters already means CJK.
  if (cjk * 3 >= latin) {
    if (hangul >= cjk / 3) return 'ko';
    if (kana >= cjk / 10) return 'ja';
    return count(sample, TRADITIONAL_ONLY) > count(sample, SIMPLIFIED_ONLY) ? 'zh-TW' : 'zh-CN';
  }
  if (count(sample, VIETNAMESE) >= latin / 40) return 'vi';
  return count(sample, FRENCH_WORDS) > count(sample, ENGLISH_WORDS) ? 'fr' : 'en';
}

/** The language a BCP 47 tag or a site locale names, if it is one of the site's. */
export function languageOfTag(tag: string | null | undefined): ArticleLanguage | null {
  if (!tag) return null;
  const [language = '', ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  switch (language) {
    case 'zh':
      return rest.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part)) ? 'zh-TW' : 'zh-CN';
    case 'en':
    case 'fr':
    case 'ja':
    case 'ko':
    case 'vi':
      return language;
    default:
      return null;
  }
}

/** Whether two languages use the same script family, so the text cannot tell them apart by script. */
function sameScript(a: ArticleLanguage, b: ArticleLanguage): boolean {
  const family = (language: ArticleLanguage) => (['en', 'fr', 'vi'].includes(language) ? 'latin' : language.slice(0, 2));
  return family(a) === family(b);
}

/**
 * Page `lang` first, then the URL's locale; when they disagree, or when the text is plainly in
 * another script than the one claimed, the text decides.
 */
export function detectLanguage(pageLang: string | null | undefined, urlLocale: string | null | undefined, text: string): ArticleLanguage {
  const fromPage = languageOfTag(pageLang);
  const fromUrl = languageOfTag(urlLocale);
  const claimed = fromPage ?? fromUrl;
  if (claimed && (!fromUrl || claimed === fromUrl)) {
    const fromText = languageOfText(text);
    if (!fromText || sameScript(fromText, claimed)) return claimed;
    return fromText;
  }
  const fromText = languageOfText(text);
  if (fromText && (fromText === fromPage || fromText === fromUrl)) return fromText;
  return fromText ?? claimed ?? 'zh-CN';
}
