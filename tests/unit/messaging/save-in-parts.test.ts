/**
 * Saving an article too big for one message: the content script's sender and the worker's staging,
 * through the real dispatcher and library. A save in parts reaches the library whole or not at
 * all, even when the worker is stopped between parts (its in-memory parts are then gone).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { libraryHandlers } from '../../../utils/library/background-handlers';
import {
  backgroundRequests,
  type BackgroundPayload,
  type BackgroundRequestType,
  type BackgroundResponses,
} from '../../../utils/messaging/protocol';
import { classifySender, createDispatcher, makeEnvelope, unwrapReply, type SenderInfo } from '../../../utils/messaging/runtime';
import { PART_HIGHLIGHTS, saveArticleWithHighlights, savePercent, saveSteps, type SaveProgress } from '../../../utils/messaging/save-in-parts';
import { MAX_HIGHLIGHTS } from '../../../utils/messaging/schemas';
import type { LibraryDatabase } from '../../../utils/storage/database';
import { dumpDatabase } from '../../../utils/storage/dump';
import { IntegrityWatch } from '../../../utils/storage/integrity';
import { LibraryService, PAGE_STATE_HIGHLIGHTS } from '../../../utils/storage/library-service';
import type { NewHighlight } from '../../../utils/storage/types';
import { freshLibrary, makeArticle, storedHighlights } from '../storage/library-fixtures';

const EXT_ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const TAB: SenderInfo = { id: EXT_ID, url: 'https://www.techflowpost.com/fr-FR/article/900', tab: { id: 9 } };
const OTHER_TAB: SenderInfo = { id: EXT_ID, url: 'https://www.techflowpost.com/fr-FR/article/900', tab: { id: 10 } };

beforeEach(() => fakeBrowser.reset());

/** An article of `paragraphs` French paragraphs, long enough to need text and block parts. */
function bigArticle(paragraphs: number, filler = 'Le bitcoin a progressé pendant que la SEC examinait les ETF. '): ExtractedArticle {
  const base = makeArticle('900');
  const texts = Array.from({ length: paragraphs }, (_, i) => `${i + 1}. ${filler.repeat(20)}`);
  let offset = 0;
  const blocks = texts.map((text) => {
    const block = { type: 'paragraph' as const, text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return block;
  });
  return { ...base, blocks, text: texts.join('\n\n') };
}

/** One automatic highlight per mention index, each on its own place in the text. */
function highlightsFor(article: ExtractedArticle, count: number) {
  return (from: number, to: number): NewHighlight[] => {
    const highlights: NewHighlight[] = [];
    for (let i = from; i < to; i++) {
      const start = (i * 7) % (article.text.length - 10);
      highlights.push({
        kind: 'token',
        origin: 'auto',
        quote: { type: 'TextQuoteSelector', exact: article.text.slice(start, start + 5), prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + 5 },
        entityId: `token:t${i % 50}`,
      });
    }
    expect(to).toBeLessThanOrEqual(count);
    return highlights;
  };
}

/**
 * A worker the tests can stop: `stop()` drops its handlers (and with them the parts it held) and
 * the next message starts a new one over the same database, as the browser does.
 */
function stoppableWorker(db: LibraryDatabase) {
  const service = new LibraryService({ db });
  const start = () =>
    createDispatcher<typeof backgroundRequests, BackgroundResponses>(
      backgroundRequests,
      libraryHandlers(service, new IntegrityWatch(db)),
      (sender) => classifySender(sender, EXT_ID, ORIGIN),
    );
  let dispatch = start();
  const sent: Array<{ type: BackgroundRequestType; payload: unknown }> = [];
  let hook: (type: BackgroundRequestType, index: number) => Promise<void> | void = () => undefined;
  const send = async <T extends BackgroundRequestType>(type: T, payload: BackgroundPayload<T>, sender = TAB) => {
    await hook(type, sent.length);
    sent.push({ type, payload });
    return unwrapReply<BackgroundResponses[T]>(await dispatch(makeEnvelope(type, payload), sender));
  };
  return {
    sent,
    send,
    stop: () => {
      dispatch = start();
    },
    /** Runs before each message is delivered. */
    onMessage: (next: (type: BackgroundRequestType, index: number) => Promise<void> | void) => {
      hook = next;
    },
  };
}

/**
 * Writing 60,000 highlights into fake-indexeddb takes ~6 s on a quiet machine and five times that
 * when the suite runs beside browsers under load: a guard against a hang, not a speed check.
 */
const BIG_SAVE_TIMEOUT_MS = 120_000;

describe('saving an article too big for one message', () => {
  it('an ordinary article is still one saveArticle message', async () => {
    const { db } = freshLibrary();
    const worker = stoppableWorker(db);
    const article = makeArticle('901');
    const reply = await saveArticleWithHighlights(article, 40, highlightsFor(article, 40), worker.send);
    expect(worker.sent.map((message) => message.type)).toEqual(['saveArticle']);
    expect(reply.saved.highlightCount).toBe(40);
  });

  it('saves a 1.2 MB article with 60,000 highlights (more than one message may hold) whole, in bounded parts', async () => {
    const { db } = freshLibrary();
    const worker = stoppableWorker(db);
    const article = bigArticle(1_000);
    expect(article.text.length).toBeGreaterThan(1_200_000);
    const count = MAX_HIGHLIGHTS + 10_000;
    const reply = await saveArticleWithHighlights(article, count, highlightsFor(article, count), worker.send);

    expect(reply.saved.highlightCount).toBe(count);
    expect(reply.created).toBe(true);
    // The reply carries the reader's own highlights only; there are none yet.
    expect(reply.highlights).toEqual([]);
    const types = worker.sent.map((message) => message.type);
    expect(types.at(-1)).toBe('commitSave');
    expect(types.filter((type) => type === 'stageSave').length).toBeGreaterThan(count / PART_HIGHLIGHTS);
    for (const { payload } of worker.sent) {
      expect((payload as { highlights?: unknown[] }).highlights?.length ?? 0).toBeLessThanOrEqual(PART_HIGHLIGHTS);
    }
    const saved = await new LibraryService({ db }).getArticle(article.key);
    expect(saved?.text).toBe(article.text);
    expect(saved?.blocks).toEqual(article.blocks);
    expect((await storedHighlights(db)).length).toBe(count);
  }, BIG_SAVE_TIMEOUT_MS);

  it('never cuts the text between the halves of a surrogate pair', async () => {
    const { db } = freshLibrary();
    const worker = stoppableWorker(db);
    // One letter then emoji: a cut at any even offset falls inside a pair.
    const text = `a${'😀'.repeat(600_000)}`;
    const article = { ...makeArticle('903'), text, blocks: [{ type: 'paragraph' as const, text, start: 0, end: text.length }] };
    const reply = await saveArticleWithHighlights(article, 10, highlightsFor(article, 10), worker.send);
    expect(reply.saved.highlightCount).toBe(10);
    const parts = worker.sent.flatMap(({ payload }) => (payload as { text?: string }).text ?? []);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part)).toBe(false);
    expect((await new LibraryService({ db }).getArticle(article.key))?.text).toBe(article.text);
  });

  it('a save whose worker is stopped between parts leaves nothing in the library, then is sent again whole', async () => {
    const { db } = freshLibrary();
    const empty = await dumpDatabase(db, 2);
    const worker = stoppableWorker(db);
    const article = bigArticle(200);
    const count = 20_000;
    let stopped = false;
    worker.onMessage(async (_type, index) => {
      if (index !== 6 || stopped) return;
      stopped = true;
      worker.stop();
      // Six parts were received, then lost with the worker: the library is exactly as before the save.
      expect(await dumpDatabase(db, 2)).toEqual(empty);
    });
    const reply = await saveArticleWithHighlights(article, count, highlightsFor(article, count), worker.send);
    expect(stopped).toBe(true);
    expect(worker.sent.filter((message) => message.type === 'stageSave' && (message.payload as { part: number }).part === 0)).toHaveLength(2);
    expect(reply.saved.highlightCount).toBe(count);
    expect((await storedHighlights(db)).length).toBe(count);
    expect((await dumpDatabase(db, 2)).tables.articles).toHaveLength(1);
  });

  it('a save interrupted between parts and never finished leaves no article, no highlight and nothing staged in the library', async () => {
    const { db } = freshLibrary();
    const before = await dumpDatabase(db, 2);
    const worker = stoppableWorker(db);
    const article = bigArticle(200);
    const count = 20_000;
    // The worker is stopped before every fourth message: no attempt gets all its parts through.
    worker.onMessage((_type, index) => {
      if (index % 4 === 3) worker.stop();
    });
    await expect(saveArticleWithHighlights(article, count, highlightsFor(article, count), worker.send)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await dumpDatabase(db, 2)).toEqual(before);
  });

  it('a page reopening a saved huge article is told its count and the reader\'s own highlights, not every automatic one', async () => {
    const { db } = freshLibrary();
    const worker = stoppableWorker(db);
    const service = new LibraryService({ db });
    const article = bigArticle(200);
    const count = PAGE_STATE_HIGHLIGHTS + 1_000;
    await saveArticleWithHighlights(article, count, highlightsFor(article, count), worker.send);
    const { highlight: mine } = await service.addHighlight(article, {
      ...highlightsFor(article, 1)(0, 1)[0]!,
      kind: 'note',
      origin: 'user',
      note: 'à relire',
    });
    const state = await worker.send('articleState', { key: article.key, entityIds: [] });
    expect(state.saved?.highlightCount).toBe(count + 1);
    expect(state.highlights).toEqual([mine]);
    // An ordinary article's page still gets every highlight.
    const ordinary = makeArticle('904');
    await saveArticleWithHighlights(ordinary, 40, highlightsFor(ordinary, 40), worker.send);
    expect((await worker.send('articleState', { key: ordinary.key, entityIds: [] })).highlights).toHaveLength(40);
  });

  it('a part sent again after a lost reply is kept once; a part from another tab or a wrong total is refused and writes nothing', async () => {
    const { db } = freshLibrary();
    const before = await dumpDatabase(db, 2);
    const worker = stoppableWorker(db);
    const { text, blocks, ...head } = makeArticle('902');
    await worker.send('stageSave', { saveId: 's1', part: 0, article: head });
    await worker.send('stageSave', { saveId: 's1', part: 1, text });
    expect(await worker.send('stageSave', { saveId: 's1', part: 1, text })).toEqual({ received: 2 });
    await expect(worker.send('stageSave', { saveId: 's1', part: 2, blocks }, OTHER_TAB)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(worker.send('commitSave', { saveId: 's1', parts: 2, textLength: text.length, blockCount: 0, highlightCount: 0 }, OTHER_TAB)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await worker.send('stageSave', { saveId: 's1', part: 2, blocks });
    await expect(
      worker.send('commitSave', { saveId: 's1', parts: 3, textLength: text.length + 1, blockCount: blocks.length, highlightCount: 0 }),
    ).rejects.toMatchObject({ code: 'invalid-message' });
    expect(await dumpDatabase(db, 2)).toEqual(before);
    // The refused save is forgotten: its commit cannot be tried again with other totals.
    await expect(
      worker.send('commitSave', { saveId: 's1', parts: 3, textLength: text.length, blockCount: blocks.length, highlightCount: 0 }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the progress of a save in parts', () => {
  it('is a whole percent that never goes back as steps are done, and says 100 only once every step is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (total, done) => {
        const percent = savePercent({ done, total });
        expect(Number.isInteger(percent)).toBe(true);
        expect(percent).toBe(done >= total ? 100 : Math.min(99, Math.floor((100 * done) / total)));
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(savePercent({ done: done + 1, total })).toBeGreaterThanOrEqual(percent);
      }),
    );
  });

  it('counts a step for every part, every stretch of mentions without a highlight, and the commit', () => {
    const article = bigArticle(200);
    const count = 10 * PART_HIGHLIGHTS + 1;
    const highlightParts = 11;
    // The head, one text part and one part of blocks, the highlight parts, then the commit as heavy as they are.
    expect(article.text.length).toBeLessThan(500_000);
    expect(saveSteps(article, count)).toBe(1 + 1 + 1 + highlightParts + highlightParts);
    expect(saveSteps(article, 0)).toBe(1 + 1 + 1 + 1);
  });

  it('rises from 0 % after each part and reaches 100 % only when the worker has committed the save', async () => {
    const { db } = freshLibrary();
    const worker = stoppableWorker(db);
    const article = bigArticle(200);
    const count = 20_000;
    const reports: SaveProgress[] = [];
    let beforeCommit: SaveProgress | undefined;
    worker.onMessage((type) => {
      if (type === 'commitSave') beforeCommit = reports.at(-1);
    });
    // Two stretches of mentions give no highlight: nothing is sent for them, yet each is a step.
    // The steps are the parts (0 to 13 done), then the commit's share all at once.
    const describe = highlightsFor(article, count);
    const sparse = (from: number, to: number) => (from >= 4 * PART_HIGHLIGHTS && from < 6 * PART_HIGHLIGHTS ? [] : describe(from, to));
    const reply = await saveArticleWithHighlights(article, count, sparse, worker.send, (progress) => reports.push(progress));
    expect(reply.saved.highlightCount).toBe(count - 2 * PART_HIGHLIGHTS);
    const total = saveSteps(article, count);
    expect(reports.every((progress) => progress.total === total)).toBe(true);
    expect(reports.map((progress) => progress.done)).toEqual([...Array.from({ length: total - count / PART_HIGHLIGHTS + 1 }, (_, i) => i), total]);
    expect(savePercent(reports[0]!)).toBe(0);
    expect(savePercent(beforeCommit!)).toBeLessThan(100);
    expect(savePercent(reports.at(-1)!)).toBe(100);
  });

  it('starts again from 0 % when the worker lost the parts and the save is sent again; a single message reports none', async () => {
    const { db } = freshLibrary();
    const worker = stoppableWorker(db);
    const article = bigArticle(200);
    const count = 20_000;
    let stopped = false;
    worker.onMessage((_type, index) => {
      if (index !== 6 || stopped) return;
      stopped = true;
      worker.stop();
    });
    const done: number[] = [];
    await saveArticleWithHighlights(article, count, highlightsFor(article, count), worker.send, (progress) => done.push(progress.done));
    expect(done.filter((steps) => steps === 0)).toHaveLength(2);
    expect(done.slice(done.lastIndexOf(0)).every((steps, i, all) => i === 0 || steps > all[i - 1]!)).toBe(true);
    const reports: SaveProgress[] = [];
    const ordinary = makeArticle('905');
    await saveArticleWithHighlights(ordinary, 40, highlightsFor(ordinary, 40), worker.send, (progress) => reports.push(progress));
    expect(reports).toEqual([]);
  });
});
