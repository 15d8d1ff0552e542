/**
 * Keeps the page from switching the content script off. WXT stops a running content script when the
 * document receives its "a newer copy of this script started" event, and the event's name is built
 * from the extension id, which is public (the store id, the add-on id): any page script could
 * dispatch it. Outside development no second copy of this script is ever injected into a page, so
 * the event is stopped on the window, before it reaches the document where WXT listens.
 */
import { browser } from 'wxt/browser';

/** WXT's event name for `entrypoint` (see `getUniqueEventName` in wxt/utils/internal/custom-events). */
export function restartEventName(runtimeId: string, entrypoint: string): string {
  return `${runtimeId}:${entrypoint}:wxt:content-script-started`;
}

/** Call first in `main`: from then on a restart event dispatched by anyone goes no further. */
export function ignoreRestartEvents(win: Window, entrypoint: string): void {
  win.addEventListener(restartEventName(browser.runtime.id, entrypoint), (event) => event.stopImmediatePropagation(), {
    capture: true,
  });
}
