/**
 * "Save this article" in the popup's header (the toolbar action): shown when the active tab is a
 * TechFlow article; asks that tab's content script to save it, as the in-page button does.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../utils/messaging';
import { parseArticleUrl } from '../utils/site';

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; count: number } | { status: 'failed' };

export function SaveTabButton() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        if (tab?.id !== undefined && tab.url && parseArticleUrl(tab.url)) setTabId(tab.id);
      })
      .catch(() => undefined);
  }, []);
  if (tabId === null) return null;
  const save = async () => {
    setState({ status: 'saving' });
    try {
      const reply = await sendToTab(tabId, 'savePage', {});
      setState('saved' in reply ? { status: 'saved', count: reply.saved.highlightCount } : { status: 'failed' });
    } catch {
      // No content script in the tab (loaded before the extension, or not an article after all).
      setState({ status: 'failed' });
    }
  };
  if (state.status === 'saved') return <p class="tfa-totals" role="status">{i18n.t('page.saved', state.count)}</p>;
  return (
    <button type="button" class="tfa-save-tab" disabled={state.status === 'saving'} onClick={() => void save()}>
      {state.status === 'failed' ? i18n.t('page.popupSaveFailed') : i18n.t('page.popupSave')}
    </button>
  );
}
