/**
 * Saving an article from the content script: one `saveArticle` message when it is an ordinary
 * article, bounded parts (`stageSave` … `commitSave`) when one message would be too big to send,
 * validate or build without stalling the page (a 5 MB article has ~146,000 highlights).
 */
import type { ExtractedArticle } from '../extract/types';
import type { NewHighlight } from '../storage/types';
import { sendToBackground } from './index';
import type { BackgroundPayload, BackgroundRequestType, BackgroundResponses } from './protocol';
import { ProtocolError } from './runtime';
import { MAX_PART_BLOCKS, MAX_PART_TEXT } from './schemas';

/**
 * Up to this many highlights (and `SINGLE_MESSAGE_TEXT` characters) a save is one message, as
 * every ordinary article's is (hundreds of highlights): building them is one short task.
 */
export const SINGLE_MESSAGE_HIGHLIGHTS = 5_000;
const SINGLE_MESSAGE_TEXT = 1_000_000;
/** Highlights described per part: a few milliseconds of work in the page, a few hundred kB sent. */
export const PART_HIGHLIGHTS = 2_000;
/** Characters of text (or of blocks' text) per part: serialised in a millisecond or two. */
const PART_TEXT = 500_000;
/** Whole sends of a save in parts: a worker stopped mid-save loses the parts it held, so the save starts over. */
const SAVE_ATTEMPTS = 3;

/**
 * What committing weighs against staging, per highlight part: the worker then writes every
 * highlight in one transaction, about as long as they took to describe and send.
 */
const COMMIT_WEIGHT_PER_HIGHLIGHT_PART = 1;

/** How far a save in parts has gone: steps done out of all (each part sent, then the commit's share). */
export interface SaveProgress {
  done: number;
  total: number;
}

/** The share of a save done, in whole percent: under 100 until the worker has committed it. */
export function savePercent({ done, total }: SaveProgress): number {
  if (total <= 0 || done >= total) return 100;
  return Math.min(99, Math.floor((100 * Math.max(0, done)) / total));
}

/** The highlights of mentions `from` to `to` (end excluded); a mention may give none. */
export type DescribeHighlights = (from: number, to: number) => NewHighlight[];

type Send = <T extends BackgroundRequestType>(type: T, payload: BackgroundPayload<T>) => Promise<BackgroundResponses[T]>;
type PartContent = Omit<BackgroundPayload<'stageSave'>, 'saveId' | 'part'>;

export type SaveReply = BackgroundResponses['saveArticle'];

/** Where to end a text part near `end`: never between the two halves of a surrogate pair. */
function textCut(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end + 1 : end;
}

/** Where each text part ends. */
function* textCuts(text: string): Generator<number> {
  for (let at = 0; at < text.length; ) {
    at = textCut(text, at + Math.min(PART_TEXT, MAX_PART_TEXT));
    yield at;
  }
}

/** Where each part of the blocks ends. */
function* blockCuts(blocks: ExtractedArticle['blocks']): Generator<number> {
  for (let at = 0; at < blocks.length; ) {
    let end = at;
    let chars = 0;
    while (end < blocks.length && end - at < MAX_PART_BLOCKS && (end === at || chars + blocks[end]!.text.length <= PART_TEXT)) {
      chars += blocks[end]!.text.length;
      end += 1;
    }
    yield end;
    at = end;
  }
}

/** The steps of a save in parts, counted without building any part: its progress's whole. */
export function saveSteps(article: ExtractedArticle, mentionCount: number): number {
  const highlightParts = Math.ceil(mentionCount / PART_HIGHLIGHTS);
  const parts = 1 + [...textCuts(article.text)].length + [...blockCuts(article.blocks)].length + highlightParts;
  return parts + Math.max(1, highlightParts * COMMIT_WEIGHT_PER_HIGHLIGHT_PART);
}

/**
 * The parts of a save, built one at a time as they are sent (highlights only when their turn
 * comes); null for a stretch of mentions that gives no highlight (a step of the progress all the same).
 */
function* partsOf(article: ExtractedArticle, mentionCount: number, describe: DescribeHighlights): Generator<PartContent | null> {
  const { text, blocks, ...head } = article;
  yield { article: head };
  let from = 0;
  for (const end of textCuts(text)) {
    yield { text: text.slice(from, end) };
    from = end;
  }
  from = 0;
  for (const end of blockCuts(blocks)) {
    yield { blocks: blocks.slice(from, end) };
    from = end;
  }
  for (let at = 0; at < mentionCount; at += PART_HIGHLIGHTS) {
    const highlights = describe(at, Math.min(mentionCount, at + PART_HIGHLIGHTS));
    yield highlights.length > 0 ? { highlights } : null;
  }
}

async function sendInParts(
  article: ExtractedArticle,
  mentionCount: number,
  describe: DescribeHighlights,
  send: Send,
  onProgress: (progress: SaveProgress) => void,
): Promise<SaveReply> {
  const saveId = crypto.randomUUID();
  const totals = { saveId, parts: 0, textLength: 0, blockCount: 0, highlightCount: 0 };
  const progress = { done: 0, total: saveSteps(article, mentionCount) };
  onProgress({ ...progress });
  for (const part of partsOf(article, mentionCount, describe)) {
    // One part at a time: each is built after the previous reply, in a task of its own.
    if (part) {
      await send('stageSave', { saveId, part: totals.parts, ...part });
      totals.parts += 1;
      totals.textLength += part.text?.length ?? 0;
      totals.blockCount += part.blocks?.length ?? 0;
      totals.highlightCount += part.highlights?.length ?? 0;
    }
    progress.done += 1;
    onProgress({ ...progress });
  }
  const reply = await send('commitSave', totals);
  onProgress({ done: progress.total, total: progress.total });
  return reply;
}

/**
 * Saves (or updates) an article with the highlights of its `mentionCount` mentions. A save in parts
 * is written by the worker in one transaction once every part is in, so the library gets all of it
 * or none of it; when the worker lost the parts (it was stopped), the save is sent again. A save in
 * parts reports its progress after each part (from zero again when it is sent again); a single
 * message reports none.
 */
export async function saveArticleWithHighlights(
  article: ExtractedArticle,
  mentionCount: number,
  describe: DescribeHighlights,
  send: Send = sendToBackground,
  onProgress: (progress: SaveProgress) => void = () => undefined,
): Promise<SaveReply> {
  if (mentionCount <= SINGLE_MESSAGE_HIGHLIGHTS && article.text.length <= SINGLE_MESSAGE_TEXT) {
    return send('saveArticle', { article, highlights: describe(0, mentionCount) });
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendInParts(article, mentionCount, describe, send, onProgress);
    } catch (error) {
      const partsLost = error instanceof ProtocolError && error.code === 'not-found';
      if (!partsLost || attempt >= SAVE_ATTEMPTS) throw error;
    }
  }
}
