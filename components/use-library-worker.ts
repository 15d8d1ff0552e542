/**
 * Preact hooks over the popup's library worker: `useWorkerList` lists a large library there (views
 * by filters and query, rows fetched a page at a time as they come into view), and
 * `exportThroughWorker` makes an export there. The popup's thread only ever holds the rows in view.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ExportFormat } from '../utils/export/library-file';
import type { MarkdownLabels } from '../utils/export/markdown';
import type { LibraryFilters, LibraryRow } from '../utils/library/library-view';
import { ROWS_PER_PAGE, type LibraryOverview, type WorkerReply, type WorkerRequest } from '../utils/library/library-worker-protocol';
import { ProtocolError } from '../utils/messaging/runtime';

type Listener = (reply: WorkerReply) => void;

/** A started library worker: what to post to it, and who hears its replies. */
interface WorkerLink {
  post(request: WorkerRequest): void;
  listen(listener: Listener): () => void;
  stop(): void;
}

/** Exports asked for and not answered yet, by id. */
const pendingExports = new Set<number>();
let exportCount = 0;

function startWorker(): WorkerLink {
  const worker = new Worker(new URL('../utils/library/library-worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Set<Listener>();
  const hear = (reply: WorkerReply) => {
    for (const listener of listeners) listener(reply);
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => hear(event.data);
  // A worker that cannot start or throws fails the list and any export waiting on it.
  worker.onerror = (event) => {
    const message = event.message || 'The library worker stopped.';
    hear({ type: 'failed', code: 'internal', message });
    for (const exportId of pendingExports) hear({ type: 'failed', exportId, code: 'internal', message });
  };
  return {
    post: (request) => worker.postMessage(request),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => worker.terminate(),
  };
}

/** One view of the library as the worker listed it, with the rows fetched so far. */
export interface WorkerView {
  viewId: number;
  query: string;
  count: number;
  kinds: Uint8Array;
  keys: Float64Array;
  rows: ReadonlyMap<number, LibraryRow>;
}

export interface WorkerList {
  overview: LibraryOverview | null;
  view: WorkerView | null;
  indexComplete: boolean;
  /** The worker could not read the library: the protocol's error code and message. */
  failure: { code: ProtocolError['code']; message: string } | null;
  /** Makes sure rows [start, end] of the current view are (being) fetched. */
  need(start: number, end: number): void;
}

/** Lists the library in the worker while `enabled` (a large library), by `filters` and `query`. */
export function useWorkerList(enabled: boolean, filters: LibraryFilters, query: string): WorkerList {
  const [link, setLink] = useState<WorkerLink | null>(null);
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const [view, setView] = useState<WorkerView | null>(null);
  const [indexComplete, setIndexComplete] = useState(false);
  const [failure, setFailure] = useState<WorkerList['failure']>(null);
  // The view last asked for, the pages of its rows asked for, and the rows the list shows.
  const [requested] = useState(() => ({ viewId: 0, pages: new Set<number>(), start: 0, end: -1 }));

  /** Asks for the pages of rows [start, end] of the current view not asked for yet. */
  function ask(link: WorkerLink, start: number, end: number): void {
    for (let page = Math.floor(start / ROWS_PER_PAGE); page <= Math.floor(end / ROWS_PER_PAGE); page += 1) {
      if (requested.pages.has(page)) continue;
      requested.pages.add(page);
      link.post({ type: 'rows', viewId: requested.viewId, from: page * ROWS_PER_PAGE, to: (page + 1) * ROWS_PER_PAGE });
    }
  }

  useEffect(() => {
    if (!enabled) return;
    const started = startWorker();
    const unlisten = started.listen((reply) => {
      switch (reply.type) {
        case 'library':
          setOverview(reply.overview);
          return;
        case 'index':
          setIndexComplete(reply.complete);
          return;
        case 'view': {
          if (reply.viewId !== requested.viewId) return;
          // The first page comes with the view; rows asked for before it came (or of the list it
          // replaces, when the library changed) are asked for again.
          requested.pages = new Set([0]);
          ask(started, requested.start, Math.min(requested.end, reply.count - 1));
          const rows = new Map<number, LibraryRow>();
          reply.first.forEach((row, index) => rows.set(index, row));
          setView({ viewId: reply.viewId, query: reply.query, count: reply.count, kinds: reply.kinds, keys: reply.keys, rows });
          return;
        }
        case 'rows':
          if (reply.viewId !== requested.viewId) return;
          setView((current) => {
            if (!current || current.viewId !== reply.viewId) return current;
            const rows = new Map(current.rows);
            reply.rows.forEach((row, index) => rows.set(reply.from + index, row));
            return { ...current, rows };
          });
          return;
        case 'failed':
          if (reply.exportId === undefined) setFailure({ code: reply.code, message: reply.message });
          return;
        case 'exported':
          return;
      }
    });
    setLink(started);
    return () => {
      unlisten();
      started.stop();
      setLink(null);
    };
  }, [enabled]);

  useEffect(() => {
    if (!link) return;
    requested.viewId += 1;
    requested.pages = new Set([0]);
    link.post({ type: 'view', viewId: requested.viewId, filters, query });
  }, [link, filters, query]);

  const need = useCallback(
    (start: number, end: number) => {
      requested.start = start;
      requested.end = end;
      if (link) ask(link, start, end);
    },
    [link],
  );

  return useMemo(() => ({ overview, view, indexComplete, failure, need }), [overview, view, indexComplete, failure, need]);
}

/**
 * Makes an export of the whole library in a worker of its own (reading every record and building
 * the file take seconds for a huge library, none of it on the popup's thread) and returns the file.
 */
export function exportThroughWorker(format: ExportFormat, labels: MarkdownLabels): Promise<{ name: string; file: Blob }> {
  const link = startWorker();
  exportCount += 1;
  const exportId = exportCount;
  pendingExports.add(exportId);
  return new Promise<{ name: string; file: Blob }>((resolve, reject) => {
    link.listen((reply) => {
      if (reply.type === 'exported' && reply.exportId === exportId) resolve({ name: reply.name, file: reply.file });
      else if (reply.type === 'failed' && reply.exportId === exportId) reject(new ProtocolError(reply.code, reply.message));
    });
    link.post({ type: 'export', exportId, format, labels, now: Date.now(), fileId: crypto.randomUUID() });
  }).finally(() => {
    pendingExports.delete(exportId);
    link.stop();
  });
}
