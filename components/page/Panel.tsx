/** The page panel: every mention, claim and highlight of this article, reachable by keyboard, and the orphans. */
import { useState } from 'preact/hooks';
import type { PageUiState } from '../../utils/reading/page-state';
import { useActions, useEventGate, useTranslate } from './context';
import { MentionDetails } from './MentionDetails';

/**
 * Claims listed when the panel opens, and added by each "show more": a 5 MB article has ~42,000,
 * and laying out that many buttons at once is seconds of the page's main thread.
 */
export const CLAIMS_PER_PAGE = 200;

export function Panel({ state }: { state: PageUiState }) {
  const [claimsShown, setClaimsShown] = useState(CLAIMS_PER_PAGE);
  const t = useTranslate();
  const actions = useActions();
  const gate = useEventGate();
  const placed = state.highlights.filter((highlight) => highlight.placed);
  const orphans = state.highlights.filter((highlight) => !highlight.placed);
  const nothing = state.entities.length === 0 && state.claims.length === 0 && state.highlights.length === 0;
  const pinned = state.tooltip?.pinned ? state.tooltip.content : null;
  return (
    <section class="tfa-panel" role="region" aria-label={t('page.panelTitle')}>
      <header class="tfa-panel-header">
        <h2>{t('page.panelTitle')}</h2>
        <button type="button" onClick={(event) => gate(event) && actions.setPanelOpen(false)}>
          {t('page.panelClose')}
        </button>
      </header>
      <p class="tfa-hint">{t('page.panelKeys')}</p>
      {pinned ? (
        <div class="tfa-current" aria-live="polite">
          <MentionDetails content={pinned} />
        </div>
      ) : null}
      {nothing ? <p>{t('page.panelEmpty')}</p> : null}
      {state.entities.length > 0 ? (
        <>
          <h3>{t('page.panelEntities')}</h3>
          <ul>
            {state.entities.map((entity) => (
              <li key={entity.id}>
                <button type="button" class={`tfa-item tfa-kind-${entity.kind}`} onClick={(event) => gate(event) && actions.showMention(entity.mentionId)}>
                  {entity.name} <span class="tfa-count">{entity.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {state.claims.length > 0 ? (
        <>
          <h3>{t('page.panelClaims')}</h3>
          <ul>
            {state.claims.slice(0, claimsShown).map((claim) => (
              <li key={claim.mentionId}>
                <button type="button" class="tfa-item tfa-kind-claim" onClick={(event) => gate(event) && actions.showMention(claim.mentionId)}>
                  {claim.speaker ? `${claim.speaker} — ` : ''}
                  {claim.text}
                </button>
              </li>
            ))}
          </ul>
          {state.claims.length > claimsShown ? (
            <button type="button" class="tfa-more" onClick={(event) => gate(event) && setClaimsShown((shown) => shown + CLAIMS_PER_PAGE)}>
              {t('page.panelMoreClaims', Math.min(CLAIMS_PER_PAGE, state.claims.length - claimsShown))}
            </button>
          ) : null}
        </>
      ) : null}
      {placed.length > 0 ? (
        <>
          <h3>{t('page.panelYours')}</h3>
          <ul>
            {placed.map((highlight) => (
              <li key={highlight.id}>
                <button type="button" class="tfa-item tfa-kind-note" onClick={(event) => gate(event) && actions.showHighlight(highlight.id)}>
                  {highlight.quote}
                  {highlight.note ? <span class="tfa-note"> — {highlight.note}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {orphans.length > 0 ? (
        <>
          <h3>{t('page.panelOrphans')}</h3>
          <p class="tfa-hint">{t('page.panelOrphansHint')}</p>
          <ul>
            {orphans.map((highlight) => (
              <li key={highlight.id} class="tfa-orphan">
                <q>{highlight.quote}</q>
                {highlight.note ? <span class="tfa-note"> — {highlight.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
