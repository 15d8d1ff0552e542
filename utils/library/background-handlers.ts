/**
 * The background worker's answers to every library message: each runs the library service and,
 * after a write, updates the data-loss marker. `entrypoints/background.ts` registers these.
 */
import type { BackgroundHandlers, SenderInfo } from '../messaging';
import type { IntegrityWatch } from '../storage/integrity';
import type { LibraryService } from '../storage/library-service';
import { SaveStaging } from '../storage/save-staging';
import { parseLibraryExport } from '../export/web-annotation';
import { showDataLoss } from './loss-badge';
import { openArticle } from './open-article';
import { SAVE_MEASURE } from './performance-names';

type LibraryMessage =
  | 'articleState'
  | 'saveArticle'
  | 'stageSave'
  | 'commitSave'
  | 'unsaveArticle'
  | 'addHighlight'
  | 'updateHighlight'
  | 'deleteHighlight'
  | 'restoreHighlight'
  | 'deleteArticle'
  | 'restoreArticle'
  | 'importLibrary'
  | 'openArticle'
  | 'libraryStatus'
  | 'acknowledgeDataLoss';

/** The tab a save's parts come from: another tab cannot add to it or commit it. */
function senderKey(sender: SenderInfo): string {
  return String(sender.tab?.id ?? sender.url ?? '');
}

export function libraryHandlers(library: LibraryService, integrity: IntegrityWatch): Pick<BackgroundHandlers, LibraryMessage> {
  /** Runs a write, then remembers the library's size; a failing marker never fails the write. */
  async function write<T>(operation: Promise<T>): Promise<T> {
    const result = await operation;
    await integrity.record().catch(() => undefined);
    return result;
  }

  /** A save in one transaction, as the `save` measure, then recorded for the data-loss check. */
  async function measuredSave(...[article, highlights]: Parameters<LibraryService['saveArticle']>) {
    const start = performance.now();
    const result = await library.saveArticle(article, highlights);
    performance.measure(SAVE_MEASURE, { start, end: performance.now(), detail: { highlights: highlights.length } });
    await integrity.record().catch(() => undefined);
    return result;
  }

  // Parts of saves too big for one message; they live and die with this worker (see save-staging.ts).
  const staging = new SaveStaging();

  return {
    articleState: ({ key, entityIds }) => library.articleState(key, entityIds),
    saveArticle: ({ article, highlights }) => measuredSave(article, highlights),
    stageSave: (part, sender) => staging.stage(part, senderKey(sender)),
    commitSave: async (totals, sender) => {
      const { article, highlights } = staging.take(totals, senderKey(sender));
      const result = await measuredSave(article, highlights);
      return { ...result, highlights: result.highlights.filter((highlight) => highlight.origin === 'user') };
    },
    unsaveArticle: ({ key }) => write(library.unsaveArticle(key)),
    addHighlight: ({ article, highlight }) => write(library.addHighlight(article, highlight)),
    updateHighlight: ({ id, note }) => write(library.updateHighlight(id, note === undefined ? {} : { note })),
    deleteHighlight: ({ id }) => write(library.deleteHighlight(id)),
    restoreHighlight: ({ highlight }) => write(library.restoreHighlight(highlight)),
    deleteArticle: ({ key }) => write(library.deleteArticle(key)),
    restoreArticle: ({ snapshotId }) => write(library.restoreArticle(snapshotId)),
    importLibrary: ({ json }) => write(library.importRecords(parseLibraryExport(json))),
    openArticle: async ({ key, highlightId }) => {
      const { tabId } = await openArticle(library, key, highlightId);
      return { tabId };
    },
    libraryStatus: async () => {
      const dataLoss = await integrity.check();
      await showDataLoss(dataLoss).catch(() => undefined);
      return { dataLoss };
    },
    acknowledgeDataLoss: async () => {
      await integrity.acknowledge();
      await showDataLoss(null).catch(() => undefined);
      return { acknowledged: true };
    },
  };
}
