/**
 * The corner dock: the Save button (its progress while a huge article saves in parts, then "Saved · N"
 * with Undo) and the button that opens the panel.
 */
import type { ErrorCode } from '../../utils/messaging/protocol';
import type { SaveStatus } from '../../utils/reading/page-state';
import { useActions, useEventGate, useTranslate, type PageMessage } from './context';

const ERROR_MESSAGE: Partial<Record<ErrorCode, PageMessage>> = {
  'extension-reloaded': 'page.errorReloaded',
  'storage-unavailable': 'page.errorStorage',
  'quota-exceeded': 'page.errorQuota',
};

export function errorMessageKey(code: ErrorCode): PageMessage {
  return ERROR_MESSAGE[code] ?? 'page.errorGeneric';
}

export function Dock({ save, panelOpen }: { save: SaveStatus; panelOpen: boolean }) {
  const t = useTranslate();
  const actions = useActions();
  const gate = useEventGate();
  return (
    <div class="tfa-dock" role="toolbar" aria-label={t('page.toolbar')}>
      {save.status === 'saved' ? (
        <>
          <span class="tfa-saved">{t('page.saved', save.count)}</span>
          {save.undoable ? (
            <button type="button" onClick={(event) => gate(event) && actions.undo()}>
              {t('page.undo')}
            </button>
          ) : null}
        </>
      ) : (
        <button
          type="button"
          class="tfa-primary"
          disabled={save.status === 'saving'}
          aria-busy={save.status === 'saving'}
          onClick={(event) => gate(event) && actions.save()}
        >
          {save.status !== 'saving' ? t('page.save') : save.percent === undefined ? t('page.saving') : t('page.savingPercent', save.percent)}
        </button>
      )}
      {save.status === 'saving' && save.percent !== undefined ? (
        <span
          class="tfa-progress"
          role="progressbar"
          aria-label={t('page.saving')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={save.percent}
        >
          <span class="tfa-progress-done" style={{ width: `${save.percent}%` }} />
        </span>
      ) : null}
      <button type="button" aria-expanded={panelOpen} onClick={(event) => gate(event) && actions.setPanelOpen(!panelOpen)}>
        {t('page.panelOpen')}
      </button>
    </div>
  );
}
