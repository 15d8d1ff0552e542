/**
 * TechFlow's article addresses: which URLs are articles or newsflashes, in every URL form the
 * site has used, and the canonical key that makes the same article under different forms one.
 */
import { SITE_LOCALES, type ArticleAddress, type ArticleKind, type SiteLocale, type UrlForm } from './types';

/** Hosts the site answers on; any port is accepted because tests serve the site on a local port. */
const TECHFLOW_HOSTS: ReadonlySet<string> = new Set(['techflowpost.com', 'www.techflowpost.com']);

/** The edition the no-locale URL forms show: the site's original Chinese edition. */
const DEFAULT_LOCALE: SiteLocale = 'zh-CN';

/** Prefix of every canonical key, so keys from a second site adapter can never collide. */
const KEY_PREFIX = 'techflow';

/**
 * Path of an article in any form: optional locale, the section (`article`, `newsletter`, or the
 * oldest `express`), then the id, bare or as the ASP.NET site's `detail_{id}.html`.
 */
const ARTICLE_PATH = /^\/(?:([A-Za-z]{2}(?:-[A-Za-z]{2})?)\/)?(article|newsletter|express)\/(detail_)?(\d{1,12})(?:\.html)?\/?$/;

/** Locales by their lower-case spelling, plus the bare language codes a hand-typed URL may use. */
const LOCALE_BY_SPELLING: ReadonlyMap<string, SiteLocale> = new Map<string, SiteLocale>([
  ...SITE_LOCALES.map((locale) => [locale.toLowerCase(), locale] as const),
  ['zh', 'zh-CN'],
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
  ['ja', 'ja-JP'],
  ['ko', 'ko-KR'],
  ['vi', 'vi-VN'],
]);

export function isTechFlowUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && TECHFLOW_HOSTS.has(url.hostname);
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Canonical key of an article. No-locale forms are the zh-CN edition, so `/article/1` and
 * `/zh-CN/article/1` share a key; other locales are separate translations with their own key.
 * `/express/{id}` and `/newsletter/detail_{id}.html` are newsflashes, in the same id space as
 * `/{locale}/newsletter/{id}`.
 */
export function articleKey(kind: ArticleKind, locale: SiteLocale, id: string): string {
  return `${KEY_PREFIX}:${locale}:${kind}:${id}`;
}

function canonicalArticleUrl(kind: ArticleKind, locale: SiteLocale, id: string): string {
  return `https://www.techflowpost.com/${locale}/${kind}/${id}`;
}

/** The article a URL points to, or null for list pages, other pages and other sites. Never throws. */
export function parseArticleUrl(input: string | URL): ArticleAddress | null {
  const url = toUrl(input);
  if (!url || !isTechFlowUrl(url)) return null;
  const match = ARTICLE_PATH.exec(url.pathname);
  if (!match) return null;
  const [, localeSpelling, section, detailPrefix, digits] = match;
  if (!section || !digits) return null;

  let locale: SiteLocale = DEFAULT_LOCALE;
  if (localeSpelling !== undefined) {
    const known = LOCALE_BY_SPELLING.get(localeSpelling.toLowerCase());
    if (!known) return null;
    locale = known;
  }
  const kind: ArticleKind = section === 'article' ? 'article' : 'newsletter';
  const id = digits.replace(/^0+(?=\d)/, '');
  const urlForm: UrlForm = detailPrefix
    ? 'legacy-detail'
    : section === 'express'
      ? 'legacy-express'
      : localeSpelling !== undefined
        ? 'localised'
        : 'alias';
  return {
    key: articleKey(kind, locale, id),
    id,
    kind,
    locale,
    urlForm,
    canonicalUrl: canonicalArticleUrl(kind, locale, id),
  };
}
