/** Site adapters, and the lookup from a URL to the adapter that knows its site. */
import type { SiteAdapter } from './adapter';
import type { ArticleAddress } from './types';
import { techflow } from './techflow';

export type { ArticleDetection, SiteAdapter } from './adapter';
export type { ArticleAddress, SiteLocale } from './types';
export { techflow } from './techflow';

const ADAPTERS: readonly SiteAdapter[] = [techflow];

/** The adapter for the site a URL belongs to, or null for sites the extension does not know. */
export function adapterForUrl(input: string | URL): SiteAdapter | null {
  let url: URL;
  try {
    url = input instanceof URL ? input : new URL(input);
  } catch {
    return null;
  }
  return ADAPTERS.find((adapter) => adapter.handlesUrl(url)) ?? null;
}

/** The article a URL points to on any known site, or null. */
export function parseArticleUrl(url: string | URL): ArticleAddress | null {
  return adapterForUrl(url)?.parseArticleUrl(url) ?? null;
}
