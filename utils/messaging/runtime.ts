/** Sending and receiving protocol messages: envelopes, sender checks, payload validation, error replies. */
import * as v from 'valibot';
import { CHANNEL, type Envelope, type ErrorCode, type Reply, type SenderRole } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** A handler table entry: which roles may send it and the schema its payload must match. */
type RequestTable = Record<string, { from: readonly SenderRole[]; payload: v.GenericSchema }>;

type Handlers<T extends RequestTable, R extends { [K in keyof T]: unknown }> = {
  [K in keyof T]: (payload: v.InferOutput<T[K]['payload']>, sender: SenderInfo) => Promise<R[K]> | R[K];
};

/** An error with a code the UI can translate for the reader. */
export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export function makeEnvelope<T extends string>(type: T, payload: unknown): Envelope<T> {
  return { channel: CHANNEL, type, payload };
}

function isEnvelope(raw: unknown): raw is Envelope {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { channel?: unknown }).channel === CHANNEL &&
    typeof (raw as { type?: unknown }).type === 'string'
  );
}

/**
 * Decides who sent a message to the background. Only this extension's own contexts count: one of
 * its pages or its worker (by URL), or a content script (it has a tab) on a page of the site it
 * runs on (`isSiteUrl`). Web pages, other extensions and content scripts elsewhere get `null`.
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
  isSiteUrl: (url: string) => boolean = () => true,
): SenderRole | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && isSiteUrl(url)) return 'content';
  return null;
}

/**
 * Decides who sent a message to a content script: only the extension's worker and pages may (the
 * worker and popup carry no tab; an extension page shown in a tab carries the extension's origin).
 */
export function classifyContentScriptSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== extensionId) return null;
  if (!sender.tab || (sender.url ?? '').startsWith(extensionOrigin)) return 'extension-page';
  return null;
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Builds the function that answers one raw message: returns `undefined` for messages that are
 * not ours (so other listeners may answer), and a `Reply` for everything on our channel.
 */
export function createDispatcher<T extends RequestTable, R extends { [K in keyof T]: unknown }>(
  table: T,
  handlers: Partial<Handlers<T, R>>,
  identify: (sender: SenderInfo) => SenderRole | null,
): (raw: unknown, sender: SenderInfo) => Promise<Reply<unknown>> | undefined {
  return (raw, sender) => {
    if (!isEnvelope(raw)) return undefined;
    return (async (): Promise<Reply<unknown>> => {
      const role = identify(sender);
      if (!role) return failure('forbidden', 'Sender is not part of this extension.');
      if (!Object.hasOwn(table, raw.type)) return failure('invalid-message', `Unknown message type.`);
      const type = raw.type as keyof T & string;
      const entry = table[type]!;
      if (!entry.from.includes(role)) return failure('forbidden', `"${type}" may not be sent from here.`);
      const handler = handlers[type];
      if (!handler) return failure('invalid-message', `"${type}" is not handled here.`);
      // Every payload is a plain object; schemas of payloads without fields would accept a list.
      if (typeof raw.payload !== 'object' || raw.payload === null || Array.isArray(raw.payload)) {
        return failure('invalid-message', `Invalid "${type}" payload: not an object.`);
      }
      const parsed = v.safeParse(entry.payload, raw.payload);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        return failure('invalid-message', `Invalid "${type}" payload${path ? ` at ${path}` : ''}: ${issue.message}`);
      }
      try {
        const value = await handler(parsed.output, sender);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof ProtocolError) return failure(error.code, error.message);
        return failure('internal', error instanceof Error ? error.message : String(error));
      }
    })();
  };
}

/** Unwraps a reply, turning an error reply into a thrown `ProtocolError`. */
export function unwrapReply<R>(reply: unknown): R {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new ProtocolError('internal', 'No answer from the extension.');
  }
  const typed = reply as Reply<R>;
  if (typed.ok) return typed.value;
  throw new ProtocolError(typed.error.code, typed.error.message);
}
