/**
 * Getting the worker's tagger ready before the first article arrives: the dictionary is compiled
 * and the tagging code run once on a short sentence in the article's language, while the page is
 * still loading. The first `analyse` of a worker otherwise pays for all of it on the critical path.
 */
import type { SiteLanguage } from '../tagging/language';
import { normaliseLanguage } from '../tagging/language';
import type { Tag, TagOptions } from '../tagging/types';

/**
 * One sentence per site language with what an article holds: a token, a company, a person, a
 * forecast with an amount and a year (so entity matching and claim rules both run).
 */
export const WARM_UP_SENTENCES: Readonly<Record<SiteLanguage, string>> = {
  'zh-CN': '王明认为，比特币将在2026年突破15万美元，Coinbase 也会受益。',
  'zh-TW': '王明認為，比特幣將在2026年突破15萬美元，Coinbase 也會受益。',
  en: 'Priya Nair said Bitcoin will reach $150,000 in 2026 and Coinbase will benefit.',
  fr: 'Selon Marie Dupont, le Bitcoin dépassera 150 000 dollars en 2026 et Coinbase en profitera.',
  ja: '田中氏は、ビットコインが2026年に15万ドルを超え、Coinbaseも恩恵を受けると述べた。',
  ko: '김민수는 비트코인이 2026년에 15만 달러를 넘고 Coinbase도 혜택을 볼 것이라고 말했다.',
  vi: 'Theo ông Nguyễn, Bitcoin sẽ vượt 150.000 USD vào năm 2026 và Coinbase sẽ hưởng lợi.',
};

type Tagger = (text: string, options: TagOptions) => Tag[];
type Later = (work: () => void) => void;

/**
 * Warms the tagger once per language. The work runs after the reply (`later`), so the page that
 * asked is never kept waiting; an `analyse` arriving meanwhile simply runs after it, warm.
 */
export function createTaggerWarmUp(tag: Tagger, later: Later = (work) => setTimeout(work, 0)): (lang: string) => { started: boolean } {
  const warmed = new Set<SiteLanguage>();
  return (lang) => {
    const language = normaliseLanguage(lang);
    if (!language || warmed.has(language)) return { started: false };
    warmed.add(language);
    later(() => tag(WARM_UP_SENTENCES[language], { lang: language }));
    return { started: true };
  };
}
