/**
 * The listeners the extension really registers (`handleBackgroundRequests`, `handleContentRequests`)
 * with the browser's own idea of who is calling: this extension's id and origin, and the site check
 * the worker uses for content scripts. A web page, another extension, our own script on a look-alike
 * host and a content script sending a popup-only message are refused; a malformed payload gets an
 * error reply; no handler runs for any of them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  backgroundRequests,
  handleBackgroundRequests,
  handleContentRequests,
  makeEnvelope,
  type BackgroundHandlers,
  type SenderInfo,
} from '../../../utils/messaging';

const OUR_ID = fakeBrowser.runtime.id;
const OUR_PAGE = fakeBrowser.runtime.getURL('/popup.html');
const ARTICLE_URL = 'https://www.techflowpost.com/en-US/article/29001';

const SENDERS = {
  contentScript: { id: OUR_ID, url: ARTICLE_URL, tab: { id: 3, url: ARTICLE_URL } },
  popup: { id: OUR_ID, url: OUR_PAGE },
  webPage: { url: 'https://evil.example/', tab: { id: 5 } },
  otherExtension: { id: 'another-extension', url: 'chrome-extension://another-extension/background.js' },
  otherExtensionOnTechflow: { id: 'another-extension', url: ARTICLE_URL, tab: { id: 3 } },
  lookAlikeHost: { id: OUR_ID, url: 'https://www.techflowpost.com.evil.example/en-US/article/1', tab: { id: 6 } },
  techflowInQuery: { id: OUR_ID, url: 'https://evil.example/?next=https://www.techflowpost.com/en-US/article/1', tab: { id: 6 } },
  techflowAsUserInfo: { id: OUR_ID, url: 'https://www.techflowpost.com@evil.example/en-US/article/1', tab: { id: 6 } },
  nonWebScheme: { id: OUR_ID, url: 'file:///www.techflowpost.com/en-US/article/1', tab: { id: 6 } },
  lookAlikeExtensionOrigin: { id: OUR_ID, url: `chrome-extension://${OUR_ID}-evil/popup.html` },
} satisfies Record<string, SenderInfo>;

type Reply = { ok: boolean; error?: { code: string } };

/** Sends one raw message to every registered listener; returns the one answer on our channel. */
async function send(raw: unknown, sender: SenderInfo): Promise<Reply | undefined> {
  // The fake browser types the sender as a full MessageSender; the listeners read only these fields.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (message: unknown, from: SenderInfo) => Promise<unknown[]>;
  const answers = (await trigger(raw, sender)) as Array<Reply | undefined>;
  const ours = answers.filter((answer) => answer !== undefined);
  expect(ours.length).toBeLessThanOrEqual(1);
  return ours[0];
}

/** A spy handler for every background message, answering as little as the type allows. */
function spyHandlers() {
  const handlers = Object.fromEntries(
    Object.keys(backgroundRequests).map((type) => [type, vi.fn(() => ({ handled: type }))]),
  ) as unknown as BackgroundHandlers & Record<string, ReturnType<typeof vi.fn>>;
  const calls = () => Object.values(handlers).reduce((sum, spy) => sum + (spy as ReturnType<typeof vi.fn>).mock.calls.length, 0);
  return { handlers, calls };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the background listener as registered', () => {
  const CONTENT_ONLY = makeEnvelope('warmUp', { lang: 'fr' });
  const POPUP_ONLY = makeEnvelope('deleteArticle', { key: 'techflow:en-US:article:29001' });

  it('answers a content script on TechFlow and the extension’s own pages, each with what it may send', async () => {
    const { handlers } = spyHandlers();
    handleBackgroundRequests(handlers);
    expect(await send(CONTENT_ONLY, SENDERS.contentScript)).toEqual({ ok: true, value: { handled: 'warmUp' } });
    expect(await send(POPUP_ONLY, SENDERS.popup)).toEqual({ ok: true, value: { handled: 'deleteArticle' } });
    expect(handlers.warmUp).toHaveBeenCalledWith({ lang: 'fr' }, SENDERS.contentScript);
  });

  it('refuses web pages, other extensions and our script on hosts that only look like TechFlow, running no handler', async () => {
    const { handlers, calls } = spyHandlers();
    handleBackgroundRequests(handlers);
    const strangers = [
      'webPage',
      'otherExtension',
      'otherExtensionOnTechflow',
      'lookAlikeHost',
      'techflowInQuery',
      'techflowAsUserInfo',
      'nonWebScheme',
      'lookAlikeExtensionOrigin',
    ] as const;
    for (const name of strangers) {
      for (const message of [CONTENT_ONLY, POPUP_ONLY]) {
        expect(await send(message, SENDERS[name]), `${message.type} from ${name}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(calls()).toBe(0);
  });

  it('refuses a popup-only message from a content script, and a content-only one from the popup', async () => {
    const { handlers, calls } = spyHandlers();
    handleBackgroundRequests(handlers);
    expect(await send(POPUP_ONLY, SENDERS.contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(makeEnvelope('importLibrary', { json: '{}' }), SENDERS.contentScript)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send(CONTENT_ONLY, SENDERS.popup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls()).toBe(0);
  });

  it('answers a malformed payload with invalid-message and runs no handler', async () => {
    const { handlers, calls } = spyHandlers();
    handleBackgroundRequests(handlers);
    for (const payload of [undefined, null, 'fr', [], {}, { lang: 7 }, { lang: 'x'.repeat(21) }]) {
      expect(await send(makeEnvelope('warmUp', payload), SENDERS.contentScript), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
    expect(calls()).toBe(0);
  });

  it('leaves other code’s messages unanswered, and stops answering once removed', async () => {
    const { handlers, calls } = spyHandlers();
    const remove = handleBackgroundRequests(handlers);
    expect(await send({ type: 'warmUp', payload: { lang: 'fr' } }, SENDERS.contentScript)).toBeUndefined();
    remove();
    expect(await send(CONTENT_ONLY, SENDERS.contentScript)).toBeUndefined();
    expect(calls()).toBe(0);
  });
});

describe('the content script’s listener as registered', () => {
  function register() {
    const handlers = {
      savePage: vi.fn(() => ({ notArticle: true as const })),
      showHighlight: vi.fn(() => ({ shown: true })),
    };
    handleContentRequests(handlers);
    return handlers;
  }

  it('answers the worker and the popup', async () => {
    const handlers = register();
    expect(await send(makeEnvelope('savePage', {}), { id: OUR_ID })).toEqual({ ok: true, value: { notArticle: true } });
    expect(await send(makeEnvelope('showHighlight', { highlightId: 'h1' }), SENDERS.popup)).toEqual({ ok: true, value: { shown: true } });
    expect(handlers.showHighlight).toHaveBeenCalledTimes(1);
  });

  it('refuses our content script in another tab, other extensions and web pages, and malformed payloads', async () => {
    const handlers = register();
    for (const name of ['contentScript', 'otherExtension', 'otherExtensionOnTechflow', 'webPage'] as const) {
      expect(await send(makeEnvelope('savePage', {}), SENDERS[name]), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const payload of [null, [], {}, { highlightId: '' }, { highlightId: 7 }]) {
      expect(await send(makeEnvelope('showHighlight', payload), SENDERS.popup), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
    expect(handlers.savePage).not.toHaveBeenCalled();
    expect(handlers.showHighlight).not.toHaveBeenCalled();
  });
});
