/** The file an export of the library downloads, in each format the popup offers: name, type and content. */
import type { LibraryRecords } from '../storage/queries';
import { highlightsToCsv } from './csv';
import type { MarkdownLabels } from './markdown';
import { markdownArchive } from './markdown-archive';
import { serialiseLibraryExport } from './web-annotation';

export type ExportFormat = 'markdown' | 'json' | 'csv';

export interface ExportFile {
  name: string;
  type: string;
  data: Uint8Array<ArrayBuffer> | string;
}

/** `fileId` names the JSON collection (a UUID); `now` dates the file name and the archive entries. */
export function libraryExportFile(records: LibraryRecords, format: ExportFormat, labels: MarkdownLabels, now: number, fileId: string): ExportFile {
  const stem = `techflow-library-${new Date(now).toISOString().slice(0, 10)}`;
  switch (format) {
    case 'markdown':
      return { name: `${stem}.zip`, type: 'application/zip', data: markdownArchive(records, labels, now) };
    case 'json':
      return { name: `${stem}.json`, type: 'application/ld+json', data: serialiseLibraryExport(records, now, fileId) };
    case 'csv':
      return { name: `${stem}.csv`, type: 'text/csv', data: highlightsToCsv(records.articles, records.highlights) };
  }
}
