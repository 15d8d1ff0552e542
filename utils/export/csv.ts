/**
 * Highlights as CSV for spreadsheets: one row per highlight, RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) prefixed with a quote.
 */
import type { SavedArticle, StoredHighlight } from '../storage/types';

/** Byte-order mark: tells Excel the file is UTF-8, so Chinese text opens unmangled. */
const UTF8_BOM = '\ufeff';

export const CSV_COLUMNS = [
  'article_title',
  'article_url',
  'article_lang',
  'kind',
  'origin',
  'entity',
  'symbol',
  'quote',
  'speaker',
  'stance',
  'horizon',
  'note',
  'created_at',
  'updated_at',
] as const;

/** One cell, made inert for spreadsheets and quoted when it holds a separator, quote or line break. */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function row(article: SavedArticle | undefined, highlight: StoredHighlight): string[] {
  return [
    article?.title ?? '',
    article?.url ?? '',
    article?.lang ?? '',
    highlight.kind,
    highlight.origin,
    highlight.entityName ?? highlight.entityId ?? '',
    highlight.symbol ?? '',
    highlight.quote.exact,
    highlight.speaker ?? '',
    highlight.stance ?? '',
    highlight.horizon?.text ?? '',
    highlight.note ?? '',
    new Date(highlight.createdAt).toISOString(),
    new Date(highlight.updatedAt).toISOString(),
  ];
}

export function highlightsToCsv(articles: readonly SavedArticle[], highlights: readonly StoredHighlight[]): string {
  const byKey = new Map(articles.map((article) => [article.key, article]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const highlight of highlights) lines.push(row(byKey.get(highlight.articleKey), highlight).map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
