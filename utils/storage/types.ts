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
