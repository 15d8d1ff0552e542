/** Content script for TechFlow pages: detection → extraction → annotation → UI. */
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://*.techflowpost.com/*'],
  runAt: 'document_idle',
  main() {
    // Detection and extraction land with the foundation issue.
  },
});
