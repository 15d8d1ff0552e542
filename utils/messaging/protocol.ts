/**
 * The one typed protocol between the content script, the popup and the background worker:
 * every message type, who may send it, the schema of its payload and the type of its reply.
 */
import * as v from 'valibot';
import { CHANNEL } from './channel';
import type { ExtractedArticle } from '../extract/types';
import type { DataLossReport, NewHighlight, SavedArticleSummary, StoredHighlight } from '../storage/types';
import type { EntityCard, Tag } from '../tagging/types';
import {
  ArticleBlockSchema,
  ArticleHeadSchema,
  ArticleKeySchema,
  ExtractedArticleSchema,
  HighlightIdSchema,
  MAX_HIGHLIGHTS,
  MAX_PART_BLOCKS,
  MAX_PART_HIGHLIGHTS,
  MAX_PART_TEXT,
  MAX_TEXT,
  NewHighlightSchema,
  SaveIdSchema,
  StoredHighlightSchema,
} from './schemas';

/**
 * Who may send a message: a content script in a TechFlow tab, or one of the extension's own
 * contexts (popup, background worker). Anything else (web pages, other extensions) is refused.
 */
export type SenderRole = 'content' | 'extension-page';

/** Messages handled by the background worker. */
export const backgroundRequests = {
  /**
   * A TechFlow article started loading: get the tagger ready (dictionary, code) for its language
   * while the page loads, so the first `analyse` does not start from cold.
   */
  warmUp: {
    from: ['content'],
    payload: v.object({ lang: v.pipe(v.string(), v.maxLength(20)) }),
  },
  /** Tag an article's text: tokens, companies, claims, and the cards tooltips show for them. */
  analyse: {
    from: ['content'],
    payload: v.object({
      key: ArticleKeySchema,
      lang: v.pipe(v.string(), v.maxLength(20)),
      text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    }),
  },
  /**
   * Whether an article is saved, its stored highlights (of a huge article, only the reader's own
   * and noted ones: see `PAGE_STATE_HIGHLIGHTS`), and where the given entities appear in the library.
   */
  articleState: {
    from: ['content'],
    payload: v.object({
      key: ArticleKeySchema,
      entityIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(5_000)),
    }),
  },
  /** Save (or update) an article with its automatic highlights; never duplicates. */
  saveArticle: {
    from: ['content'],
    payload: v.object({
      article: ExtractedArticleSchema,
      highlights: v.pipe(v.array(NewHighlightSchema), v.maxLength(MAX_HIGHLIGHTS)),
    }),
  },
  /**
   * One part of a save too big for one message (a 5 MB article has ~146,000 highlights): the
   * worker keeps the parts in memory, in order, and writes nothing until `commitSave`. Part 0
   * carries the article without its text and blocks; later parts carry text, blocks or highlights.
   */
  stageSave: {
    from: ['content'],
    payload: v.object({
      saveId: SaveIdSchema,
      part: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
      article: v.optional(ArticleHeadSchema),
      text: v.optional(v.pipe(v.string(), v.maxLength(MAX_PART_TEXT))),
      blocks: v.optional(v.pipe(v.array(ArticleBlockSchema), v.maxLength(MAX_PART_BLOCKS))),
      highlights: v.optional(v.pipe(v.array(NewHighlightSchema), v.maxLength(MAX_PART_HIGHLIGHTS))),
    }),
  },
  /**
   * Writes a save sent in parts in one transaction, once the totals match what arrived: the whole
   * article with every highlight, or nothing. Parts lost with a stopped worker give `not-found`.
   */
  commitSave: {
    from: ['content'],
    payload: v.object({
      saveId: SaveIdSchema,
      parts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_001)),
      textLength: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT)),
      blockCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
      highlightCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  },
  /** Undo a save that created the article: removes it and its highlights. */
  unsaveArticle: {
    from: ['content'],
    payload: v.object({ key: ArticleKeySchema }),
  },
  /** Add a reader's highlight; saves the article first if it is not saved yet. */
  addHighlight: {
    from: ['content'],
    payload: v.object({ article: ExtractedArticleSchema, highlight: NewHighlightSchema }),
  },
  updateHighlight: {
    from: ['content', 'extension-page'],
    payload: v.object({
      id: HighlightIdSchema,
      note: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
    }),
  },
  deleteHighlight: {
    from: ['content', 'extension-page'],
    payload: v.object({ id: HighlightIdSchema }),
  },
  /** Put back a deleted highlight exactly as it was (undo). */
  restoreHighlight: {
    from: ['content', 'extension-page'],
    payload: v.object({ highlight: StoredHighlightSchema }),
  },
  deleteArticle: {
    from: ['extension-page'],
    payload: v.object({ key: ArticleKeySchema }),
  },
  /** Put back an article and its highlights from the snapshot `deleteArticle` returned (undo). */
  restoreArticle: {
    from: ['extension-page'],
    payload: v.object({ snapshotId: v.pipe(v.string(), v.maxLength(100)) }),
  },
  importLibrary: {
    from: ['extension-page'],
    payload: v.object({ json: v.pipe(v.string(), v.maxLength(200_000_000)) }),
  },
  /** Open a saved article in a tab, scrolled to a highlight. */
  openArticle: {
    from: ['extension-page'],
    payload: v.object({ key: ArticleKeySchema, highlightId: v.optional(HighlightIdSchema) }),
  },
  /** The library's health for the popup: a data loss the reader has not been told about yet. */
  libraryStatus: { from: ['extension-page'], payload: v.object({}) },
  /** The reader has seen the data-loss report. */
  acknowledgeDataLoss: { from: ['extension-page'], payload: v.object({}) },
} as const satisfies Record<string, { from: readonly SenderRole[]; payload: v.GenericSchema }>;

/** Messages handled by the content script of a TechFlow tab. */
export const contentRequests = {
  /** Save the article shown in this tab (toolbar button, keyboard shortcut, context menu). */
  savePage: { from: ['extension-page'], payload: v.object({}) },
  /** Scroll to a highlight and flash it. */
  showHighlight: { from: ['extension-page'], payload: v.object({ highlightId: HighlightIdSchema }) },
} as const satisfies Record<string, { from: readonly SenderRole[]; payload: v.GenericSchema }>;

export interface EntityLibraryStats {
  articleCount: number;
  /** A few of those articles, newest first, for links in the tooltip. */
  articles: Array<{ key: string; title: string; url: string }>;
}

export interface BackgroundResponses {
  /** `started` is false when the tagger was already warm for that language. */
  warmUp: { started: boolean };
  analyse: { tags: Tag[]; entities: EntityCard[] };
  articleState: {
    saved: SavedArticleSummary | null;
    highlights: StoredHighlight[];
    /** Keyed by entity id; counts other saved articles only. */
    entityStats: Record<string, EntityLibraryStats>;
  };
  saveArticle: { saved: SavedArticleSummary; created: boolean; highlights: StoredHighlight[] };
  /** `received`: how many parts the worker holds for this save. */
  stageSave: { received: number };
  /** As `saveArticle`, but `highlights` are only the reader's own: the automatic ones of a huge article would be one enormous reply. */
  commitSave: { saved: SavedArticleSummary; created: boolean; highlights: StoredHighlight[] };
  unsaveArticle: { removed: boolean };
  addHighlight: { highlight: StoredHighlight; saved: SavedArticleSummary; createdArticle: boolean };
  updateHighlight: { highlight: StoredHighlight };
  deleteHighlight: { highlight: StoredHighlight };
  restoreHighlight: { highlight: StoredHighlight };
  deleteArticle: { snapshotId: string };
  restoreArticle: { restored: boolean };
  importLibrary: { articles: number; highlights: number };
  openArticle: { tabId: number };
  libraryStatus: { dataLoss: DataLossReport | null };
  acknowledgeDataLoss: { acknowledged: true };
}

export interface ContentResponses {
  savePage: { saved: SavedArticleSummary } | { notArticle: true };
  showHighlight: { shown: boolean };
}

export type BackgroundRequestType = keyof typeof backgroundRequests;
export type ContentRequestType = keyof typeof contentRequests;
export type BackgroundPayload<T extends BackgroundRequestType> = v.InferOutput<
  (typeof backgroundRequests)[T]['payload']
>;
export type ContentPayload<T extends ContentRequestType> = v.InferOutput<
  (typeof contentRequests)[T]['payload']
>;

/** Errors a reader can meet; each has a localised message in the UI. */
export type ErrorCode =
  | 'invalid-message'
  | 'forbidden'
  | 'not-found'
  | 'storage-unavailable'
  | 'quota-exceeded'
  | 'extension-reloaded'
  | 'internal';

export type Reply<R> = { ok: true; value: R } | { ok: false; error: { code: ErrorCode; message: string } };

export { CHANNEL };

export interface Envelope<T extends string = string> {
  channel: typeof CHANNEL;
  type: T;
  payload: unknown;
}

// Compile-time checks that the runtime schemas produce the documented types.
type Assignable<A, B extends A> = B;
export type _ArticleSchemaMatches = Assignable<ExtractedArticle, v.InferOutput<typeof ExtractedArticleSchema>>;
export type _HighlightSchemaMatches = Assignable<NewHighlight, v.InferOutput<typeof NewHighlightSchema>>;
export type _StoredHighlightSchemaMatches = Assignable<
  StoredHighlight,
  v.InferOutput<typeof StoredHighlightSchema>
>;
