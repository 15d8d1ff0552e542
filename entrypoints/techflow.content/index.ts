/** Content script for TechFlow pages: detection → extraction → annotation → UI. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { techflow } from '../../utils/site/techflow';
import { ArticleSession } from './article-session';
import { createReading } from './reading';
import { ignoreRestartEvents } from './restart-guard';

export default defineContentScript({
  matches: ['*://*.techflowpost.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Not under `wxt dev`, which re-injects this script on every change and must stop the old copy.
    if (import.meta.env.COMMAND !== 'serve') ignoreRestartEvents(window, 'techflow');
    const startedAt = performance.now();
    const annotator = createReading(ctx, document, techflow.page);
    new ArticleSession(ctx, document, { adapter: techflow, annotator, startedAt }).start();
  },
});
