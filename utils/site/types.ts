/** What the TechFlow adapter knows about an article from its address alone. */

/** Locales the site's public API lists; a page may use any of them. */
export const SITE_LOCALES = ['zh-CN', 'zh-TW', 'en-US', 'fr-FR', 'ja-JP', 'ko-KR', 'vi-VN'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** Long-form articles and newsflashes (快讯, "newsletter" in current URLs, "express" in the oldest). */
export type ArticleKind = 'article' | 'newsletter';

/** Which generation of the site's URL scheme an address uses. */
export type UrlForm = 'localised' | 'alias' | 'legacy-detail' | 'legacy-express';

export interface ArticleAddress {
  /**
   * Canonical key: the same article under every URL form maps to one key.
   * The no-locale forms are the site's default edition (zh-CN); other locales are
   * separate translations with their own text, so they get their own key.
   */
  key: string;
  id: string;
  kind: ArticleKind;
  /** Locale in the URL, or the default edition's locale for no-locale forms. */
  locale: SiteLocale;
  urlForm: UrlForm;
  /** The current-site URL for this article (`https://www.techflowpost.com/{locale}/{kind}/{id}`). */
  canonicalUrl: string;
}
