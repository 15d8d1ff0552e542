/**
 * A large synthetic library for the popup bench: articles and highlights shaped like real saves
 * (French and Chinese text, tokens, companies, claims with speakers, notes), made deterministically.
 */
import { highlightRowsOf } from '../../utils/storage/highlight-rows';
import type { ArticleBody, ArticleHighlights, ArticleRecord, NewHighlight, StoredHighlight } from '../../utils/storage/types';

const ENTITIES = [
  { id: 'token:btc', name: 'Bitcoin', symbol: 'BTC', kind: 'token' as const, zh: '比特币' },
  { id: 'token:eth', name: 'Ethereum', symbol: 'ETH', kind: 'token' as const, zh: '以太坊' },
  { id: 'token:sol', name: 'Solana', symbol: 'SOL', kind: 'token' as const, zh: 'Solana' },
  { id: 'org:alibaba', name: 'Alibaba', kind: 'company' as const, zh: '阿里巴巴' },
  { id: 'org:openai', name: 'OpenAI', kind: 'company' as const, zh: 'OpenAI' },
  { id: 'org:binance', name: 'Binance', kind: 'company' as const, zh: '币安' },
];
const SPEAKERS = ['Zeng Ming', 'Vitalik Buterin', '曾鸣', 'Arthur Hayes'];
const STANCES = ['bullish', 'bearish', 'neutral'] as const;
const FRENCH = 'Je pense que le marché des cryptomonnaies va se transformer profondément avec l’intelligence artificielle et que la valeur créée sera distribuée aux créateurs. ';
const CHINESE = '我认为加密货币市场将随着人工智能而深刻转变，创造的价值将分配给创作者和社区成员。';

export interface SeedLibrary {
  articles: ArticleRecord[];
  bodies: ArticleBody[];
  /** The rows of the `articleHighlights` table: each article's highlights. */
  highlightRows: ArticleHighlights[];
}

export function seedLibrary(articleCount: number, highlightsPerArticle: number): SeedLibrary {
  const articles: ArticleRecord[] = [];
  const bodies: ArticleBody[] = [];
  const highlights: StoredHighlight[] = [];
  for (let index = 0; index < articleCount; index += 1) {
    const french = index % 2 === 0;
    const locale = french ? 'fr-FR' : 'zh-CN';
    const id = String(20_000 + index);
    const key = `techflow:${locale}:article:${id}`;
    const sentence = french ? FRENCH : CHINESE;
    const text = sentence.repeat(highlightsPerArticle);
    const savedAt = Date.UTC(2025, 0, 1) + index * 3_600_000;
    articles.push({
      key,
      url: `https://www.techflowpost.com/${locale}/article/${id}`,
      title: french ? `Analyse ${index} : l’IA rencontre la crypto` : `第 ${index} 篇：当 AI 遇见加密`,
      authors: ['TechFlow'],
      editors: [],
      translators: [],
      compilers: [],
      guests: [SPEAKERS[index % SPEAKERS.length]!],
      hosts: [],
      lang: french ? 'fr' : 'zh-CN',
      method: 'readability',
      articleId: id,
      kind: 'article',
      locale,
      savedAt,
      updatedAt: savedAt,
      textLength: text.length,
      highlightCount: highlightsPerArticle,
    });
    bodies.push({ key, text, blocks: [{ type: 'paragraph', text, start: 0, end: text.length }] });
    for (let h = 0; h < highlightsPerArticle; h += 1) {
      const start = h * sentence.length;
      const entity = ENTITIES[(index + h) % ENTITIES.length]!;
      const claim = h % 4 === 0;
      const exact = claim ? sentence.trim() : french ? entity.name : entity.zh;
      const highlight: StoredHighlight = {
        id: `seed-${index}-${h}`,
        articleKey: key,
        kind: claim ? 'claim' : entity.kind,
        origin: h % 10 === 9 ? 'user' : 'auto',
        quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
        createdAt: savedAt,
        updatedAt: savedAt,
      };
      if (claim) {
        highlight.speaker = SPEAKERS[(index + h) % SPEAKERS.length]!;
        highlight.stance = STANCES[(index + h) % STANCES.length]!;
        highlight.subjects = [entity.id];
      } else {
        highlight.entityId = entity.id;
        highlight.entityName = entity.name;
        if (entity.symbol) highlight.symbol = entity.symbol;
      }
      if (h % 10 === 9) highlight.note = `Note ${index}-${h} : à relire avant la réunion`;
      highlights.push(highlight);
    }
  }
  return { articles, bodies, highlightRows: highlightRowsOf(highlights) };
}

/** An article with `count` automatic highlights, as the content script would send it to `saveArticle`. */
export function articleWithHighlights(id: string, count: number) {
  const text = FRENCH.repeat(count);
  const article = {
    url: `https://www.techflowpost.com/fr-FR/article/${id}`,
    key: `techflow:fr-FR:article:${id}`,
    title: `Article de mesure ${id}`,
    authors: [],
    editors: [],
    translators: [],
    compilers: [],
    guests: [],
    hosts: [],
    lang: 'fr',
    blocks: [{ type: 'paragraph' as const, text, start: 0, end: text.length }],
    text,
    method: 'readability' as const,
  };
  const highlights: NewHighlight[] = Array.from({ length: count }, (_, h) => {
    const start = h * FRENCH.length + 3;
    const exact = 'pense';
    return {
      kind: 'token',
      origin: 'auto',
      entityId: `token:t${h % 50}`,
      entityName: `Token ${h % 50}`,
      quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 5, start + 37) },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    };
  });
  return { article, highlights };
}
