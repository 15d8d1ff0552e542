/**
 * The background side of one-click save from outside the page: the keyboard shortcut (commands API)
 * and the context-menu entry both ask the active TechFlow tab's content script to save its article.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { sendToTab } from '../messaging';

/** Command name in the manifest (wxt.config.ts). */
export const SAVE_COMMAND = 'save-article';
/** Context-menu entry id. */
export const SAVE_MENU_ID = 'tfa-save-article';
/** Pages where the context-menu entry appears: the same as the content script's. */
const ARTICLE_PAGES = ['*://*.techflowpost.com/*'];

async function savePageIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  // A tab without our content script (not an article, or loaded before an update) simply does nothing.
  await sendToTab(tabId, 'savePage', {}).catch(() => undefined);
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Registers the shortcut and menu listeners (synchronously, as MV3 requires) and (re)creates the menu. */
export function registerSaveTriggers(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== SAVE_COMMAND) return;
    void (tab?.id !== undefined ? savePageIn(tab.id) : activeTabId().then(savePageIn));
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void savePageIn(tab?.id);
  });
  // Firefox forgets menus when its background page restarts; Chrome keeps them: recreate either way.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: i18n.t('page.contextMenuSave'),
        contexts: ['page', 'selection'],
        documentUrlPatterns: ARTICLE_PAGES,
      }),
    )
    .catch(() => undefined);
}
