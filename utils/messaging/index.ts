/** Typed messaging between the extension's contexts. Import from here, not from the files inside. */
import { browser } from 'wxt/browser';
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
import { ProtocolError, classifySender, createDispatcher, makeEnvelope, unwrapReply, type SenderInfo } from './runtime';

export * from './protocol';
export { ProtocolError, classifySender, createDispatcher, makeEnvelope, unwrapReply } from './runtime';
export type { SenderInfo } from './runtime';

function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|Receiving end does not exist|message port closed|Could not establish connection/i.test(
    message,
  );
}

/** Sends a request to the background worker and returns its typed answer (throws `ProtocolError`). */
export async function sendToBackground<T extends BackgroundRequestType>(
  type: T,
  payload: BackgroundPayload<T>,
): Promise<BackgroundResponses[T]> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(makeEnvelope(type, payload));
  } catch (error) {
    if (isContextInvalidated(error)) {
      throw new ProtocolError('extension-reloaded', 'The extension was updated or reloaded; reload the page.');
    }
    throw new ProtocolError('internal', error instanceof Error ? error.message : String(error));
  }
  return unwrapReply<BackgroundResponses[T]>(reply);
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

function identify(sender: SenderInfo) {
  return classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
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
    // Only the extension's own pages and worker talk to a content script; they never carry a tab.
    sender.id === browser.runtime.id && !sender.tab ? 'extension-page' : null,
  );
  const listener = (raw: unknown, sender: SenderInfo) => dispatch(raw, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
