/** The reader's words for a protocol error code, in the UI language. */
import { i18n } from '#i18n';
import type { ErrorCode } from '../utils/messaging/protocol';
import { ProtocolError } from '../utils/messaging/runtime';

export function errorText(code: ErrorCode, detail = ''): string {
  switch (code) {
    case 'invalid-message':
      return i18n.t('popup.errors.invalidMessage');
    case 'forbidden':
      return i18n.t('popup.errors.forbidden');
    case 'not-found':
      return i18n.t('popup.errors.notFound');
    case 'storage-unavailable':
      return i18n.t('popup.errors.storageUnavailable');
    case 'quota-exceeded':
      return i18n.t('popup.errors.quotaExceeded');
    case 'extension-reloaded':
      return i18n.t('popup.errors.extensionReloaded');
    case 'internal':
      return i18n.t('popup.errors.internal', [detail]);
  }
}

export function errorTextOf(error: unknown): string {
  if (error instanceof ProtocolError) return errorText(error.code, error.message);
  return errorText('internal', error instanceof Error ? error.message : String(error));
}
