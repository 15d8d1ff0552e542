/**
 * What the page says about its article outside the body: title, pull quote, cover, language, the
 * grey credit lines and date around the body, and the date in the page's own metadata.
 */
import type { SiteAdapter } from '../site/adapter';
import { type WrittenDate, writtenDate } from './dates';
import { collectLines, type Line } from './lines';
import { collapseWhitespace } from './text';

export interface PageParts {
  /** The element holding the article text, when the site's selector finds it. */
  body: Element | null;
  /** The element holding title, lead, credits and body. */
  container: Element | null;
}

export interface PageMeta {
  title?: string;
  lead?: string;
  coverUrl?: string;
  lang?: string;
  /** Lines around the body inside the container (credits, date), for metadata only. */
  outsideLines: Line[];
  /** Publication date from the page's metadata or a date element. */
  published?: WrittenDate;
}

/** Locates the article's parts; the container is the one around the body when there is a body. */
export function findPageParts(doc: Document, adapter: SiteAdapter): PageParts {
  const body = doc.querySelector(adapter.page.body);
  const container = body ? body.closest(adapter.page.container) : doc.querySelector(adapter.page.container);
  return { body, container };
}

function text(element: Element | null | undefined): string | undefined {
  const value = element ? collapseWhitespace(element.textContent ?? '') : '';
  return value || undefined;
}

function metaContent(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value || undefined;
}

function absolute(url: string | null | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** `datePublished` of the page's JSON-LD, if any script declares one. */
function jsonLdPublished(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function pagePublished(doc: Document, scope: ParentNode): WrittenDate | undefined {
  const candidates: Array<() => string | undefined> = [
    () => metaContent(doc, 'meta[property="article:published_time"]'),
    () => metaContent(doc, 'meta[itemprop="datePublished"]'),
    () => scope.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    () => jsonLdPublished(doc),
  ];
  for (const candidate of candidates) {
    const found = writtenDate(candidate());
    if (found) return found;
  }
  return undefined;
}

export function readPageMeta(doc: Document, adapter: SiteAdapter, parts: PageParts): PageMeta {
  const { body, container } = parts;
  const scope: ParentNode = container ?? doc;
  const title =
    text(scope.querySelector(adapter.page.title)) ??
    text(doc.querySelector(adapter.page.title)) ??
    metaContent(doc, 'meta[property="og:title"]');
  const lead = text(scope.querySelector(adapter.page.lead));
  const cover = Array.from(container?.querySelectorAll('img') ?? []).find(
    (image) => !body?.contains(image) && !image.closest(adapter.page.chrome) && !image.closest('[hidden]'),
  );
  const coverUrl =
    absolute(cover?.getAttribute('src'), doc.baseURI) ?? absolute(metaContent(doc, 'meta[property="og:image"]'), doc.baseURI);
  const skip = [adapter.page.body, adapter.page.lead, adapter.page.title, adapter.page.chrome].join(', ');
  const meta: PageMeta = {
    outsideLines: container ? collectLines(container, { skip, linePerElement: true }) : [],
  };
  if (title) meta.title = title;
  if (lead) meta.lead = lead;
  if (coverUrl) meta.coverUrl = coverUrl;
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) meta.lang = lang;
  const published = pagePublished(doc, scope);
  if (published) meta.published = published;
  return meta;
}
