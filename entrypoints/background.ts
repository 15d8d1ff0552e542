/** Background worker: answers the content script and popup. Owns the library and the tagger. */
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundRequests } from '../utils/messaging';
import { cacheAnalyses } from '../utils/reading/analysis-cache';
import { registerSaveTriggers } from '../utils/reading/save-triggers';
import { libraryHandlers } from '../utils/library/background-handlers';
import { showDataLoss } from '../utils/library/loss-badge';
import { libraryDatabase } from '../utils/storage/database';
import { IntegrityWatch } from '../utils/storage/integrity';
import { analyseArticle } from '../utils/tagging/analyse';
import { tagText } from '../utils/tagging';
import { createTaggerWarmUp } from '../utils/reading/tagger-warm-up';
import { LibraryService } from '../utils/storage/library-service';

export default defineBackground(() => {
  registerSaveTriggers();
  const db = libraryDatabase();
  const integrity = new IntegrityWatch(db);
  const warmUp = createTaggerWarmUp(tagText);
  handleBackgroundRequests({
    ...libraryHandlers(new LibraryService({ db }), integrity),
    // The tagger's dictionary is compiled on the first analyse and kept while the worker lives;
    // recent articles' tags are kept too (reloads and revisits draw without tagging again).
    analyse: cacheAnalyses(analyseArticle),
    // Sent as a TechFlow article starts loading: the first analyse then finds the tagger warm.
    warmUp: ({ lang }) => warmUp(lang),
  });
  // Open the library now, so the first save does not wait for it, and look for lost data.
  void integrity
    .check()
    .then(showDataLoss)
    .catch(() => undefined);
});
