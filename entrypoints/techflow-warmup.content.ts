/**
 * The smallest content script: as a TechFlow article starts loading, it asks the worker to get the
 * tagger ready (see utils/reading/tagger-warm-up.ts), so tagging overlaps the page's own loading
 * instead of following it. Kept free of the schemas and the browser polyfill: it runs first.
 * It also brings the highlights' styles, which the browser adds before the page has any content:
 * added later, a style sheet restyles the whole page at once (a long task on a huge article).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../utils/reading/highlights.css';
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
