/**
 * Markdown export of the whole library: one file per article, packed in one zip. A zip is one
 * download the browser never blocks or asks about, where hundreds of separate downloads would be,
 * and it unpacks straight into an Obsidian vault folder.
 */
import { strToU8, zipSync } from 'fflate';
import type { LibraryRecords } from '../storage/queries';
import type { StoredHighlight } from '../storage/types';
import { articleToMarkdown, markdownFileName, type MarkdownLabels } from './markdown';

/** Folder inside the zip, so unpacking never scatters files. */
export const ARCHIVE_FOLDER = 'TechFlow';

export function markdownFiles(records: LibraryRecords, labels: MarkdownLabels): Map<string, string> {
  const byArticle = new Map<string, StoredHighlight[]>();
  for (const highlight of records.highlights) {
    const list = byArticle.get(highlight.articleKey) ?? [];
    list.push(highlight);
    byArticle.set(highlight.articleKey, list);
  }
  const files = new Map<string, string>();
  for (const article of records.articles) {
    files.set(`${ARCHIVE_FOLDER}/${markdownFileName(article)}`, articleToMarkdown(article, byArticle.get(article.key) ?? [], labels));
  }
  return files;
}

export function markdownArchive(records: LibraryRecords, labels: MarkdownLabels, modifiedAt: number): Uint8Array<ArrayBuffer> {
  const entries: Record<string, [Uint8Array, { mtime: number }]> = {};
  for (const [path, text] of markdownFiles(records, labels)) entries[path] = [strToU8(text), { mtime: modifiedAt }];
  // fflate allocates a plain ArrayBuffer, never a shared one.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
