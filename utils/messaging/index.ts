/** Typed messaging between the extension's contexts. Import from here, not from the files inside. */
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../site';
import {
  backgroundRequests,
  contentRequests,
  type BackgroundPayload,
  type BackgroundRequestType,
  type BackgroundResponses,
  type ContentPayload,
  type ContentRequestType,
  type ContentResponses,
} from './protocol';
import {
  ProtocolError,
  classifyContentScriptSender,
  classifySender,
  createDispatcher,
  makeEnvelope,
  unwrapReply,
  type SenderInfo,
} from './runtime';

export * from './protocol';
export { ProtocolError, classifyContentScriptSender, classifySender, createDispatcher, makeEnvelope, unwrapReply } from './runtime';
export type { SenderInfo } from './runtime';

/**
 * How often a request is sent again when its reply was lost: the browser stopped the MV3 worker
 * while it was answering (it does so whenever it likes). Every write is idempotent (saves are keyed
 * on the article, a repeated highlight is stored once), so sending again is safe.
 */
const LOST_REPLY_RETRIES = 2;

/** The errors a send gets when the other end went away before answering, or was never there. */
function isLostReply(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|Receiving end does not exist|message (?:port|channel) closed|Could not establish connection/i.test(
    message,
  );
}

/** Whether this script still belongs to the installed extension (an update or reload orphans it). */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Sends a request to the background worker and returns its typed answer (throws `ProtocolError`). */
export async function sendToBackground<T extends BackgroundRequestType>(
  type: T,
  payload: BackgroundPayload<T>,
): Promise<BackgroundResponses[T]> {
  const envelope = makeEnvelope(type, payload);
  for (let attempt = 0; ; attempt += 1) {
    let reply: unknown;
    try {
      reply = await browser.runtime.sendMessage(envelope);
    } catch (error) {
      if (!extensionAlive()) {
        throw new ProtocolError('extension-reloaded', 'The extension was updated or reloaded; reload the page.');
      }
      if (isLostReply(error) && attempt < LOST_REPLY_RETRIES) continue;
      throw new ProtocolError('internal', error instanceof Error ? error.message : String(error));
    }
    return unwrapReply<BackgroundResponses[T]>(reply);
  }
}

/** Sends a request to the content script of one tab. */
export async function sendToTab<T extends ContentRequestType>(
  tabId: number,
  type: T,
  payload: ContentPayload<T>,
): Promise<ContentResponses[T]> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, makeEnvelope(type, payload));
  return unwrapReply<ContentResponses[T]>(reply);
}

/** Content scripts only message from the sites they annotate; a "content script" elsewhere is not ours. */
const isSiteUrl = (url: string) => adapterForUrl(url) !== null;

function identify(sender: SenderInfo) {
  return classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'), isSiteUrl);
}

export type BackgroundHandlers = {
  [K in BackgroundRequestType]: (
    payload: BackgroundPayload<K>,
    sender: SenderInfo,
  ) => Promise<BackgroundResponses[K]> | BackgroundResponses[K];
};

/**
 * Registers the background worker's handlers; returns a function that removes them.
 * Feature modules each contribute a slice; a type without a handler gets an error reply.
 */
export function handleBackgroundRequests(handlers: Partial<BackgroundHandlers>): () => void {
  const dispatch = createDispatcher<typeof backgroundRequests, BackgroundResponses>(
    backgroundRequests,
    handlers,
    identify,
  );
  const listener = (raw: unknown, sender: SenderInfo) => dispatch(raw, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Registers the content script's handlers; returns a function that removes them. */
export function handleContentRequests(handlers: {
  [K in ContentRequestType]: (
    payload: ContentPayload<K>,
    sender: SenderInfo,
  ) => Promise<ContentResponses[K]> | ContentResponses[K];
}): () => void {
  const dispatch = createDispatcher<typeof contentRequests, ContentResponses>(contentRequests, handlers, (sender) =>
    classifyContentScriptSender(sender, browser.runtime.id, browser.runtime.getURL('/')),
  );
  const listener = (raw: unknown, sender: SenderInfo) => dispatch(raw, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
