// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.techflowpost.com/zh-CN/article/1"}
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { articleFingerprint, navigationAction, retryOnDomChanges, watchUrlChanges } from '../../../utils/site/navigation';
import { techflow } from '../../../utils/site';

const address = (url: string) => techflow.parseArticleUrl(url);

describe('navigationAction', () => {
  const podcast = address('https://www.techflowpost.com/fr-FR/article/31877');
  it.each([
    { move: 'from no article to an article', current: null, next: podcast, action: 'start' },
    { move: 'from an article to another', current: podcast, next: address('https://www.techflowpost.com/zh-CN/article/30512'), action: 'restart' },
    { move: 'from an article to a list', current: podcast, next: null, action: 'stop' },
    { move: 'between two pages that are not articles', current: null, next: null, action: 'stay' },
    { move: 'to the same article under a hash or a query', current: podcast, next: address('https://www.techflowpost.com/fr-FR/article/31877?from=home#top'), action: 'stay' },
    { move: 'to its translation', current: podcast, next: address('https://www.techflowpost.com/en-US/article/31877'), action: 'restart' },
  ] as const)('$move: $action', ({ current, next, action }) => {
    expect(navigationAction(current, next)).toBe(action);
  });
});

describe('articleFingerprint', () => {
  it('tells two articles apart by title and body start, and ignores what follows', () => {
    const page = (title: string, body: string) =>
      new JSDOM(`<article><h1>${title}</h1><div class="art_detail_content"><p>${body}</p></div></article>`).window.document;
    const long = 'x'.repeat(500);
    expect(articleFingerprint(page('A', 'one'), techflow)).not.toBe(articleFingerprint(page('B', 'one'), techflow));
    expect(articleFingerprint(page('A', `${long}one`), techflow)).toBe(articleFingerprint(page('A', `${long}two`), techflow));
  });
});

describe('retryOnDomChanges', () => {
  const settle = { settleMs: 10, timeoutMs: 2_000 };

  it('returns at once when the first attempt succeeds', async () => {
    const { document } = new JSDOM('<p>ready</p>').window;
    expect(await retryOnDomChanges(document, () => 'found', { ...settle, signal: new AbortController().signal })).toBe('found');
  });

  it('tries again after the DOM changes, until an attempt succeeds', async () => {
    const { document } = new JSDOM('<main></main>').window;
    const attempt = vi.fn(() => document.querySelector('h1')?.textContent ?? null);
    const found = retryOnDomChanges(document, attempt, { ...settle, signal: new AbortController().signal });
    document.querySelector('main')!.append(document.createElement('p'));
    const heading = document.createElement('h1');
    heading.textContent = 'Article';
    document.querySelector('main')!.append(heading);
    expect(await found).toBe('Article');
    // One attempt at once, one after the burst of changes settled: not one per change.
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('keeps waiting when an attempt that answers later answers null, and tries again after the DOM changes', async () => {
    const { document } = new JSDOM('<main></main>').window;
    const attempt = vi.fn(() => Promise.resolve(document.querySelector('h1')?.textContent ?? null));
    const found = retryOnDomChanges(document, attempt, { ...settle, signal: new AbortController().signal });
    await vi.waitFor(() => expect(attempt).toHaveBeenCalledTimes(1));
    const heading = document.createElement('h1');
    heading.textContent = 'Article';
    document.querySelector('main')!.append(heading);
    expect(await found).toBe('Article');
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('looks again once a slow attempt answers null when the DOM changed while it ran', async () => {
    const { document } = new JSDOM('<main></main>').window;
    let answer: (value: string | null) => void = () => undefined;
    const attempt = vi
      .fn<() => Promise<string | null>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
      .mockImplementation(() => Promise.resolve(document.querySelector('h1')?.textContent ?? null));
    const found = retryOnDomChanges(document, attempt, { ...settle, signal: new AbortController().signal });
    const heading = document.createElement('h1');
    heading.textContent = 'Article';
    document.querySelector('main')!.append(heading);
    // The change settles while the first attempt is still running: no second one alongside it.
    await new Promise((resolve) => setTimeout(resolve, settle.settleMs * 3));
    expect(attempt).toHaveBeenCalledTimes(1);
    answer(null);
    expect(await found).toBe('Article');
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('gives up when the time runs out, and when aborted', async () => {
    const { document } = new JSDOM('<main></main>').window;
    expect(await retryOnDomChanges(document, () => null, { settleMs: 5, timeoutMs: 30, signal: new AbortController().signal })).toBeNull();
    const abort = new AbortController();
    const waiting = retryOnDomChanges(document, () => null, { ...settle, signal: abort.signal });
    abort.abort();
    expect(await waiting).toBeNull();
  });
});

describe('watchUrlChanges', () => {
  it('reports pushState (by polling without the Navigation API) and popstate, once per new URL, until the context ends', () => {
    vi.useFakeTimers();
    window.history.replaceState({}, '', '/zh-CN/article/1');
    const ctx = new ContentScriptContext('techflow');
    const seen: string[] = [];
    watchUrlChanges(ctx, window, (url) => seen.push(new URL(url).pathname));

    window.history.pushState({}, '', '/zh-CN/article/2');
    vi.advanceTimersByTime(300);
    window.history.pushState({}, '', '/zh-CN/article/3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(300);
    ctx.abort();
    window.history.pushState({}, '', '/zh-CN/article/4');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(2_000);

    expect(seen).toEqual(['/zh-CN/article/2', '/zh-CN/article/3']);
    vi.useRealTimers();
  });
});
