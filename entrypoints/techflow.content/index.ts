/** Content script for TechFlow pages: detection → extraction → annotation → UI. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { techflow } from '../../utils/site/techflow';
import { ArticleSession, NO_ANNOTATION } from './article-session';

export default defineContentScript({
  matches: ['*://*.techflowpost.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.now();
    // Annotation plugs in here: pass an `Annotator` (see article-session.ts) instead of NO_ANNOTATION.
    new ArticleSession(ctx, document, { adapter: techflow, annotator: NO_ANNOTATION, startedAt }).start();
  },
});
