/**
 * Extraction: from a live page to an `ExtractedArticle`, or a clear reason why the page is not one.
 * Readability reads a clone; its result is checked against the site's body element, which is the
 * fallback when Readability finds nothing or something else. Never throws, never changes the page.
 */
import { isHttpUrl } from '../messaging/schemas';
import type { ArticleDetection, SiteAdapter } from '../site/adapter';
import { adapterForUrl } from '../site';
import { dateLine, type WrittenDate, writtenDate } from './dates';
import { articleLanguage } from './language';
import { collectLines, LineCollector, type Line } from './lines';
import { applyMeta, emptyMeta, parseMetaLine, type CollectedMeta } from './meta-lines';
import { findPageParts, readPageMeta, type PageMeta, type PageParts } from './page-meta';
import { readWithReadability, type ReadabilityResult } from './readability-pass';
import { structureArticle } from './structure';
import { collapsedLength, collapseWhitespace, contentLength } from './text';
import type { ExtractedArticle, ExtractionResult, NotArticleReason } from './types';

/** Readability's text must hold at least this share of the body element's text to be trusted. */
const MIN_BODY_COVERAGE = 0.9;
/** …and at most this multiple of it (plus the allowance): more means it took in page furniture. */
const MAX_BODY_OVERRUN = 1.3;
/** Characters of title, lead and credit lines Readability may add around the body. */
const OVERRUN_ALLOWANCE = 600;
/** Without a body element, Readability's text must be at least this long (CJK characters count 3). */
const MIN_ARTICLE_LENGTH = 150;

const REASON_MESSAGES: Readonly<Record<NotArticleReason, string>> = {
  'not-article-url': 'This address is not a TechFlow article or newsflash.',
  'challenge-page': 'This is the site’s bot check, not the article; the article loads after it.',
  'not-found': 'The site says this article does not exist.',
  'no-content': 'No article text was found on this page.',
};

function refuse(reason: NotArticleReason): ExtractionResult {
  return { ok: false, reason, message: REASON_MESSAGES[reason] };
}

function totalLength(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + line.text.length, 0);
}

/** Whether Readability's lines are the article: they hold the body element's text and not much else. */
function trustReadability(lines: readonly Line[], body: Element | null): boolean {
  const length = totalLength(lines);
  if (!body) return contentLength(lines.map((line) => line.text).join('')) >= MIN_ARTICLE_LENGTH;
  const bodyLength = collapsedLength(body.textContent ?? '');
  return length >= bodyLength * MIN_BODY_COVERAGE && length <= bodyLength * MAX_BODY_OVERRUN + OVERRUN_ALLOWANCE;
}

/** Credits and a bare date from the lines around the body. */
function readOutsideLines(page: PageMeta, adapter: SiteAdapter, meta: CollectedMeta): WrittenDate | undefined {
  let found: WrittenDate | undefined;
  for (const line of page.outsideLines) {
    const entries = parseMetaLine(line.text, adapter.text, line.href);
    if (entries) {
      for (const entry of entries) if (entry.field !== 'intro') applyMeta(meta, entry, line.href);
      continue;
    }
    const date = dateLine(line.text);
    if (date) found ??= { date, text: line.text };
  }
  return found;
}

/** What reading the live page gives the cleanup: everything after it works on copies. */
interface PageReading {
  detection: Extract<ArticleDetection, { isArticle: true }>;
  parts: PageParts;
  page: PageMeta;
  read: ReadabilityResult | null;
}

/** The first half of an extraction: detection, the page's metadata, and (unless told not to) Readability on a clone. */
function readPage(doc: Document, url: string, adapter: SiteAdapter, readability = true): PageReading | ExtractionResult {
  const detection = adapter.detectArticle(doc, url);
  if (!detection.isArticle) return refuse(detection.reason);
  const parts = findPageParts(doc, adapter);
  const page = readPageMeta(doc, adapter, parts);
  return { detection, parts, page, read: readability ? readWithReadability(doc, parts.container) : null };
}

/** The second half: Readability's lines checked against the body element (the fallback), then the site's cleanup. */
function cleanUp(doc: Document, url: string, adapter: SiteAdapter, { detection, parts, page, read }: PageReading): ExtractionResult {
  let method: ExtractedArticle['method'] = 'readability';
  let lines = read ? collectLines(read.root) : [];
  if (!read || !trustReadability(lines, parts.body)) {
    if (!parts.body) return refuse('no-content');
    lines = collectLines(parts.body, { skip: adapter.page.chrome });
    method = 'body-selector';
  }
  return assemble({ doc, url, adapter, detection, page, lines, method, read });
}

function isResult(value: PageReading | ExtractionResult): value is ExtractionResult {
  return 'ok' in value;
}

function extract(doc: Document, url: string, adapter: SiteAdapter, readability = true): ExtractionResult {
  const reading = readPage(doc, url, adapter, readability);
  return isResult(reading) ? reading : cleanUp(doc, url, adapter, reading);
}

interface Collected {
  doc: Document;
  url: string;
  adapter: SiteAdapter;
  detection: Extract<ArticleDetection, { isArticle: true }>;
  page: PageMeta;
  lines: Line[];
  method: ExtractedArticle['method'];
  read: ReadabilityResult | null;
}

/** From the body's lines to the article: the site's cleanup, metadata and dates. */
function assemble({ doc, url, adapter, detection, page, lines, method, read }: Collected): ExtractionResult {
  const meta = emptyMeta();
  const outsideDate = readOutsideLines(page, adapter, meta);
  const rawTitle = page.title ?? read?.title ?? doc.title;
  const title = collapseWhitespace(adapter.text.stripTitleSuffix(rawTitle));
  const structured = structureArticle({ lines, title, lead: page.lead, rules: adapter.text, meta });
  if (!structured.blocks.some((block) => block.type !== 'quote' && block.type !== 'heading')) return refuse('no-content');

  const pageDate = page.published ?? writtenDate(read?.publishedTime) ?? outsideDate ?? structured.headerDate;

  const article: ExtractedArticle = {
    url,
    key: detection.address.key,
    title,
    authors: meta.authors,
    editors: meta.editors,
    translators: meta.translators,
    compilers: meta.compilers,
    guests: meta.guests,
    hosts: meta.hosts,
    lang: articleLanguage(page.lang, detection.address.locale, structured.text),
    blocks: structured.blocks,
    text: structured.text,
    method,
  };
  if (structured.lead) article.lead = structured.lead;
  if (meta.originalTitle) article.originalTitle = meta.originalTitle;
  if (meta.source) article.source = meta.source;
  // Addresses from page data are kept only when they are web addresses (a `javascript:` link, a `data:` image never).
  if (meta.sourceUrl && isHttpUrl(meta.sourceUrl)) article.sourceUrl = meta.sourceUrl;
  if (meta.dateText) {
    article.dateText = meta.dateText;
    if (meta.date) article.date = meta.date;
  } else if (pageDate) {
    article.dateText = pageDate.text;
    article.date = pageDate.date;
  }
  if (page.coverUrl && isHttpUrl(page.coverUrl)) article.coverUrl = page.coverUrl;
  return { ok: true, article };
}

export interface ExtractOptions {
  /** The site adapter to use; by default the one that handles `url`. */
  adapter?: SiteAdapter;
}

/**
 * Body text (characters) from which an article is huge: Readability would hold the page's main
 * thread in one task for about 200 ms per megabyte, so the body element is read in slices instead.
 * Twenty times the longest real TechFlow article (a long podcast transcript, about 60,000
 * characters), and above the one-megabyte-paragraph fixture, which keeps Readability's reading.
 */
export const HUGE_ARTICLE_CHARS = 1_200_000;

/** Whether `element` holds at least `limit` characters of text; reads no more than about that many. */
export function holdsTextAtLeast(element: Element, limit: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).length;
    if (length >= limit) return true;
  }
  return false;
}

export interface SlicedExtractOptions extends ExtractOptions {
  /** Runs `step(deadline)` until it returns true, letting the page run in between; false if it gave up. */
  runInSlices(step: (deadline: number) => boolean): Promise<boolean>;
  /** Body size from which the article is read in slices (tests lower it). */
  hugeChars?: number;
  /**
   * When given, an ordinary article is extracted in two tasks: the page runs between Readability
   * and the cleanup (each is about half of the work), so neither half is a long task. Resolves
   * false when the extraction should give up (the tab moved on).
   */
  nextTask?(): Promise<boolean>;
}

/**
 * `extractArticle`, except that a huge article (see `HUGE_ARTICLE_CHARS`) is read from the site's
 * body element in slices, without Readability: the same article shape, cleanup and metadata, and no
 * long task. Other pages get exactly what `extractArticle` gives: at once, or with `nextTask` a
 * promise of it. A promise resolves to null when the extraction gave up (the tab moved on). Never
 * throws and never changes `doc`.
 */
export function extractArticleInSlices(
  doc: Document,
  url: string,
  options: SlicedExtractOptions,
): ExtractionResult | Promise<ExtractionResult | null> {
  const adapter = options.adapter ?? adapterForUrl(url);
  if (!adapter) return refuse('not-article-url');
  let parts: PageParts;
  try {
    parts = findPageParts(doc, adapter);
    if (!parts.body || !holdsTextAtLeast(parts.body, options.hugeChars ?? HUGE_ARTICLE_CHARS)) {
      return options.nextTask ? extractInTwoTasks(doc, url, adapter, options.nextTask) : extractArticle(doc, url, { adapter });
    }
  } catch {
    return refuse('no-content');
  }
  return extractHuge(doc, url, adapter, parts, parts.body, options.runInSlices);
}

/** `extractArticle` with the page let run between reading the page and the cleanup; null if it gave up. */
async function extractInTwoTasks(
  doc: Document,
  url: string,
  adapter: SiteAdapter,
  nextTask: () => Promise<boolean>,
): Promise<ExtractionResult | null> {
  let reading: PageReading | ExtractionResult;
  try {
    reading = readPage(doc, url, adapter);
  } catch {
    return refuse('no-content');
  }
  if (isResult(reading)) return reading;
  if (!(await nextTask())) return null;
  try {
    return cleanUp(doc, url, adapter, reading);
  } catch {
    return refuse('no-content');
  }
}

async function extractHuge(
  doc: Document,
  url: string,
  adapter: SiteAdapter,
  parts: PageParts,
  body: Element,
  slices: SlicedExtractOptions['runInSlices'],
): Promise<ExtractionResult | null> {
  try {
    const detection = adapter.detectArticle(doc, url);
    if (!detection.isArticle) return refuse(detection.reason);
    const page = readPageMeta(doc, adapter, parts);
    const collector = new LineCollector(body, { skip: adapter.page.chrome });
    if (!(await slices((deadline) => collector.step(deadline, () => performance.now())))) return null;
    return assemble({ doc, url, adapter, detection, page, lines: collector.finish(), method: 'body-selector', read: null });
  } catch {
    return refuse('no-content');
  }
}

/**
 * The article from the site's body element alone, with the same cleanup and metadata, without
 * Readability: what the fallback gives. The content script draws from it on a well-formed article
 * page (see `isWellFormedArticlePage`), where it places every mention exactly as Readability's
 * article does, so Readability can leave the path to the first drawing. Never throws, never changes `doc`.
 */
export function extractFromBody(doc: Document, url: string, options: ExtractOptions = {}): ExtractionResult {
  const adapter = options.adapter ?? adapterForUrl(url);
  if (!adapter) return refuse('not-article-url');
  try {
    // Without Readability's reading, the cleanup takes the body element's lines (its fallback).
    return extract(doc, url, adapter, false);
  } catch {
    return refuse('no-content');
  }
}

/** Extracts the article of a live page at `url`. Never throws and never changes `doc`. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractionResult {
  const adapter = options.adapter ?? adapterForUrl(url);
  if (!adapter) return refuse('not-article-url');
  try {
    return extract(doc, url, adapter);
  } catch {
    return refuse('no-content');
  }
}
