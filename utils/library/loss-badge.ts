/**
 * Marks the toolbar button while a data loss is unacknowledged, so the reader learns of it without
 * having to open the popup; the popup explains it and clears the mark once acknowledged.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { DataLossReport } from '../storage/types';

/** Amber: a warning, not an error the reader caused. */
const BADGE_COLOUR = '#c77700';

function toolbarButton() {
  // MV3 (Chrome) has `action`; the MV2 build (Firefox) has `browserAction`.
  return browser.action ?? browser.browserAction;
}

export async function showDataLoss(report: DataLossReport | null): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  if (!report) {
    await button.setBadgeText({ text: '' });
    await button.setTitle({ title: i18n.t('extName') });
    return;
  }
  await button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await button.setBadgeText({ text: '!' });
  await button.setTitle({ title: i18n.t('popup.dataLoss.title') });
}
