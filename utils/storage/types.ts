/** Records kept in the library (IndexedDB via Dexie). Selectors follow the W3C Web Annotation Data Model. */
import type { ExtractedArticle } from '../extract/types';
import type { ArticleKind, SiteLocale } from '../site/types';
import type { Horizon, Stance } from '../tagging/types';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets into the live page's article text (see utils/anchoring). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type HighlightKind = 'token' | 'company' | 'claim' | 'note';
export type HighlightOrigin = 'auto' | 'user';

/** A highlight as the content script describes it, before the library gives it an id. */
export interface NewHighlight {
  kind: HighlightKind;
  origin: HighlightOrigin;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  entityId?: string;
  entityName?: string;
  symbol?: string;
  speaker?: string;
  stance?: Stance;
  horizon?: Horizon;
  subjects?: string[];
  note?: string;
}

export interface StoredHighlight extends NewHighlight {
  /** Random UUID. */
  id: string;
  articleKey: string;
  createdAt: number;
  updatedAt: number;
}

export interface SavedArticle extends ExtractedArticle {
  articleId: string;
  kind: ArticleKind;
  locale: SiteLocale;
  savedAt: number;
  updatedAt: number;
}

/** What lists and tooltips need of a saved article, without its text. */
export interface SavedArticleSummary {
  key: string;
  url: string;
  title: string;
  lang: string;
  savedAt: number;
  updatedAt: number;
  highlightCount: number;
}

/**
 * A row of the `articles` table: the saved article without its body. Bodies (text and blocks,
 * up to megabytes) live in `bodies`, so lists, counts and the popup never load them.
 */
export type ArticleRecord = Omit<SavedArticle, 'text' | 'blocks'> & {
  /** Length of the body text, for display and sanity checks without loading it. */
  textLength: number;
  /** Highlights of the article, kept up to date by every write so lists never count them. */
  highlightCount: number;
};

/** A row of the `bodies` table: the extracted text and structure of one saved article. */
export interface ArticleBody {
  key: string;
  text: string;
  blocks: SavedArticle['blocks'];
}

/**
 * A row of the `articleHighlights` table (schema v2): every highlight of one saved article, in page
 * order. IndexedDB's cost is per record, so an article's 500 highlights are one write and one read,
 * not 500 (library bench, Chromium: a new 500-highlight save costs ~23 ms of Chromium CPU this way,
 * ~69 ms as 500 records). Articles without a highlight have no row.
 */
export interface ArticleHighlights {
  articleKey: string;
  highlights: StoredHighlight[];
  /** The highlights' ids, indexed: a highlight is found from its id alone. */
  highlightIds: string[];
  /** Entities the highlights mark (`entityId`), indexed for "also in N saved articles". */
  entityIds: string[];
}

/** What `deleteArticle` keeps so the deletion can be undone. */
export interface DeletedArticleSnapshot {
  id: string;
  deletedAt: number;
  article: SavedArticle;
  highlights: StoredHighlight[];
}

/** Identity of one physical database, written when it is created; the data-loss check compares it. */
export interface LibraryInstance {
  key: 'instance';
  id: string;
  createdAt: number;
}

/** Outcome of the data-loss check: null when the library is what it was last seen to be. */
export interface DataLossReport {
  /** Articles the library held when it was last written. */
  expectedArticles: number;
  /** Articles it holds now. */
  foundArticles: number;
  /** When the library was last seen holding them. */
  lastSeenAt: number;
}
