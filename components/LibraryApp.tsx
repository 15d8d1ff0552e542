/**
 * The popup's review app: reads the library live from IndexedDB, lists, searches and filters it,
 * and sends every change (note, delete, undo, import, open) to the background worker. A large
 * library is listed and searched in the popup's library worker, exports are made there too: the
 * popup's thread then holds only the rows in view.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../utils/export/library-file';
import type { MarkdownLabels } from '../utils/export/markdown';
import { entityGroups, libraryRows, type FilterChoices, type LibraryFilters, type LibraryRow, type LibrarySnapshot } from '../utils/library/library-view';
import { SEARCH_MEASURE } from '../utils/library/performance-names';
import { sendToBackground } from '../utils/messaging';
import { ProtocolError } from '../utils/messaging/runtime';
import type { ArticleRecord, DataLossReport, StoredHighlight } from '../utils/storage/types';
import { afterNextPaint } from './after-paint';
import { ArticleHeader } from './ArticleHeader';
import { downloadFile } from './download-file';
import { exportThroughWorker, useWorkerList, type WorkerView } from './use-library-worker';
import { EmptyLibrary } from './EmptyLibrary';
import { EntityList } from './EntityList';
import { errorText, errorTextOf } from './error-text';
import { HighlightItem } from './HighlightItem';
import { LibraryControls } from './LibraryControls';
import { SaveTabButton } from './SaveTabButton';
import { Notices, type UndoNotice } from './Notices';
import { TransferPanel } from './TransferPanel';
import { useLiveLibrary, type LibrarySource } from './use-live-library';
import { usePreparedListing } from './use-prepared-listing';
import { VirtualList } from './VirtualList';

/** Row heights (px) before measuring: close guesses keep the scrollbar steady. */
const ARTICLE_ROW_ESTIMATE = 76;
const HIGHLIGHT_ROW_ESTIMATE = 120;

const EMPTY: LibrarySnapshot = { articles: [], highlights: [] };
const NO_GROUPS: ReadonlyMap<string, readonly StoredHighlight[]> = new Map();
const NO_CHOICES: FilterChoices = { kinds: [], langs: [], speakers: [], stances: [] };

function markdownLabels(): MarkdownLabels {
  return {
    highlights: i18n.t('popup.markdown.highlights'),
    source: i18n.t('popup.markdown.source'),
    openAtQuote: i18n.t('popup.markdown.openAtQuote'),
    note: i18n.t('popup.markdown.note'),
    kind: {
      token: i18n.t('popup.kind.token'),
      company: i18n.t('popup.kind.company'),
      claim: i18n.t('popup.kind.claim'),
      note: i18n.t('popup.kind.note'),
    },
    stance: {
      bullish: i18n.t('popup.stance.bullish'),
      bearish: i18n.t('popup.stance.bearish'),
      neutral: i18n.t('popup.stance.neutral'),
    },
  };
}

/** The list's rows: named, sized and read by index, from the popup's own listing or the worker's. */
interface ListedRows {
  count: number;
  key: (index: number) => string | number;
  estimate: (index: number) => number;
  /** Undefined while the row is still on its way from the worker. */
  row: (index: number) => LibraryRow | undefined;
  /** Names the listing: a new search or filter scrolls the list back to the top. */
  id: number | string;
}

function hasFilter(filters: LibraryFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

function ownRows(rows: readonly LibraryRow[]): ListedRows {
  return {
    count: rows.length,
    key: (index) => rows[index]!.key,
    estimate: (index) => (rows[index]!.type === 'article' ? ARTICLE_ROW_ESTIMATE : HIGHLIGHT_ROW_ESTIMATE),
    row: (index) => rows[index],
    id: 'own',
  };
}

/**
 * The worker's view; `rows` reads the rows fetched so far, which grow as the reader scrolls while the
 * rest stays the same (the list then measures nothing again).
 */
function workerRows(view: WorkerView, rows: () => WorkerView['rows']): ListedRows {
  return {
    count: view.count,
    key: (index) => view.keys[index]!,
    estimate: (index) => (view.kinds[index] === 1 ? ARTICLE_ROW_ESTIMATE : HIGHLIGHT_ROW_ESTIMATE),
    row: (index) => rows().get(index),
    id: view.viewId,
  };
}

export function LibraryApp({ db, firstScreen }: LibrarySource) {
  const live = useLiveLibrary({ db, firstScreen });
  // What is listed: the live library once prepared (a large reading is prepared in slices while
  // the previous one stays listed).
  const shown = usePreparedListing(live);
  const [tab, setTab] = useState<'articles' | 'entities'>('articles');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoNotice | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [dataLoss, setDataLoss] = useState<DataLossReport | null>(null);
  const keystrokeAt = useRef<{ query: string; at: number } | null>(null);

  const snapshot = shown?.listing.snapshot ?? EMPTY;
  const large = shown?.large ?? false;
  const complete = shown?.complete ?? false;
  // A large library: the worker lists it, and its overview (totals, filter choices, entities).
  const worker = useWorkerList(large, filters, query);
  const overview = large ? worker.overview : null;

  const byArticle = shown?.listing.byArticle ?? NO_GROUPS;
  const ownChoices = shown?.listing.choices ?? NO_CHOICES;
  const ownEntities = useMemo(() => (tab === 'entities' && !large ? entityGroups(snapshot.highlights) : []), [snapshot, tab, large]);
  const choices = overview?.choices ?? ownChoices;
  const entities = overview?.entities ?? ownEntities;

  // Until the whole library is read and prepared, a query is answered over the listing shown.
  const hits = useMemo(() => (query.trim() && !large && shown ? shown.listing.search.search(query) : undefined), [query, shown, large]);
  const viewRows = useRef<WorkerView['rows']>(new Map());
  viewRows.current = worker.view?.rows ?? new Map();
  const fromWorker = large && worker.view !== null;
  // Until the worker's first list, a large library shows its first screen, unfiltered: not the
  // answer to a query (nothing is measured as one), and under a search or filter, nothing.
  // A keystroke whose search matches what the previous one did gets the same hits back: the list
  // is not made, measured or rendered again.
  const searching = query.trim() !== '';
  const ownListing = useMemo(
    () => (fromWorker || (large && (searching || hasFilter(filters))) ? [] : libraryRows(snapshot, byArticle, filters, hits)),
    [snapshot, byArticle, filters, hits, large, fromWorker, searching],
  );
  const workerView = worker.view;
  const listed = useMemo(
    () => (fromWorker && workerView ? workerRows(workerView, () => viewRows.current) : ownRows(ownListing)),
    // A page of rows arriving changes the view's `rows` only: the list keeps its keys and sizes.
    [fromWorker, workerView?.kinds, ownListing],
  );
  // The query the listed rows answer: the worker's view's, or the one typed (the popup's own rows
  // are made for it in this render; a large library's first screen answers none).
  const answered = fromWorker && workerView ? workerView.query : large ? '' : query;
  const searchReady = large ? worker.indexComplete : complete;

  // A keystroke is timed from the input event to the paint of the list it filtered (in a large
  // library, the list the worker made for that query).
  useLayoutEffect(() => {
    const typed = keystrokeAt.current;
    if (typed === null || typed.query !== answered) return;
    keystrokeAt.current = null;
    afterNextPaint(() => performance.measure(SEARCH_MEASURE, { start: typed.at, end: performance.now() }));
  }, [listed, answered]);

  const onRange = useCallback((start: number, end: number) => {
    if (large) worker.need(start, end);
  }, [large, worker.need]);
  const rowKey = useCallback((index: number) => listed.key(index), [listed]);
  const estimateRowSize = useCallback((index: number) => listed.estimate(index), [listed]);

  useEffect(() => {
    sendToBackground('libraryStatus', {})
      .then((status) => setDataLoss(status.dataLoss))
      .catch((failure: unknown) => setError(errorTextOf(failure)));
  }, []);

  async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    setError(null);
    try {
      return await action();
    } catch (failure) {
      setError(errorTextOf(failure));
      return undefined;
    }
  }

  function openArticle(key: string, highlightId?: string) {
    void attempt(() => sendToBackground('openArticle', highlightId ? { key, highlightId } : { key }));
  }

  function deleteHighlight(target: StoredHighlight) {
    void attempt(async () => {
      const { highlight } = await sendToBackground('deleteHighlight', { id: target.id });
      setUndo({
        message: i18n.t('popup.undo.highlightDeleted'),
        undo: () =>
          void attempt(async () => {
            await sendToBackground('restoreHighlight', { highlight });
            setUndo(null);
          }),
      });
    });
  }

  function deleteArticle(article: ArticleRecord) {
    void attempt(async () => {
      const { snapshotId } = await sendToBackground('deleteArticle', { key: article.key });
      setUndo({
        message: i18n.t('popup.undo.articleDeleted'),
        undo: () =>
          void attempt(async () => {
            await sendToBackground('restoreArticle', { snapshotId });
            setUndo(null);
          }),
      });
    });
  }

  async function saveNote(highlight: StoredHighlight, note: string): Promise<boolean> {
    const saved = await attempt(() => sendToBackground('updateHighlight', { id: highlight.id, note }));
    return saved !== undefined;
  }

  function exportLibrary(format: ExportFormat) {
    void attempt(async () => {
      // Reading every record and building the file run in a worker: seconds for a huge library,
      // none of it on the popup's thread.
      const { name, file } = await exportThroughWorker(format, markdownLabels());
      downloadFile(name, file, file.type);
    });
  }

  function importLibrary(file: File) {
    setError(null);
    setInfo(null);
    file
      .text()
      .then((json) => sendToBackground('importLibrary', { json }))
      .then((result) => setInfo(i18n.t('popup.transfer.imported', [String(result.articles), String(result.highlights)])))
      .catch((failure: unknown) =>
        setError(
          failure instanceof ProtocolError && failure.code === 'invalid-message'
            ? i18n.t('popup.errors.importInvalid')
            : errorTextOf(failure),
        ),
      );
  }

  function renderRow(index: number) {
    const row = listed.row(index);
    // A row still on its way from the worker keeps its estimated height, so the list does not jump.
    if (!row) return <div class="tfa-row-pending" aria-busy="true" style={{ height: `${listed.estimate(index)}px` }} />;
    if (row.type === 'article') {
      return (
        <ArticleHeader
          article={row.article}
          shown={row.shown}
          total={row.total}
          onOpen={() => openArticle(row.article.key)}
          onDelete={() => deleteArticle(row.article)}
        />
      );
    }
    return (
      <HighlightItem
        highlight={row.highlight}
        lang={row.article.lang}
        onOpen={() => openArticle(row.article.key, row.highlight.id)}
        onDelete={() => deleteHighlight(row.highlight)}
        onSaveNote={(note) => saveNote(row.highlight, note)}
      />
    );
  }

  const entityFilterName = filters.entityId
    ? (entities.find((group) => group.entityId === filters.entityId)?.name ??
      snapshot.highlights.find((highlight) => highlight.entityId === filters.entityId)?.entityName ??
      filters.entityId)
    : null;
  const failure = large ? worker.failure : null;

  return (
    <div class="tfa-popup">
      <header class="tfa-header">
        <h1>{i18n.t('popup.title')}</h1>
        <SaveTabButton />
        {complete && !large && (
          <p class="tfa-totals">{i18n.t('popup.totals', [String(snapshot.articles.length), String(snapshot.highlights.length)])}</p>
        )}
        {overview && <p class="tfa-totals">{i18n.t('popup.totals', [String(overview.articleCount), String(overview.highlightCount)])}</p>}
      </header>
      <Notices
        error={error}
        onDismissError={() => setError(null)}
        dataLoss={dataLoss}
        onAcknowledgeLoss={() =>
          void attempt(async () => {
            await sendToBackground('acknowledgeDataLoss', {});
            setDataLoss(null);
          })
        }
        undo={undo}
        onDismissUndo={() => setUndo(null)}
        info={info}
      />
      {(live.status === 'loading' || (live.status === 'ready' && !shown)) && <p class="tfa-loading">{i18n.t('popup.loading')}</p>}
      {live.status === 'error' && (
        <div role="alert" class="tfa-notice tfa-notice-error">
          {errorText(live.code, live.message)}
        </div>
      )}
      {failure && (
        <div role="alert" class="tfa-notice tfa-notice-error">
          {errorText(failure.code, failure.message)}
        </div>
      )}
      {shown && snapshot.articles.length === 0 && <EmptyLibrary />}
      {shown && snapshot.articles.length > 0 && (
        <>
          <div role="tablist" aria-label={i18n.t('popup.tabs.label')} class="tfa-tabs">
            <button type="button" role="tab" id="tfa-tab-articles" aria-selected={tab === 'articles'} aria-controls="tfa-panel" onClick={() => setTab('articles')}>
              {i18n.t('popup.tabs.articles')}
            </button>
            <button type="button" role="tab" id="tfa-tab-entities" aria-selected={tab === 'entities'} aria-controls="tfa-panel" onClick={() => setTab('entities')}>
              {i18n.t('popup.tabs.entities')}
            </button>
          </div>
          <div role="tabpanel" id="tfa-panel" aria-labelledby={`tfa-tab-${tab}`} class="tfa-panel">
            {tab === 'articles' ? (
              <>
                <LibraryControls
                  query={query}
                  onQuery={(next, typedAt) => {
                    keystrokeAt.current = { query: next, at: typedAt };
                    setQuery(next);
                  }}
                  searchReady={searchReady}
                  filters={filters}
                  choices={choices}
                  onFilters={setFilters}
                />
                {entityFilterName && (
                  <p class="tfa-chip">
                    <span>{i18n.t('popup.filters.entity', [entityFilterName])}</span>
                    <button
                      type="button"
                      class="tfa-quiet"
                      onClick={() => {
                        const { entityId: _entity, ...rest } = filters;
                        setFilters(rest);
                      }}
                    >
                      {i18n.t('popup.filters.clearEntity')}
                    </button>
                  </p>
                )}
                {listed.count > 0 ? (
                  <VirtualList
                    count={listed.count}
                    label={i18n.t('popup.tabs.articles')}
                    itemKey={rowKey}
                    estimateSize={estimateRowSize}
                    renderItem={renderRow}
                    onRange={onRange}
                    resetKey={listed.id}
                  />
                ) : large && !fromWorker ? (
                  <p class="tfa-loading">{i18n.t('popup.loading')}</p>
                ) : (
                  <p class="tfa-empty-line">{i18n.t('popup.noResults')}</p>
                )}
              </>
            ) : (
              <EntityList
                groups={entities}
                onChoose={(group) => {
                  setFilters({ entityId: group.entityId });
                  setQuery('');
                  setTab('articles');
                }}
              />
            )}
          </div>
        </>
      )}
      <footer class="tfa-footer">
        <TransferPanel disabled={!shown || snapshot.articles.length === 0} onExport={exportLibrary} onImport={importLibrary} />
      </footer>
    </div>
  );
}
