/**
 * One Markdown file per saved article, for Obsidian and other note apps: YAML front matter, the
 * article's highlights as quotes with the reader's notes, and links back to the page (with a text
 * fragment that scrolls to each quote). Page text is hostile: it is escaped so it stays text.
 */
import { textFragmentUrl } from '../anchoring/text-fragment';
import type { SavedArticle, StoredHighlight } from '../storage/types';

/** Longest file name stem: well under every file system's limit, even with CJK bytes. */
const MAX_FILE_STEM = 80;

/** Words the export writes itself (headings, labels) in the reader's language. */
export interface MarkdownLabels {
  highlights: string;
  source: string;
  openAtQuote: string;
  note: string;
  kind: Record<StoredHighlight['kind'], string>;
  stance: Record<NonNullable<StoredHighlight['stance']>, string>;
}

/**
 * A YAML scalar: JSON strings are valid YAML and escape everything that could break the block.
 * Bidi controls and zero-width characters are written as `\uXXXX` escapes (YAML reads them back):
 * the value stays exact, and a note app showing the properties shows no reversed or hidden text.
 */
function yaml(value: string | number): string {
  return JSON.stringify(value).replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escapes what Markdown or an HTML-aware renderer would read as markup, and drops invisible controls. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]<>#|~!$%^=]/g, '\\$&')
    // A line that starts like a list item or a numbered list stays a sentence.
    .replace(/^(\s*)([-+]|\d+\.)/, '$1\\$2');
}

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

/** A link target: only http(s) URLs are written, angle-bracketed so spaces and parentheses are safe. */
function linkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return `<${parsed.href.replace(/[<>]/g, encodeURIComponent)}>`;
  } catch {
    return null;
  }
}

function frontMatter(article: SavedArticle, highlights: readonly StoredHighlight[]): string {
  const lines = ['---', `title: ${yaml(article.title)}`, `url: ${yaml(article.url)}`, `key: ${yaml(article.key)}`];
  lines.push(`lang: ${yaml(article.lang)}`);
  if (article.date) lines.push(`published: ${yaml(article.date)}`);
  lines.push(`saved: ${yaml(new Date(article.savedAt).toISOString())}`);
  for (const [field, names] of [
    ['authors', article.authors],
    ['guests', article.guests],
    ['hosts', article.hosts],
  ] as const) {
    if (names.length > 0) lines.push(`${field}: [${names.map(yaml).join(', ')}]`);
  }
  const entities = [...new Set(highlights.flatMap((highlight) => (highlight.entityName ? [highlight.entityName] : [])))];
  if (entities.length > 0) lines.push(`entities: [${entities.map(yaml).join(', ')}]`);
  lines.push('tags: ["techflow"]', '---');
  return lines.join('\n');
}

function highlightSection(article: SavedArticle, highlight: StoredHighlight, labels: MarkdownLabels): string {
  const parts = [quoteBlock(highlight.quote.exact)];
  const facts = [labels.kind[highlight.kind]];
  if (highlight.entityName) facts.push(highlight.symbol ? `${highlight.entityName} (${highlight.symbol})` : highlight.entityName);
  if (highlight.speaker) facts.push(highlight.speaker);
  if (highlight.stance) facts.push(labels.stance[highlight.stance]);
  if (highlight.horizon) facts.push(highlight.horizon.text);
  const target = linkTarget(textFragmentUrl(article.url, highlight.quote));
  const link = target ? ` · [${escapeMarkdown(labels.openAtQuote)}](${target})` : '';
  parts.push(`${facts.map(escapeMarkdown).join(' · ')}${link}`);
  if (highlight.note) parts.push(`**${escapeMarkdown(labels.note)}:** ${escapeMarkdown(highlight.note).replace(/\r?\n/g, '  \n')}`);
  return parts.join('\n\n');
}

/** The Markdown text of one article and its highlights (in page order). */
export function articleToMarkdown(article: SavedArticle, highlights: readonly StoredHighlight[], labels: MarkdownLabels): string {
  const ordered = [...highlights].sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
  const sections = [frontMatter(article, ordered), `# ${escapeMarkdown(article.title)}`];
  if (article.lead) sections.push(quoteBlock(article.lead));
  const source = linkTarget(article.url);
  if (source) sections.push(`${escapeMarkdown(labels.source)}: [TechFlow](${source})`);
  if (ordered.length > 0) {
    sections.push(`## ${escapeMarkdown(labels.highlights)}`);
    // One push per highlight: spreading 146,000 sections as arguments overflows the call stack.
    for (const highlight of ordered) sections.push(highlightSection(article, highlight, labels));
  }
  return `${sections.join('\n\n')}\n`;
}

/** A file name for the article, safe on every system and unique per article key. */
export function markdownFileName(article: Pick<SavedArticle, 'title' | 'articleId' | 'locale'>): string {
  const stem = article.title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = Array.from(stem).slice(0, MAX_FILE_STEM).join('').trim();
  return `${short || 'TechFlow'} (${article.locale} ${article.articleId}).md`;
}
