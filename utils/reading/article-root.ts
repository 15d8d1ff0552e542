/** Which live element holds the article: the root of the text index every position is measured in. */
import type { PageHints } from '../site/adapter';

/**
 * The site's article container when it holds the body (title, lead and body together, so tags in
 * any of them can be drawn), else the body's parent, else the document body.
 */
export function findArticleRoot(doc: Document, hints: PageHints): Element | null {
  const body = doc.querySelector(hints.body);
  const container = doc.querySelector(hints.container);
  if (container && (!body || container.contains(body))) return container;
  if (body) return body.parentElement ?? body;
  return doc.body;
}
