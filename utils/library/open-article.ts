/**
 * Opening a saved article at a highlight: focus a tab already showing it or open one (with a text
 * fragment, so the browser scrolls to the quote even before the content script runs), then ask
 * the tab's content script to scroll to the highlight and flash it.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '../messaging';
import { ProtocolError } from '../messaging/runtime';
import { parseArticleUrl } from '../site';
import type { LibraryService } from '../storage/library-service';
import { textFragmentUrl } from '../anchoring/text-fragment';

/** Tries to reach a new tab's content script; it starts at `document_idle`, after the page loads. */
const SHOW_ATTEMPTS = 20;
/** Pause between tries (ms): 20 × 250 ms covers a slow page load without keeping the worker busy. */
const SHOW_RETRY_MS = 250;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function findOpenTab(key: string): Promise<Browser.tabs.Tab | undefined> {
  const tabs = await browser.tabs.query({});
  return tabs.find((tab) => tab.id !== undefined && tab.url !== undefined && parseArticleUrl(tab.url)?.key === key);
}

/** Asks the tab to show the highlight, retrying while its content script is not listening yet. */
export async function showHighlightInTab(tabId: number, highlightId: string, attempts = SHOW_ATTEMPTS): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      const { shown } = await sendToTab(tabId, 'showHighlight', { highlightId });
      return shown;
    } catch {
      await delay(SHOW_RETRY_MS);
    }
  }
  return false;
}

export async function openArticle(
  library: LibraryService,
  key: string,
  highlightId: string | undefined,
): Promise<{ tabId: number; shown: Promise<boolean> }> {
  const article = await library.getArticle(key);
  if (!article) throw new ProtocolError('not-found', 'This article is not in the library.');
  const highlight = highlightId ? await library.getHighlight(highlightId) : undefined;
  if (highlightId && highlight?.articleKey !== key) {
    throw new ProtocolError('not-found', 'This highlight is no longer in the library.');
  }

  const open = await findOpenTab(key);
  let tab: Browser.tabs.Tab | undefined;
  if (open?.id !== undefined) {
    tab = await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    const url = highlight ? textFragmentUrl(article.url, highlight.quote) : article.url;
    tab = await browser.tabs.create({ url, active: true });
  }
  if (tab?.id === undefined) throw new ProtocolError('internal', 'The browser did not open a tab.');
  const shown = highlight ? showHighlightInTab(tab.id, highlight.id) : Promise.resolve(false);
  return { tabId: tab.id, shown };
}
