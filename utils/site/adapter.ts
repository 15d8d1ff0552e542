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

export type SpeakerRole = 'host' | 'guest';

/**
 * What the site's text looks like: which lines are metadata, boilerplate or structure. Predicates
 * rather than regular expressions: the site's phrase lists in seven languages would make regular
 * expressions that cost milliseconds to compile on every page load.
 */
export interface TextRules {
  /** Characters the site writes between a label and its value (`:`, `：`, `|`, `｜`, `丨`). */
  labelSeparators: string;
  /** The metadata field a line's label fills (`编辑` → editors, `Date de diffusion` → date), if any. */
  metaField(label: string): MetaField | undefined;
  /** A line that is only the site's branding ("TechFlow Selected 深潮精选"), dropped where it stands. */
  isBranding(line: string): boolean;
  /** Interface text that leaks into the text (share, poster buttons), dropped where it stands. */
  isInterfaceText(line: string): boolean;
  /** The first line of the footer boilerplate: it and everything after it are cut. */
  startsFooter(line: string): boolean;
  /** Length of the site's newsflash by-line opening a line ("深潮 TechFlow 消息，"), or 0. */
  newsflashBylineLength(line: string): number;
  /** Heading of a summary section, whose paragraphs are the editor's words, not a speaker's. */
  isSummaryHeading(line: string): boolean;
  /** The role word opening a speaker label ("主持人 Jack" → host "Jack", "Host" → host ""), if any. */
  speakerRole(label: string): { role: SpeakerRole; name: string } | null;
  /** Words that end with a colon but never name a speaker ("注", "Note"). */
  isNeverSpeaker(word: string): boolean;
  /** A document title without the suffix the site adds (" - 深潮 TechFlow"). */
  stripTitleSuffix(title: string): string;
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
  /**
   * Whether the page is one of the site's articles exactly as its template renders it, so that the
   * article read from the body element alone is the article Readability gives. Conservative: a
   * false "no" costs only speed. Never throws.
   */
  isWellFormedArticle?(doc: Document): boolean;
  readonly page: PageHints;
  readonly text: TextRules;
}
