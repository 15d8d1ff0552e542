/** Messages above the list: an error (role alert), a data-loss warning, and "deleted — Undo" (role status). */
import { i18n } from '#i18n';
import type { DataLossReport } from '../utils/storage/types';

export interface UndoNotice {
  message: string;
  undo: () => void;
}

interface NoticesProps {
  error: string | null;
  onDismissError: () => void;
  dataLoss: DataLossReport | null;
  onAcknowledgeLoss: () => void;
  undo: UndoNotice | null;
  onDismissUndo: () => void;
  info: string | null;
}

export function Notices({ error, onDismissError, dataLoss, onAcknowledgeLoss, undo, onDismissUndo, info }: NoticesProps) {
  return (
    <>
      {dataLoss && (
        <div role="alert" class="tfa-notice tfa-notice-warning">
          <strong>{i18n.t('popup.dataLoss.title')}</strong>
          <p>{i18n.t('popup.dataLoss.body', [String(dataLoss.expectedArticles), String(dataLoss.foundArticles)])}</p>
          <button type="button" onClick={onAcknowledgeLoss}>
            {i18n.t('popup.dataLoss.acknowledge')}
          </button>
        </div>
      )}
      {error && (
        <div role="alert" class="tfa-notice tfa-notice-error">
          <p>{error}</p>
          <button type="button" class="tfa-quiet" onClick={onDismissError}>
            {i18n.t('popup.errors.dismiss')}
          </button>
        </div>
      )}
      <div role="status" class="tfa-status">
        {undo && (
          <div class="tfa-notice">
            <span>{undo.message}</span>
            <button type="button" onClick={undo.undo}>
              {i18n.t('popup.undo.undo')}
            </button>
            <button type="button" class="tfa-quiet" onClick={onDismissUndo}>
              {i18n.t('popup.undo.dismiss')}
            </button>
          </div>
        )}
        {!undo && info && <p class="tfa-notice">{info}</p>}
      </div>
    </>
  );
}
