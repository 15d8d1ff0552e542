/**
 * Messages between the popup and its library worker (a dedicated Web Worker the popup starts; no
 * other context can post to it). A large library is read, searched and listed there, so no task of
 * the popup's own thread grows with the number of highlights; the popup gets the rows in view.
 */
import type { ExportFormat } from '../export/library-file';
import type { MarkdownLabels } from '../export/markdown';
import type { ErrorCode } from '../messaging/protocol';
import type { EntityGroup, FilterChoices, LibraryFilters, LibraryRow } from './library-view';

/**
 * Rows the popup asks for at once, and sent with every view: a few screens' worth (a popup shows
 * about ten), so a new view paints at once and a scroll asks seldom.
 */
export const ROWS_PER_PAGE = 60;

export type WorkerRequest =
  /** Lists the library with these filters and this query; the reply is a `view` with this id. */
  | { type: 'view'; viewId: number; filters: LibraryFilters; query: string }
  /** The rows [from, to) of the view `viewId`, as a `rows` reply. */
  | { type: 'rows'; viewId: number; from: number; to: number }
  | { type: 'export'; exportId: number; format: ExportFormat; labels: MarkdownLabels; now: number; fileId: string };

/** What the popup shows of the whole library (not of one view). */
export interface LibraryOverview {
  articleCount: number;
  highlightCount: number;
  choices: FilterChoices;
  entities: EntityGroup[];
}

export type WorkerReply =
  | { type: 'library'; overview: LibraryOverview }
  /** Whether every document is in the search index (a query is answered either way). */
  | { type: 'index'; complete: boolean }
  /**
   * A view: its row count, each row's kind (1 for an article header, 0 for a highlight: the list
   * estimates heights from it), a stable key per row, and the first page of rows already filled in.
   */
  | { type: 'view'; viewId: number; query: string; count: number; kinds: Uint8Array; keys: Float64Array; first: LibraryRow[] }
  | { type: 'rows'; viewId: number; from: number; rows: LibraryRow[] }
  | { type: 'exported'; exportId: number; name: string; file: Blob }
  /** The library could not be read (no `exportId`) or an export made: the protocol's error code and message. */
  | { type: 'failed'; exportId?: number; code: ErrorCode; message: string };
