/** The extension's whole UI on an article page, rendered in a shadow root: dock, tooltip, selection toolbar, panel. */
import { useEffect, useState } from 'preact/hooks';
import type { PageActions, PageUiState } from '../../utils/reading/page-state';
import type { Store } from '../../utils/reading/store';
import { ActionsContext, EventGateContext, TranslateContext, type Translate } from './context';
import { Dock } from './Dock';
import { MentionTooltip } from './MentionTooltip';
import { Panel } from './Panel';
import { SelectionToolbar } from './SelectionToolbar';

export interface PageAppProps {
  store: Store<PageUiState>;
  actions: PageActions;
  t: Translate;
  /** Which events count as the reader's; defaults to trusted events only. */
  acceptEvent?: (event: Event) => boolean;
}

export function PageApp({ store, actions, t, acceptEvent = (event) => event.isTrusted }: PageAppProps) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  const hoverTooltip = state.tooltip && !(state.panelOpen && state.tooltip.pinned) ? state.tooltip : null;
  return (
    <TranslateContext.Provider value={t}>
      <EventGateContext.Provider value={acceptEvent}>
      <ActionsContext.Provider value={actions}>
        <Dock save={state.save} panelOpen={state.panelOpen} />
        {state.panelOpen ? <Panel state={state} /> : null}
        {hoverTooltip ? <MentionTooltip tooltip={hoverTooltip} /> : null}
        {state.selection ? <SelectionToolbar box={state.selection.box} editingNote={state.selection.editingNote} /> : null}
        <div class={state.notice ? "tfa-notice" : "tfa-notice tfa-empty"} role="status" aria-live="polite">
          {state.notice ?? ''}
        </div>
      </ActionsContext.Provider>
      </EventGateContext.Provider>
    </TranslateContext.Provider>
  );
}
