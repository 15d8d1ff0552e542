/** Articles and highlights for library tests, built the way the content script builds them. */
import 'fake-indexeddb/auto';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { LibraryDatabase } from '../../../utils/storage/database';
import { highlightsIn } from '../../../utils/storage/highlight-rows';
import { LibraryService } from '../../../utils/storage/library-service';
import type { NewHighlight, StoredHighlight } from '../../../utils/storage/types';

const FRENCH_PARAGRAPHS = [
  'Zeng Ming : AI + Crypto, c’est cela le Web3 ; d’abord créer de la valeur, puis la distribuer.',
  'Je pense que le Bitcoin dépassera 150 000 dollars d’ici fin 2026, a déclaré Zeng Ming lors du sommet de Wanxiang.',
  'Alibaba et OpenAI investissent dans l’infrastructure, tandis que l’Ethereum reste la plateforme des applications.',
];

const CHINESE_PARAGRAPHS = [
  '曾鸣：AI + Crypto 才是 Web3，先创造价值，再分配价值。',
  '我认为比特币将在 2026 年底前突破 15 万美元，曾鸣在万向区块链峰会上表示。',
  '阿里巴巴与 OpenAI 都在投资基础设施，而以太坊仍是应用的平台。',
];

/** An extracted article as the content script sends it; `id` picks the URL and key. */
export function makeArticle(id: string, options: { lang?: 'fr' | 'zh-CN'; title?: string } = {}): ExtractedArticle {
  const lang = options.lang ?? 'fr';
  const locale = lang === 'fr' ? 'fr-FR' : 'zh-CN';
  const paragraphs = lang === 'fr' ? FRENCH_PARAGRAPHS : CHINESE_PARAGRAPHS;
  let offset = 0;
  const blocks = paragraphs.map((text) => {
    const block = { type: 'paragraph' as const, text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return block;
  });
  return {
    url: `https://www.techflowpost.com/${locale}/article/${id}`,
    key: `techflow:${locale}:article:${id}`,
    title: options.title ?? (lang === 'fr' ? `Zeng Ming sur le Web3 (${id})` : `曾鸣谈 Web3（${id}）`),
    lead: paragraphs[0],
    authors: ['TechFlow'],
    editors: [],
    translators: [],
    compilers: [],
    guests: ['Zeng Ming'],
    hosts: [],
    date: '2024-09-19',
    lang,
    blocks,
    text: paragraphs.join('\n\n'),
    method: 'readability',
  };
}

/** A highlight on the `index`-th occurrence of `exact` in the article text. */
export function highlightOn(
  article: ExtractedArticle,
  exact: string,
  fields: Partial<NewHighlight> & Pick<NewHighlight, 'kind'>,
): NewHighlight {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the article`);
  const end = start + exact.length;
  return {
    origin: 'auto',
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: article.text.slice(Math.max(0, start - 32), start),
      suffix: article.text.slice(end, end + 32),
    },
    position: { type: 'TextPositionSelector', start, end },
    ...fields,
  };
}

/** The automatic highlights the tagger would send for `makeArticle(…, { lang: 'fr' })`. */
export function frenchAnalysis(article: ExtractedArticle): NewHighlight[] {
  return [
    highlightOn(article, 'Bitcoin', { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' }),
    highlightOn(article, 'Alibaba', { kind: 'company', entityId: 'org:alibaba', entityName: 'Alibaba' }),
    highlightOn(article, 'Ethereum', { kind: 'token', entityId: 'token:eth', entityName: 'Ethereum', symbol: 'ETH' }),
    highlightOn(article, 'Je pense que le Bitcoin dépassera 150 000 dollars d’ici fin 2026', {
      kind: 'claim',
      speaker: 'Zeng Ming',
      stance: 'bullish',
      horizon: { text: 'd’ici fin 2026', to: '2026-12-31' },
      subjects: ['token:btc'],
    }),
  ];
}

let databases = 0;

/** A fresh, empty database and service; each test gets its own. */
export function freshLibrary(options: { now?: () => number } = {}) {
  databases += 1;
  const db = new LibraryDatabase(`library-test-${databases}-${crypto.randomUUID()}`);
  const service = new LibraryService({ db, ...options });
  return { db, service };
}

/** Every highlight the library holds, whichever article's row it is in, ordered by id. */
export async function storedHighlights(db: LibraryDatabase): Promise<StoredHighlight[]> {
  return highlightsIn(await db.articleHighlights.toArray()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
