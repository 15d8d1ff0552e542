/** The shape of an extracted TechFlow article: what every later stage (tagging, saving, anchoring) reads. */

export type BlockType = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'speaker-label';

export interface ArticleBlock {
  type: BlockType;
  /** Text of the block with whitespace collapsed, exactly as it appears in `ExtractedArticle.text`. */
  text: string;
  /** UTF-16 offsets of this block inside `ExtractedArticle.text`. */
  start: number;
  end: number;
  /** Who says this paragraph, for transcript turns (carried until the next turn). */
  speaker?: string;
  /** Heading level 1–6 for `heading` blocks. */
  level?: number;
  /** Text of the heading of the section this block belongs to, if any. */
  section?: string;
}

export interface ArticleMeta {
  title: string;
  /**
   * The pull quote (`div.quote`, or the editor's "深潮导读" intro on pages without one). It is also
   * the first block (type `quote`), so it is tagged and highlighted where the page shows it; its
   * repeats in the body are removed.
   */
  lead?: string;
  authors: string[];
  editors: string[];
  translators: string[];
  /** "整理 & 编译", "Préparation et traduction", "Compiled by". */
  compilers: string[];
  guests: string[];
  hosts: string[];
  originalTitle?: string;
  source?: string;
  sourceUrl?: string;
  /** ISO date (YYYY-MM-DD) of publication or broadcast when the page or text gives one. */
  date?: string;
  /** The date as written in the page. */
  dateText?: string;
  /** BCP 47 language tag of the text: zh-CN, zh-TW, en, fr, ja, ko, vi. */
  lang: string;
  coverUrl?: string;
}

export interface ExtractedArticle extends ArticleMeta {
  url: string;
  /** Canonical article key from the site adapter. */
  key: string;
  blocks: ArticleBlock[];
  /** Blocks' texts joined with `BLOCK_SEPARATOR`; offsets of tags and blocks refer to this. */
  text: string;
  /** Which route produced the body: Readability's article, or the site's body element when Readability's was not it. */
  method: 'readability' | 'body-selector';
}

/** Blocks are separated by a blank line so sentence and paragraph boundaries survive in plain text. */
export const BLOCK_SEPARATOR = '\n\n';

export type NotArticleReason = 'not-article-url' | 'challenge-page' | 'not-found' | 'no-content';

export type ExtractionResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: NotArticleReason; message: string };
