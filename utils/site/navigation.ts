/**
 * Client-side navigation on a site whose router changes the URL and the DOM without a page load:
 * what a URL change means for the current article (start, stop, restart, stay), watching for URL
 * changes, and waiting until the DOM shows the article the URL names.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from './adapter';
import type { ArticleAddress } from './types';

export type NavigationAction = 'start' | 'stop' | 'restart' | 'stay';

/**
 * What moving from the article being shown (or none) to a new address means. The same key under
 * another URL (a hash, a tracking query, another URL form) is the same article: stay.
 */
export function navigationAction(current: ArticleAddress | null, next: ArticleAddress | null): NavigationAction {
  if (!next) return current ? 'stop' : 'stay';
  if (!current) return 'start';
  return current.key === next.key ? 'stay' : 'restart';
}

/** How often to look at the URL when the browser gives content scripts no Navigation API. */
const URL_POLL_MS = 250;

/**
 * Calls `onChange` with the new URL whenever the page's URL changes without a load: WXT's
 * `wxt:locationchange` (the Navigation API's `navigate` event, which also sees the page's own
 * pushState), `popstate` for back and forward, and a light poll where the Navigation API is missing
 * (WXT's own fallback polls only once a second). Listeners and timers end with the context.
 */
export function watchUrlChanges(ctx: ContentScriptContext, win: Window, onChange: (url: string) => void): void {
  let last = win.location.href;
  const report = (url: string) => {
    if (url === last) return;
    last = url;
    onChange(url);
  };
  // The event's name is public: one a page script dispatched carries no URL this world can read.
  ctx.addEventListener(win, 'wxt:locationchange', (event) => report((event.newUrl as URL | undefined)?.href ?? win.location.href));
  ctx.addEventListener(win, 'popstate', () => report(win.location.href));
  const navigation = (win as { navigation?: { addEventListener?: unknown } }).navigation;
  if (typeof navigation?.addEventListener !== 'function') ctx.setInterval(() => report(win.location.href), URL_POLL_MS);
}

/** Enough of the body to tell two articles apart without reading all of it. */
const FINGERPRINT_BODY_CHARS = 200;

/**
 * `element.textContent.trim().slice(0, length)`, reading only the first text nodes: a huge
 * article's whole text would be copied to keep a few hundred characters.
 */
function leadingText(element: Element, length: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += (node as Text).data;
    const started = text.trimStart();
    if (started.length > length) return started.slice(0, length);
  }
  return text.trim().slice(0, length);
}

/** Text that tells one article's DOM from another's: its title and the start of its body. */
export function articleFingerprint(doc: Document, adapter: SiteAdapter): string {
  const title = doc.querySelector(adapter.page.title)?.textContent ?? '';
  const body = doc.querySelector(adapter.page.body) ?? doc.querySelector(adapter.page.container);
  return `${title.trim()}\n${body ? leadingText(body, FINGERPRINT_BODY_CHARS) : ''}`;
}

export interface DomWaitOptions {
  signal: AbortSignal;
  /** Quiet time after the last DOM change before looking again: a router renders in bursts. */
  settleMs: number;
  /** Give up after this long: the page never showed the article. */
  timeoutMs: number;
}

/**
 * Runs `attempt` now and again after each burst of DOM changes, until it gives a value (which the
 * promise resolves to), the time runs out or the signal aborts (both resolve to null). An attempt
 * may answer later (a promise, e.g. an extraction in several tasks): its null also means "not yet",
 * and DOM changes while it runs are looked at once it has answered.
 */
export function retryOnDomChanges<T>(
  doc: Document,
  attempt: () => T | null | Promise<T | null>,
  options: DomWaitOptions,
): Promise<T | null> {
  const { signal, settleMs, timeoutMs } = options;
  const win = doc.defaultView;
  if (signal.aborted) return Promise.resolve(null);
  const first = attempt();
  if (!win || (first !== null && !(first instanceof Promise))) return Promise.resolve(first);

  return new Promise((resolve) => {
    let settle: number | undefined;
    let done = false;
    /** An attempt is still answering; `changedMeanwhile`: the DOM changed since it started. */
    let answering = false;
    let changedMeanwhile = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      win.clearTimeout(settle);
      win.clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const take = (value: T | null | Promise<T | null>) => {
      if (!(value instanceof Promise)) {
        if (value !== null) finish(value);
        return;
      }
      answering = true;
      void value
        .catch(() => null)
        .then((answer) => {
          answering = false;
          if (answer !== null) finish(answer);
          else if (changedMeanwhile) tryAgain();
        });
    };
    const tryAgain = () => {
      if (done || signal.aborted) return;
      changedMeanwhile = answering;
      if (!answering) take(attempt());
    };
    const onAbort = () => finish(null);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(settle);
      settle = win.setTimeout(tryAgain, settleMs);
    });
    const deadline = win.setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    take(first);
  });
}
