/** Background worker: answers the content script and popup. Owns the library and the tagger. */
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundRequests } from '../utils/messaging';
import { registerSaveTriggers } from '../utils/reading/save-triggers';
import { libraryHandlers } from '../utils/library/background-handlers';
import { libraryDatabase } from '../utils/storage/database';
import { IntegrityWatch } from '../utils/storage/integrity';
import { analyseArticle } from '../utils/tagging/analyse';
import { LibraryService } from '../utils/storage/library-service';

export default defineBackground(() => {
  registerSaveTriggers();
  const db = libraryDatabase();
  handleBackgroundRequests({
    ...libraryHandlers(new LibraryService({ db }), new IntegrityWatch(db)),
    // The tagger's dictionary is compiled on the first analyse and kept while the worker lives.
    analyse: analyseArticle,
  });
});
