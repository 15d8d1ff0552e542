/**
 * The one interface every site adapter implements: how to recognise its articles from the URL and
 * the DOM, where its article parts usually are, and which lines of its text are boilerplate or
 * metadata. Extraction is written against this interface, so a second site is a new adapter file.
 */
import type { NotArticleReason } from '../extract/types';
import type { ArticleAddress } from './types';

export type ArticleDetection =
  | { isArticle: true; address: ArticleAddress }
  | { isArticle: false; reason: NotArticleReason; address: ArticleAddress | null };

/** CSS selectors for the parts of an article page. Strong hints only: any of them may be missing. */
export interface PageHints {
  /** The article's title element. */
  title: string;
  /** The element holding title, lead, author lines, cover and body. */
  container: string;
  /** The element holding the article text alone. */
  body: string;
  /** The pull quote shown above the body. */
  lead: string;
  /** Elements never part of the article (share buttons, related lists), skipped by the body fallback. */
  chrome: string;
}

/** Metadata a header or footer line can carry ("作者：X", "Date de diffusion : …"). */
export type MetaField =
  | 'authors'
  | 'editors'
  | 'translators'
  | 'compilers'
  | 'guests'
  | 'hosts'
  | 'originalTitle'
  | 'source'
  | 'sourceUrl'
  | 'date'
  | 'intro';

/** What the site's text looks like: which lines are metadata, boilerplate or structure. */
export interface TextRules {
  /**
   * A metadata line: a label (group 1, e.g. `编辑`, `Date de diffusion`), a separator, then the
   * value (group 2). Only lines with a value match, so `主持人：` alone stays a speaker label.
   */
  metaLine: RegExp;
  /** A second label inside a value ("作者：X 编辑：Y"), preceded by a space; group 1 is the label. */
  nextMetaLabel: RegExp;
  /** The field a matched label fills, or undefined for an unknown label. */
  metaField(label: string): MetaField | undefined;
  /** Lines that are only the site's branding ("TechFlow Selected 深潮精选"), dropped where they stand. */
  brandingLine: RegExp;
  /** Interface text that leaks into the text (share, poster buttons), dropped where it stands. */
  interfaceLine: RegExp;
  /** The first line of the footer boilerplate: it and everything after it are cut. */
  footerStart: RegExp;
  /** The site's own newsflash by-line at the start of a newsflash ("深潮 TechFlow 消息，"). */
  newsflashPrefix: RegExp;
  /** Headings of summary sections, whose paragraphs are the editor's words, not a speaker's. */
  summaryHeading: RegExp;
  /** Role words that introduce a host's turn ("主持人", "Host"). */
  hostRole: RegExp;
  /** Role words that introduce a guest's turn ("嘉宾", "Guest"). */
  guestRole: RegExp;
  /** Words that end with a colon but never name a speaker ("注", "Note"). */
  notSpeaker: RegExp;
  /** Suffix the site adds to document titles (" - 深潮 TechFlow"). */
  titleSuffix: RegExp;
}

export interface SiteAdapter {
  /** Short name used in logs and keys. */
  readonly name: string;
  /** Whether pages at this URL belong to the site at all (articles or not). */
  handlesUrl(url: URL): boolean;
  /** The article a URL points to, or null. Never throws. */
  parseArticleUrl(url: string | URL): ArticleAddress | null;
  /** Whether the document at this URL is an article, confirmed by the DOM. Never throws. */
  detectArticle(doc: Document, url: string | URL): ArticleDetection;
  readonly page: PageHints;
  readonly text: TextRules;
}
