/**
 * The message boundary, handler by handler: every background and content-script message is sent
 * through the real dispatcher with a valid payload (answered) and then malformed in every way the
 * schema allows us to derive — each required field missing, each field of the wrong type, each
 * bounded string or list one past its limit, non-object payloads, non-web addresses — and from
 * every sender that may not send it. Each malformed message gets an error reply, no handler runs,
 * and the library (every table and the data-loss marker) is exactly as before.
 */
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { serialiseLibraryExport } from '../../../utils/export/web-annotation';
import { libraryHandlers } from '../../../utils/library/background-handlers';
import {
  backgroundRequests,
  contentRequests,
  type BackgroundRequestType,
  type BackgroundResponses,
  type ContentRequestType,
  type ContentResponses,
} from '../../../utils/messaging/protocol';
import {
  classifyContentScriptSender,
  classifySender,
  createDispatcher,
  makeEnvelope,
  type SenderInfo,
} from '../../../utils/messaging/runtime';
import { dumpDatabase } from '../../../utils/storage/dump';
import { IntegrityWatch } from '../../../utils/storage/integrity';
import type { StoredHighlight } from '../../../utils/storage/types';
import { frenchAnalysis, freshLibrary, highlightOn, makeArticle } from '../storage/library-fixtures';

const EXT_ID = 'our-extension';
const ORIGIN = 'chrome-extension://our-extension/';
const isSiteUrl = (url: string) => /^https?:\/\/(?:www\.)?techflowpost\.com\//.test(url);

const SENDERS = {
  content: { id: EXT_ID, url: 'https://www.techflowpost.com/fr-FR/article/700', tab: { id: 9 } },
  popup: { id: EXT_ID, url: `${ORIGIN}popup.html` },
  popupInTab: { id: EXT_ID, url: `${ORIGIN}popup.html`, tab: { id: 4 } },
  worker: { id: EXT_ID, url: `${ORIGIN}background.js` },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  otherExtensionContent: { id: 'someone-else', url: 'https://www.techflowpost.com/fr-FR/article/700', tab: { id: 9 } },
  webPage: { url: 'https://evil.example/', tab: { id: 5 } },
  ourScriptOnAnotherSite: { id: EXT_ID, url: 'https://evil.example/article/1', tab: { id: 5 } },
  noInformation: {},
} satisfies Record<string, SenderInfo>;

type SenderName = keyof typeof SENDERS;

/** The save in parts `seededLibrary` stages, and its totals. */
const STAGED_SAVE = 'staged-save';
const stagedTotals = () => {
  const article = makeArticle('802');
  return { saveId: STAGED_SAVE, parts: 4, textLength: article.text.length, blockCount: article.blocks.length, highlightCount: frenchAnalysis(article).length };
};

/** Which senders the dispatcher sees as which role. */
const BACKGROUND_ROLE: Record<SenderName, 'content' | 'extension-page' | null> = {
  content: 'content',
  popup: 'extension-page',
  popupInTab: 'extension-page',
  worker: 'extension-page',
  otherExtension: null,
  otherExtensionContent: null,
  webPage: null,
  ourScriptOnAnotherSite: null,
  noInformation: null,
};

// ---- Deriving malformed payloads from a schema and a valid payload.

interface Variant {
  /** Where in the payload it differs from the valid one, and how. */
  label: string;
  payload: unknown;
}

type AnySchema = v.GenericSchema & { type: string; pipe?: ReadonlyArray<{ type: string; requirement?: unknown }> };

/** The schema under `optional`/`pipe`, and whether it may be left out. */
function inner(schema: AnySchema): { schema: AnySchema; optional: boolean } {
  if (schema.type === 'optional') return { schema: (schema as unknown as { wrapped: AnySchema }).wrapped, optional: true };
  return { schema, optional: false };
}

function maxLengthOf(schema: AnySchema): number | undefined {
  const action = schema.pipe?.find((step) => step.type === 'max_length');
  return typeof action?.requirement === 'number' ? action.requirement : undefined;
}

/** A value of another type than `schema` accepts. */
function wrongTypeFor(schema: AnySchema): unknown {
  switch (schema.type) {
    case 'string':
    case 'picklist':
    case 'literal':
      return 404;
    case 'number':
      return 'not a number';
    case 'array':
      return 'not a list';
    default:
      return ['not', 'an', 'object'];
  }
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** Every malformed version of `valid` one field at a time, walking the schema alongside the value. */
function malformedVariants(schema: AnySchema, valid: unknown): Variant[] {
  const variants: Variant[] = [
    { label: 'payload missing', payload: undefined },
    { label: 'payload null', payload: null },
    { label: 'payload a string', payload: 'save everything' },
    { label: 'payload a list', payload: [valid] },
  ];
  const walk = (node: AnySchema, value: unknown, path: (string | number)[]) => {
    const where = path.join('.') || '(payload)';
    if (node.type === 'object') {
      const entries = (node as unknown as { entries: Record<string, AnySchema> }).entries;
      for (const [key, entry] of Object.entries(entries)) {
        const { schema: field, optional } = inner(entry);
        const here = [...path, key];
        if (!optional) variants.push({ label: `${here.join('.')} missing`, payload: setAt(valid, here, undefined, true) });
        variants.push({ label: `${here.join('.')} of the wrong type`, payload: setAt(valid, here, wrongTypeFor(field)) });
        const present = (value as Record<string, unknown> | undefined)?.[key];
        if (present !== undefined) walk(field, present, here);
      }
      return;
    }
    const max = maxLengthOf(node);
    if (node.type === 'string' && max !== undefined) {
      variants.push({ label: `${where} one character too long`, payload: setAt(valid, path, 'x'.repeat(max + 1)) });
    }
    if (node.type === 'array') {
      const item = (node as unknown as { item: AnySchema }).item;
      const list = value as unknown[];
      if (max !== undefined && list.length > 0 && max <= 250_000) {
        variants.push({
          label: `${where} one item too many`,
          payload: setAt(valid, path, Array.from({ length: max + 1 }, () => list[0])),
        });
      }
      if (list.length > 0) {
        variants.push({ label: `${where}.0 of the wrong type`, payload: setAt(valid, [...path, 0], wrongTypeFor(item)) });
        walk(item, list[0], [...path, 0]);
      }
    }
    if (node.type === 'picklist') variants.push({ label: `${where} not one of its values`, payload: setAt(valid, path, 'emoji') });
  };
  walk(schema, valid, []);
  return variants.filter((variant) => variant.payload !== undefined || variant.label === 'payload missing');
}

// ---- The background worker's handlers over a real (fake-indexeddb) library.

interface Library {
  dispatch: (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined;
  snapshot: () => Promise<unknown>;
  analyse: ReturnType<typeof vi.fn>;
  warmUp: ReturnType<typeof vi.fn>;
  stored: StoredHighlight;
  articleKey: string;
  json: string;
}

async function seededLibrary(): Promise<Library> {
  const { db, service } = freshLibrary({ now: () => 1_700_000_000_000 });
  const integrity = new IntegrityWatch(db);
  const article = makeArticle('800');
  const { highlights } = await service.saveArticle(article, frenchAnalysis(article));
  const added = await service.addHighlight(article, highlightOn(article, 'Wanxiang', { kind: 'note', origin: 'user', note: 'à lire' }));
  await integrity.record();
  const analyse = vi.fn(() => ({ tags: [], entities: [] }));
  const warmUp = vi.fn(() => ({ started: true }));
  const dispatch = createDispatcher<typeof backgroundRequests, BackgroundResponses>(
    backgroundRequests,
    { ...libraryHandlers(service, integrity), analyse, warmUp },
    (sender) => classifySender(sender, EXT_ID, ORIGIN, isSiteUrl),
  );
  const json = serialiseLibraryExport(await service.allRecords(), 0, 'seed');
  // A save in parts whose parts are all in, for the valid `commitSave`.
  const { text, blocks, ...head } = makeArticle('802');
  for (const [part, content] of [{ article: head }, { text }, { blocks }, { highlights: frenchAnalysis(makeArticle('802')) }].entries()) {
    await dispatch(makeEnvelope('stageSave', { saveId: STAGED_SAVE, part, ...content }), SENDERS.content);
  }
  return {
    dispatch,
    analyse,
    warmUp,
    stored: added.highlight,
    articleKey: article.key,
    json,
    snapshot: async () => ({
      tables: await dumpDatabase(db, 1),
      marker: await fakeBrowser.storage.local.get(null),
      tabs: (await fakeBrowser.tabs.query({})).length,
      firstHighlight: highlights[0]?.id,
    }),
  };
}

/** A valid payload for each background message, against the seeded library, and who sends it. */
function validBackground(library: Library): { [K in BackgroundRequestType]: { payload: unknown; sender: SenderName } } {
  const fresh = makeArticle('801');
  const { text: _text, blocks: _blocks, ...freshHead } = fresh;
  return {
    warmUp: { payload: { lang: 'fr' }, sender: 'content' },
    analyse: { payload: { key: fresh.key, lang: 'fr', text: fresh.text }, sender: 'content' },
    articleState: { payload: { key: library.articleKey, entityIds: ['token:btc'] }, sender: 'content' },
    saveArticle: { payload: { article: fresh, highlights: frenchAnalysis(fresh) }, sender: 'content' },
    stageSave: { payload: { saveId: 'another-save', part: 0, article: freshHead }, sender: 'content' },
    commitSave: { payload: stagedTotals(), sender: 'content' },
    unsaveArticle: { payload: { key: library.articleKey }, sender: 'content' },
    addHighlight: {
      payload: { article: fresh, highlight: highlightOn(fresh, 'OpenAI', { kind: 'note', origin: 'user', note: 'rival' }) },
      sender: 'content',
    },
    updateHighlight: { payload: { id: library.stored.id, note: 'relire' }, sender: 'popup' },
    deleteHighlight: { payload: { id: library.stored.id }, sender: 'popup' },
    restoreHighlight: { payload: { highlight: { ...library.stored, note: 'restored' } }, sender: 'popup' },
    deleteArticle: { payload: { key: library.articleKey }, sender: 'popup' },
    restoreArticle: { payload: { snapshotId: 'no-such-snapshot' }, sender: 'popup' },
    importLibrary: { payload: { json: library.json }, sender: 'popup' },
    openArticle: { payload: { key: library.articleKey, highlightId: library.stored.id }, sender: 'popup' },
    libraryStatus: { payload: {}, sender: 'popup' },
    acknowledgeDataLoss: { payload: {}, sender: 'popup' },
  };
}

/** Addresses that are not web addresses, where the payload carries one. */
const NON_WEB_ADDRESSES = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings', 'not a url'];

function addressVariants(type: BackgroundRequestType, valid: unknown): Variant[] {
  if (type !== 'saveArticle' && type !== 'addHighlight' && type !== 'stageSave') return [];
  return NON_WEB_ADDRESSES.flatMap((address) =>
    (['url', 'sourceUrl', 'coverUrl'] as const).map((field) => ({
      label: `article.${field} = ${address}`,
      payload: setAt(valid, ['article', field], address),
    })),
  );
}

type Reply = { ok: boolean; error?: { code: string } };

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { shown: true } });
});

const backgroundTypes = Object.keys(backgroundRequests) as BackgroundRequestType[];

describe('background messages at the boundary', () => {
  it('every message type has a valid case here (a new message needs one)', async () => {
    const library = await seededLibrary();
    expect(Object.keys(validBackground(library)).sort()).toEqual([...backgroundTypes].sort());
  });

  it.each(backgroundTypes)('%s: a valid message from its sender is answered', async (type) => {
    const library = await seededLibrary();
    const { payload, sender } = validBackground(library)[type];
    const reply = (await library.dispatch(makeEnvelope(type, payload), SENDERS[sender])) as Reply;
    expect(reply).toMatchObject({ ok: true });
  });

  it.each(backgroundTypes)(
    '%s: every malformed payload gets invalid-message, runs no handler and changes nothing',
    async (type) => {
      const library = await seededLibrary();
      const { payload, sender } = validBackground(library)[type];
      const variants = [
        ...malformedVariants(backgroundRequests[type].payload as unknown as AnySchema, payload),
        ...addressVariants(type, payload),
      ];
      expect(variants.length).toBeGreaterThan(3);
      const before = await library.snapshot();
      for (const variant of variants) {
        const reply = (await library.dispatch(makeEnvelope(type, variant.payload), SENDERS[sender])) as Reply;
        expect(reply, variant.label).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      }
      expect(library.analyse).not.toHaveBeenCalled();
      expect(library.warmUp).not.toHaveBeenCalled();
      expect(await library.snapshot()).toEqual(before);
    },
    30_000,
  );

  it.each(backgroundTypes)('%s: refused from every sender that may not send it, changing nothing', async (type) => {
    const library = await seededLibrary();
    const { payload } = validBackground(library)[type];
    const allowed: readonly string[] = backgroundRequests[type].from;
    const refused = (Object.keys(SENDERS) as SenderName[]).filter((name) => {
      const role = BACKGROUND_ROLE[name];
      return role === null || !allowed.includes(role);
    });
    expect(refused).toEqual(expect.arrayContaining(['otherExtension', 'webPage', 'ourScriptOnAnotherSite', 'noInformation']));
    const before = await library.snapshot();
    for (const name of refused) {
      const reply = (await library.dispatch(makeEnvelope(type, payload), SENDERS[name])) as Reply;
      expect(reply, `from ${name}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(library.analyse).not.toHaveBeenCalled();
    expect(library.warmUp).not.toHaveBeenCalled();
    expect(await library.snapshot()).toEqual(before);
  });

  it('answers unknown types, inherited names and envelopes with a wrong type field with invalid-message', async () => {
    const library = await seededLibrary();
    const before = await library.snapshot();
    for (const type of ['dropDatabase', 'constructor', '__proto__', 'hasOwnProperty', 'SAVEARTICLE', '']) {
      const reply = (await library.dispatch(makeEnvelope(type, {}), SENDERS.popup)) as Reply;
      expect(reply, type).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(await library.snapshot()).toEqual(before);
  });

  it('leaves messages that are not on our channel unanswered (other listeners may take them)', async () => {
    const library = await seededLibrary();
    for (const raw of [
      { type: 'saveArticle', payload: {} },
      { channel: 'techflow-annotator/v0', type: 'deleteArticle', payload: { key: library.articleKey } },
      { channel: 'techflow-annotator/v1', type: 7 },
      'deleteArticle',
      null,
    ]) {
      expect(library.dispatch(raw, SENDERS.popup)).toBeUndefined();
    }
  });
});

// ---- The content script's handlers.

const contentTypes = Object.keys(contentRequests) as ContentRequestType[];

function contentDispatcher() {
  const handlers = {
    savePage: vi.fn(() => ({ notArticle: true as const })),
    showHighlight: vi.fn(() => ({ shown: true })),
  };
  const dispatch = createDispatcher<typeof contentRequests, ContentResponses>(contentRequests, handlers, (sender) =>
    classifyContentScriptSender(sender, EXT_ID, ORIGIN),
  );
  return { dispatch, handlers };
}

const VALID_CONTENT: { [K in ContentRequestType]: unknown } = {
  savePage: {},
  showHighlight: { highlightId: 'highlight-1' },
};

describe('content-script messages at the boundary', () => {
  it('every content message type has a valid case here', () => {
    expect(Object.keys(VALID_CONTENT).sort()).toEqual([...contentTypes].sort());
  });

  it.each(contentTypes)('%s: answered from the worker, the popup and the popup shown in a tab', async (type) => {
    const { dispatch } = contentDispatcher();
    for (const sender of [SENDERS.worker, SENDERS.popup, SENDERS.popupInTab, { id: EXT_ID }]) {
      expect(await dispatch(makeEnvelope(type, VALID_CONTENT[type]), sender)).toMatchObject({ ok: true });
    }
  });

  it.each(contentTypes)('%s: every malformed payload gets invalid-message and runs no handler', async (type) => {
    const { dispatch, handlers } = contentDispatcher();
    const variants = malformedVariants(contentRequests[type].payload as unknown as AnySchema, VALID_CONTENT[type]);
    for (const variant of variants) {
      const reply = (await dispatch(makeEnvelope(type, variant.payload), SENDERS.worker)) as Reply;
      expect(reply, variant.label).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(handlers.savePage).not.toHaveBeenCalled();
    expect(handlers.showHighlight).not.toHaveBeenCalled();
  });

  it.each(contentTypes)('%s: refused from content scripts, other extensions and web pages', async (type) => {
    const { dispatch, handlers } = contentDispatcher();
    for (const name of ['content', 'otherExtension', 'otherExtensionContent', 'webPage', 'ourScriptOnAnotherSite', 'noInformation'] as const) {
      const reply = (await dispatch(makeEnvelope(type, VALID_CONTENT[type]), SENDERS[name])) as Reply;
      expect(reply, `from ${name}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(handlers.savePage).not.toHaveBeenCalled();
    expect(handlers.showHighlight).not.toHaveBeenCalled();
  });

  it('answers an unknown content message type with invalid-message', async () => {
    const { dispatch } = contentDispatcher();
    expect(await dispatch(makeEnvelope('deleteArticle', { key: 'k' }), SENDERS.worker)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });
});
