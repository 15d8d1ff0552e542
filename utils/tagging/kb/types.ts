/** Shape of the knowledge base (`assets/kb/kb.json`): entities, their aliases per language, and the lexicons the matcher uses. */

/** Alias languages: the site's languages, with Chinese split by script. */
export const KB_LANGS = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'vi'] as const;
export type KbLang = (typeof KB_LANGS)[number];

export type EntityKind = 'token' | 'company';

export interface KbEntity {
  /** Stable id: `token:btc`, `org:binance`. */
  id: string;
  kind: EntityKind;
  /** coin, token, stablecoin, network, defi, exchange, company, dao, foundation, fund, bank, central-bank, regulator, big-tech, ai-company, media, … */
  category: string;
  name: string;
  symbol?: string;
  /** Market-cap rank where a source gives one. */
  rank?: number;
  /** Names as written in each language, besides `name` and `symbol`. */
  aliases: Partial<Record<KbLang, string[]>>;
  /** Aliases that are also ordinary words: they need evidence (case, context, another mention). */
  ambiguous?: string[];
  /**
   * Ambiguous aliases that are the entity's nickname (大餅 for bitcoin, 以太 for ether): besides a word
   * nearby, a firm mention of the entity elsewhere in the text confirms them, in CJK text too.
   */
  slang?: string[];
  /** Aliases made of ordinary words ("The Block"): matched with exactly this case, no other evidence needed. */
  exactCase?: string[];
  /** Words that, near an ambiguous alias, show this entity is meant. */
  context?: string[];
  /**
   * Organisations: the id of the coin they issue when the press also calls the coin by the
   * organisation's name (리플 for XRP, 테더 for USDT); the words around the name decide which is meant.
   */
  coin?: string;
  description: { en?: string; fr?: string; zh?: string };
  homepage?: string;
  /** Which sources contributed (package names or `curated`). */
  sources: string[];
}

export interface KnowledgeBase {
  version: number;
  sources: Array<{ name: string; version: string; licence: string; use: string }>;
  entities: KbEntity[];
  lexicon: Lexicon;
}

export interface Lexicon {
  /** Words near an ambiguous alias that show a token/network (resp. organisation) is meant. */
  context: Record<EntityKind, string[]>;
  /** Phrases that contain an alias but never mean the entity (以太网, compound interest, la base). */
  stopPhrases: string[];
  /** Generic concepts (DeFi, NFT, Web3) that are never entity names, whatever a data package says. */
  notNames: string[];
  /** All-caps words that are never tickers on their own (CEO, ETF, USD): only `$CASHTAG` can make them one. */
  notTickers: string[];
}
