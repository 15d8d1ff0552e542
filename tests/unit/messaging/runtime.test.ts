import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ProtocolError, classifySender, createDispatcher, makeEnvelope, unwrapReply } from '../../../utils/messaging/runtime';

const EXT_ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const table = {
  echo: { from: ['content'], payload: v.object({ word: v.pipe(v.string(), v.maxLength(5)) }) },
  wipe: { from: ['extension-page'], payload: v.object({}) },
} as const;
type Responses = { echo: { word: string }; wipe: { wiped: boolean } };

const identify = (sender: { id?: string; url?: string; tab?: object }) => classifySender(sender, EXT_ID, ORIGIN);
const contentSender = { id: EXT_ID, url: 'https://www.techflowpost.com/fr-FR/article/1', tab: { id: 3 } };
const popupSender = { id: EXT_ID, url: `${ORIGIN}popup.html` };

function dispatcher() {
  return createDispatcher<typeof table, Responses>(
    table,
    {
      echo: ({ word }) => ({ word }),
      wipe: () => {
        throw new ProtocolError('storage-unavailable', 'no database');
      },
    },
    identify,
  );
}

describe('classifySender', () => {
  it('knows a content script by its tab and a popup by its extension URL', () => {
    expect(identify(contentSender)).toBe('content');
    expect(identify(popupSender)).toBe('extension-page');
  });

  it('refuses other extensions and senders without a tab or extension URL', () => {
    expect(identify({ ...contentSender, id: 'other-extension' })).toBeNull();
    expect(identify({ id: EXT_ID, url: 'https://evil.example/' })).toBeNull();
    expect(identify({})).toBeNull();
  });
});

describe('createDispatcher', () => {
  it('leaves messages that are not on our channel to other listeners', () => {
    expect(dispatcher()({ type: 'echo', payload: { word: 'hi' } }, contentSender)).toBeUndefined();
    expect(dispatcher()('echo', contentSender)).toBeUndefined();
  });

  it('answers a valid message from an allowed sender', async () => {
    const reply = await dispatcher()(makeEnvelope('echo', { word: 'hi' }), contentSender);
    expect(reply).toEqual({ ok: true, value: { word: 'hi' } });
  });

  it('rejects a payload that does not match the schema, naming the field', async () => {
    const reply = await dispatcher()(makeEnvelope('echo', { word: 'far too long' }), contentSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(reply && !reply.ok && reply.error.message).toContain('word');
  });

  it('rejects unknown types, including inherited property names', async () => {
    for (const type of ['nope', 'toString', '__proto__']) {
      const reply = await dispatcher()(makeEnvelope(type, {}), contentSender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
  });

  it('refuses a message from a role that may not send it', async () => {
    const reply = await dispatcher()(makeEnvelope('wipe', {}), contentSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a message from outside the extension', async () => {
    const reply = await dispatcher()(makeEnvelope('echo', { word: 'hi' }), { id: 'other', tab: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a handler error into an error reply with its code', async () => {
    const reply = await dispatcher()(makeEnvelope('wipe', {}), popupSender);
    expect(reply).toEqual({ ok: false, error: { code: 'storage-unavailable', message: 'no database' } });
  });
});

describe('createDispatcher with a partial handler table', () => {
  it('answers a known type that has no handler with an error, not silence', async () => {
    const partial = createDispatcher<typeof table, Responses>(table, { echo: ({ word }) => ({ word }) }, identify);
    const reply = await partial(makeEnvelope('wipe', {}), popupSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});

describe('unwrapReply', () => {
  it('returns the value of a success and throws the coded error of a failure', () => {
    expect(unwrapReply({ ok: true, value: 7 })).toBe(7);
    expect(() => unwrapReply({ ok: false, error: { code: 'not-found', message: 'gone' } })).toThrow(ProtocolError);
    expect(() => unwrapReply(undefined)).toThrow(/No answer/);
  });
});
