/**
 * Extraction for Node (CLIs, tests, the tagger's `npm run tag`): parses HTML with jsdom and runs the
 * same extraction the content script runs on the live page. Never bundled into the extension.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractOptions } from './extract-article';
import type { ExtractionResult } from './types';

/** Parses `html` as the page at `url` (no scripts run, no resources load) and extracts its article. */
export function extractFromHtml(html: string, url: string, options: ExtractOptions = {}): ExtractionResult {
  // jsdom reports CSS it cannot parse on the console; page styles are none of our business.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document, url, options);
  } finally {
    dom.window.close();
  }
}
