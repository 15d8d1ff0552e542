/**
 * The smallest content script: as a TechFlow article starts loading, it asks the worker to get the
 * tagger ready (see utils/reading/tagger-warm-up.ts), so tagging overlaps the page's own loading
 * instead of following it. Kept free of the schemas and the browser polyfill: it runs first.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHANNEL } from '../utils/messaging/channel';
import type { Envelope } from '../utils/messaging/protocol';
import { parseArticleUrl } from '../utils/site/techflow-url';

interface Runtime {
  sendMessage(message: Envelope<'warmUp'>): Promise<unknown>;
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based without a callback in MV3). */
function runtime(): Runtime | undefined {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

export default defineContentScript({
  matches: ['*://*.techflowpost.com/*'],
  runAt: 'document_start',
  main() {
    const address = parseArticleUrl(location.href);
    if (!address) return;
    const message: Envelope<'warmUp'> = { channel: CHANNEL, type: 'warmUp', payload: { lang: address.locale } };
    // Only a hint: a worker that cannot be reached is dealt with by the main content script.
    runtime()
      ?.sendMessage(message)
      .catch(() => undefined);
  },
});
