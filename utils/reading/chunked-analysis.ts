/**
 * Tagging a huge article piece by piece: the text goes to the worker in chunks cut at line breaks,
 * so no message (and no reply, which holds every tag) is so big that sending or reading it blocks
 * the page's main thread for long. An ordinary article goes in one request, as before.
 */
import type { BackgroundResponses } from '../messaging';
import type { EntityCard, Tag } from '../tagging/types';

type Analysis = BackgroundResponses['analyse'];

/**
 * Most characters sent to be tagged in one request. The reply to 200,000 characters of dense prose
 * (about 6,000 tags, 1 MB) is read in about 10 ms; the longest real article (about 60,000
 * characters) still goes in one.
 */
export const ANALYSE_CHUNK_CHARS = 200_000;

/** Where a chunk of text starts in the whole text, and its text. */
export interface TextChunk {
  offset: number;
  text: string;
}

/** Ends of sentences, where a line too long for one chunk is cut if it must be. */
const SENTENCE_END = /[.!?。！？]/u;

/** Where to end a chunk that starts at `from`: after a line break, else a sentence, else a space, else anywhere. */
function chunkEnd(text: string, from: number, maxChars: number): number {
  const limit = from + maxChars;
  if (limit >= text.length) return text.length;
  const lineBreak = text.lastIndexOf('\n', limit - 1);
  if (lineBreak > from) return lineBreak + 1;
  for (let at = limit - 1; at > from; at--) {
    if (text.charCodeAt(at) === 32 && SENTENCE_END.test(text[at - 1]!)) return at + 1;
  }
  const space = text.lastIndexOf(' ', limit - 1);
  return space > from ? space + 1 : limit;
}

/** The text cut into chunks of at most `maxChars`, end to end (joined, they are the text again). */
export function splitForAnalysis(text: string, maxChars = ANALYSE_CHUNK_CHARS): TextChunk[] {
  const chunks: TextChunk[] = [];
  for (let from = 0; from < text.length; ) {
    const end = chunkEnd(text, from, maxChars);
    chunks.push({ offset: from, text: text.slice(from, end) });
    from = end;
  }
  return chunks.length > 0 ? chunks : [{ offset: 0, text }];
}

/**
 * Tags `text` through `analyse` (one worker request), chunk after chunk: each chunk's tags moved to
 * the whole text's offsets, the cards of every chunk gathered once each. Null when any chunk fails.
 */
export async function analyseInChunks(
  text: string,
  analyse: (text: string) => Promise<Analysis | null>,
  maxChars = ANALYSE_CHUNK_CHARS,
): Promise<Analysis | null> {
  const chunks = splitForAnalysis(text, maxChars);
  if (chunks.length === 1) return analyse(text);
  const tags: Tag[] = [];
  const entities = new Map<string, EntityCard>();
  for (const chunk of chunks) {
    const reply = await analyse(chunk.text);
    if (!reply) return null;
    for (const tag of reply.tags) {
      tag.start += chunk.offset;
      tag.end += chunk.offset;
      tags.push(tag);
    }
    for (const card of reply.entities) if (!entities.has(card.id)) entities.set(card.id, card);
  }
  return { tags, entities: [...entities.values()] };
}
