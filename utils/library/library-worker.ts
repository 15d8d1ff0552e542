/**
 * The popup's library worker (a dedicated Web Worker): reads the library live from IndexedDB, lists,
 * filters and searches it, and makes exports, off the popup's thread, so a library of any size never
 * holds that thread for long. Only the popup that started it can post to it.
 */
import { liveQuery } from 'dexie';
import { libraryExportFile } from '../export/library-file';
import { ProtocolError } from '../messaging/runtime';
import { LibraryDatabase } from '../storage/database';
import { toStorageError } from '../storage/errors';
import { readAllRecords, readLibrarySnapshot } from '../storage/queries';
import { LibraryHost, type HostView } from './library-host';
import { ROWS_PER_PAGE, type WorkerReply, type WorkerRequest } from './library-worker-protocol';
import { createSearchIndex } from './search-index';

/**
 * Longest the worker indexes before looking at its messages again (ms): a query or a page of rows
 * waits at most this long behind the index build.
 */
const INDEX_SLICE_MS = 15;
/** Documents indexed between two looks at the clock. */
const DOCUMENTS_PER_STEP = 50;

const scope = self as unknown as {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

const host = new LibraryHost();
host.attachIndex(createSearchIndex());
const db = new LibraryDatabase();
/**
 * The latest view asked for and not answered yet. Views are answered from a task of their own,
 * after every message already queued: a reader typing fast gets the list for what they typed
 * last, not one list per keystroke in turn. Until the library is first read, views wait.
 */
let pendingView: Extract<WorkerRequest, { type: 'view' }> | null = null;
let viewScheduled = false;
let loaded = false;
let indexing = false;
let listing = false;

function post(message: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function failure(error: unknown): { code: ProtocolError['code']; message: string } {
  const mapped = toStorageError(error);
  return mapped instanceof ProtocolError ? { code: mapped.code, message: mapped.message } : { code: 'internal', message: String(mapped instanceof Error ? mapped.message : mapped) };
}

function postView(view: HostView): void {
  const first = host.rows(view.viewId, 0, ROWS_PER_PAGE);
  post({ type: 'view', ...view, first }, [view.kinds.buffer, view.keys.buffer]);
}

function buildIndex(): void {
  if (indexing) return;
  indexing = true;
  post({ type: 'index', complete: false });
  const slice = () => {
    const end = performance.now() + INDEX_SLICE_MS;
    while (performance.now() < end) {
      if (host.indexSlice(DOCUMENTS_PER_STEP)) {
        indexing = false;
        post({ type: 'index', complete: true });
        return;
      }
    }
    setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

/** Reads the library live, from the first view asked for on (a worker started to export lists nothing). */
function startListing(): void {
  if (listing) return;
  listing = true;
  liveQuery(() => readLibrarySnapshot(db)).subscribe({
    next: (snapshot) => {
      post({ type: 'library', overview: host.setListing(snapshot) });
      loaded = true;
      const current = host.currentView();
      if (current && !pendingView) postView(current);
      scheduleView();
      if (host.indexComplete) post({ type: 'index', complete: true });
      else buildIndex();
    },
    error: (error: unknown) => post({ type: 'failed', ...failure(error) }),
  });
}

function scheduleView(): void {
  if (viewScheduled || !pendingView || !loaded) return;
  viewScheduled = true;
  setTimeout(() => {
    viewScheduled = false;
    const request = pendingView;
    pendingView = null;
    if (request) postView(host.view(request.viewId, request.filters, request.query));
  }, 0);
}

async function exportLibrary(request: Extract<WorkerRequest, { type: 'export' }>): Promise<void> {
  try {
    const records = await readAllRecords(db);
    const file = libraryExportFile(records, request.format, request.labels, request.now, request.fileId);
    post({ type: 'exported', exportId: request.exportId, name: file.name, file: new Blob([file.data], { type: file.type }) });
  } catch (error) {
    post({ type: 'failed', exportId: request.exportId, ...failure(error) });
  }
}

scope.onmessage = ({ data: request }) => {
  switch (request.type) {
    case 'view':
      startListing();
      pendingView = request;
      scheduleView();
      return;
    case 'rows':
      post({ type: 'rows', viewId: request.viewId, from: request.from, rows: host.rows(request.viewId, request.from, request.to) });
      return;
    case 'export':
      void exportLibrary(request);
      return;
  }
};
