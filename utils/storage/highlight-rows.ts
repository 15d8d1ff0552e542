/**
 * Each article's highlights are stored as one row (`ArticleHighlights`); these build such rows and
 * read highlights back out of them, so every writer keeps the row's order and indexes right.
 */
import type { ArticleHighlights, StoredHighlight } from './types';

/** Page order: by start, then end; highlights at the same place keep the order they came in. */
export function inPageOrder(highlights: readonly StoredHighlight[]): StoredHighlight[] {
  return [...highlights].sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
}

/** The row holding `highlights` (all of one article), with its index fields filled in. */
export function highlightRow(articleKey: string, highlights: readonly StoredHighlight[]): ArticleHighlights {
  const ordered = inPageOrder(highlights);
  const entityIds = new Set<string>();
  for (const highlight of ordered) if (highlight.entityId) entityIds.add(highlight.entityId);
  return { articleKey, highlights: ordered, highlightIds: ordered.map((highlight) => highlight.id), entityIds: [...entityIds] };
}

/** Groups highlights by article into rows (the v1 → v2 upgrade). */
export function highlightRowsOf(highlights: readonly StoredHighlight[]): ArticleHighlights[] {
  const byArticle = new Map<string, StoredHighlight[]>();
  for (const highlight of highlights) {
    const list = byArticle.get(highlight.articleKey);
    if (list) list.push(highlight);
    else byArticle.set(highlight.articleKey, [highlight]);
  }
  return [...byArticle].map(([articleKey, list]) => highlightRow(articleKey, list));
}

/** Every highlight held by the rows, article by article. */
export function highlightsIn(rows: ReadonlyArray<ArticleHighlights | undefined>): StoredHighlight[] {
  return rows.flatMap((row) => row?.highlights ?? []);
}
