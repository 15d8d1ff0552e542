/**
 * The popup's review app: reads the library live from IndexedDB, lists, searches and filters it,
 * and sends every change (note, delete, undo, import, open) to the background worker.
 */
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MarkdownLabels } from '../utils/export/markdown';
import {
  entityGroups,
  filterChoices,
  groupByArticle,
  libraryRows,
  type LibraryFilters,
  type LibraryRow,
  type LibrarySnapshot,
} from '../utils/library/library-view';
import { SEARCH_MEASURE } from '../utils/library/performance-names';
import { sendToBackground } from '../utils/messaging';
import { ProtocolError } from '../utils/messaging/runtime';
import type { LibraryDatabase } from '../utils/storage/database';
import { withStorageErrors } from '../utils/storage/errors';
import { readAllRecords } from '../utils/storage/queries';
import type { ArticleRecord, DataLossReport, StoredHighlight } from '../utils/storage/types';
import { afterNextPaint } from './after-paint';
import { ArticleHeader } from './ArticleHeader';
import { downloadFile } from './download-file';
import { EmptyLibrary } from './EmptyLibrary';
import { EntityList } from './EntityList';
import { errorText, errorTextOf } from './error-text';
import { HighlightItem } from './HighlightItem';
import { LibraryControls } from './LibraryControls';
import { SaveTabButton } from './SaveTabButton';
import { Notices, type UndoNotice } from './Notices';
import { TransferPanel } from './TransferPanel';
import { useLibrarySearch } from './use-library-search';
import { useLiveLibrary } from './use-live-library';
import { VirtualList } from './VirtualList';

/** Row heights (px) before measuring: close guesses keep the scrollbar steady. */
const ARTICLE_ROW_ESTIMATE = 76;
const HIGHLIGHT_ROW_ESTIMATE = 120;

const EMPTY: LibrarySnapshot = { articles: [], highlights: [] };

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

function estimateRowSize(row: LibraryRow): number {
  return row.type === 'article' ? ARTICLE_ROW_ESTIMATE : HIGHLIGHT_ROW_ESTIMATE;
}

function rowKey(row: LibraryRow): string {
  return row.key;
}

export function LibraryApp({ db }: { db: LibraryDatabase }) {
  const live = useLiveLibrary(db);
  const [tab, setTab] = useState<'articles' | 'entities'>('articles');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoNotice | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [dataLoss, setDataLoss] = useState<DataLossReport | null>(null);
  const keystrokeAt = useRef<number | null>(null);

  const snapshot = live.status === 'ready' ? live.snapshot : EMPTY;
  const byArticle = useMemo(() => groupByArticle(snapshot.highlights), [snapshot]);
  const choices = useMemo(() => filterChoices(snapshot), [snapshot]);
  const entities = useMemo(() => (tab === 'entities' ? entityGroups(snapshot.highlights) : []), [snapshot, tab]);

  const complete = live.status === 'ready' && live.complete;

  const search = useLibrarySearch(snapshot, complete);
  // While the index is still being built the search scans what it does not hold yet: results are
  // complete from the first keystroke.
  const hits = useMemo(() => (query.trim() ? search.find(snapshot, query) : undefined), [query, snapshot]);
  const rows = useMemo(() => libraryRows(snapshot, byArticle, filters, hits), [snapshot, byArticle, filters, hits]);

  // A keystroke is timed from the input event to the paint of the list it filtered.
  useLayoutEffect(() => {
    const start = keystrokeAt.current;
    if (start === null) return;
    keystrokeAt.current = null;
    afterNextPaint(() => performance.measure(SEARCH_MEASURE, { start, end: performance.now() }));
  }, [query]);

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

  function exportLibrary(format: 'markdown' | 'json' | 'csv') {
    void attempt(async () => {
      const records = await withStorageErrors(() => readAllRecords(db));
      // Export code loads only when asked for, keeping the popup's first render light.
      const [{ markdownArchive }, { serialiseLibraryExport }, { highlightsToCsv }] = await Promise.all([
        import('../utils/export/markdown-archive'),
        import('../utils/export/web-annotation'),
        import('../utils/export/csv'),
      ]);
      const now = Date.now();
      const stem = `techflow-library-${new Date(now).toISOString().slice(0, 10)}`;
      if (format === 'markdown') downloadFile(`${stem}.zip`, markdownArchive(records, markdownLabels(), now), 'application/zip');
      if (format === 'json') {
        downloadFile(`${stem}.json`, serialiseLibraryExport(records, now, crypto.randomUUID()), 'application/ld+json');
      }
      if (format === 'csv') downloadFile(`${stem}.csv`, highlightsToCsv(records.articles, records.highlights), 'text/csv');
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

  function renderRow(row: LibraryRow) {
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
    ? (snapshot.highlights.find((highlight) => highlight.entityId === filters.entityId)?.entityName ?? filters.entityId)
    : null;

  return (
    <div class="tfa-popup">
      <header class="tfa-header">
        <h1>{i18n.t('popup.title')}</h1>
        <SaveTabButton />
        {complete && (
          <p class="tfa-totals">{i18n.t('popup.totals', [String(snapshot.articles.length), String(snapshot.highlights.length)])}</p>
        )}
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
      {live.status === 'loading' && <p class="tfa-loading">{i18n.t('popup.loading')}</p>}
      {live.status === 'error' && (
        <div role="alert" class="tfa-notice tfa-notice-error">
          {errorText(live.code, live.message)}
        </div>
      )}
      {live.status === 'ready' && snapshot.articles.length === 0 && <EmptyLibrary />}
      {live.status === 'ready' && snapshot.articles.length > 0 && (
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
                    keystrokeAt.current = typedAt;
                    setQuery(next);
                  }}
                  searchReady={search.indexComplete}
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
                {rows.length > 0 ? (
                  <VirtualList
                    items={rows}
                    label={i18n.t('popup.tabs.articles')}
                    itemKey={rowKey}
                    estimateSize={estimateRowSize}
                    renderItem={renderRow}
                  />
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
        <TransferPanel disabled={live.status !== 'ready' || snapshot.articles.length === 0} onExport={exportLibrary} onImport={importLibrary} />
      </footer>
    </div>
  );
}
