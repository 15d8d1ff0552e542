/** Background worker: answers the content script and popup. Owns the library and the tagger. */
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Handlers are registered by the tagging and storage modules as they land.
});
