/**
 * Tagging a huge article piece by piece: the text goes to the worker in chunks cut at line breaks,
 * so no message (and no reply, which holds every tag) is so big that sending or reading it blocks
 * the page's main thread for long. An ordinary article goes in one request, as before. Each chunk
 * goes with the context the tagger reads across it (see `ChunkContexts`), so that a transcript's turn
 * begun in an earlier chunk still gives its speaker to the claims after the cut.
 */
import type { BackgroundResponses } from '../messaging';
import type { EntityCard, Tag } from '../tagging/types';
import { runInSlices } from './slices';

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

/** The title and metadata lines at the top (host, guests), read before every chunk: at most this many characters. */
const HEAD_CHARS = 2_000;
/** The text just before a chunk read with it, from the last turn label on: at most this many characters. */
const CARRY_CHARS = 20_000;
/** Label lines read before a chunk, at most (a transcript has a handful of speakers). */
const MAX_CONTEXT_LABELS = 64;
/** The last label lines before a chunk, read with it whatever their labels. */
const RECENT_LABEL_LINES = 16;
/** Longest label before its colon ("主持人 Lin", "Arthur Hayes"): a longer prefix is a sentence. */
const MAX_LABEL_CHARS = 40;
/** What ends a label, and what stops the look for one (a sentence's punctuation before any colon), by code unit. */
const LABEL_END = new Set([...':：|｜'].map((char) => char.charCodeAt(0)));
const LABEL_STOP = new Set([...'。.!?，,；;'].map((char) => char.charCodeAt(0)));
/** A turn label confirms itself by being seen this often in the whole text. */
const CONFIRMING_COUNT = 2;

/** A line that opens with a label ("Name :", "主持人 Lin：", "Host:"): where it is, the label, and whether it stands alone. */
interface LabelLine {
  start: number;
  end: number;
  label: string;
  alone: boolean;
}

/** What a chunk is sent with: text read before it and after it, whose own tags are dropped. */
interface ChunkContext {
  before: string;
  after: string;
}

/** Lines scanned between two looks at the clock. */
const LINES_PER_CLOCK_CHECK = 256;

/**
 * The context of each chunk of a text: what the tagger reads across the whole text to decide a
 * line's speaker. Before a chunk: the head (title, host and guests), the last lines with labels seen
 * since, in order (the last one that is a turn gives the speaker at the cut), and the text from the
 * last of them to the cut (a summary heading there ends the turn). After it: lines of labels seen
 * too seldom in the chunk and its context, as often as the whole text has them (up to twice), since
 * a name used as a label twice confirms itself as a speaker. Lines of the text itself, so the tagger
 * reads nothing that is not in the article. The text is scanned once, in slices; chunks are asked
 * for in order.
 */
class ChunkContexts {
  private readonly lines: LabelLine[] = [];
  private readonly byLabel = new Map<string, LabelLine[]>();
  private scanned = 0;
  /** The label lines before the last chunk asked for, folded into the last of each and the last few. */
  private folded = 0;
  private readonly lastOfEach = new Map<string, LabelLine>();
  private readonly recent: LabelLine[] = [];

  constructor(private readonly text: string) {}

  /** Finds the lines that open with a label until `deadline`; true once the whole text is scanned. */
  scan(deadline: number): boolean {
    const text = this.text;
    for (let count = 1; this.scanned < text.length; count++) {
      if (count % LINES_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) return false;
      const start = this.scanned;
      const lineBreak = text.indexOf('\n', start);
      const end = lineBreak < 0 ? text.length : lineBreak;
      for (let at = start; at < Math.min(end, start + MAX_LABEL_CHARS + 1); at++) {
        const code = text.charCodeAt(at);
        if (LABEL_STOP.has(code)) break;
        if (LABEL_END.has(code)) {
          const label = text.slice(start, at).trim();
          if (label.length > 0) this.add({ start, end, label, alone: text.slice(at + 1, end).trim().length === 0 });
          break;
        }
      }
      this.scanned = end + 1;
    }
    return true;
  }

  private add(line: LabelLine): void {
    this.lines.push(line);
    const same = this.byLabel.get(line.label);
    if (same) same.push(line);
    else this.byLabel.set(line.label, [line]);
  }

  /** The context of the chunk `[from, to)`; chunks come in order. */
  contextFor(from: number, to: number): ChunkContext {
    const { text, lines } = this;
    // Whole lines only: a first line longer than that is left out.
    const headEnd = from > 0 ? text.lastIndexOf('\n', Math.min(from, HEAD_CHARS) - 1) + 1 : 0;
    // A label alone on its line and the same label before text may read differently ("Host:" alone
    // is a credit, "Host: I think…" a turn): the last of each, and the last few of any.
    for (; this.folded < lines.length && lines[this.folded]!.start < from; this.folded++) {
      const line = lines[this.folded]!;
      const key = `${line.alone ? 'alone' : 'before text'}:${line.label}`;
      this.lastOfEach.delete(key);
      this.lastOfEach.set(key, line);
      this.recent.push(line);
      if (this.recent.length > RECENT_LABEL_LINES) this.recent.shift();
    }
    const kept = [...new Set([...this.lastOfEach.values(), ...this.recent])]
      .filter((line) => line.start >= headEnd)
      .sort((a, b) => a.start - b.start)
      .slice(-MAX_CONTEXT_LABELS);
    const before: string[] = [];
    // How often the tagger sees each label in the chunk and its context.
    const read = new Set<LabelLine>();
    if (from > 0) {
      before.push(text.slice(0, headEnd));
      // The text since the last label before text that the whole text confirms as a turn's (or
      // since the head), its last lines when it is long. Label lines after it are read in place in
      // that text: whether "Host:" alone or a label seen once opens a turn depends on what precedes
      // it (after a summary heading it does not).
      const lastBeforeText = kept.findLast((line) => !line.alone && (this.byLabel.get(line.label)?.length ?? 0) >= CONFIRMING_COUNT);
      const since = (lastBeforeText?.end ?? headEnd - 1) + 1;
      // No line break in the last CARRY_CHARS: nothing is carried (-1).
      const carry = since >= from - CARRY_CHARS ? since : text.indexOf('\n', from - CARRY_CHARS);
      const carried = carry < 0 || since >= from - CARRY_CHARS ? carry : carry + 1;
      for (const line of kept) if (carried < 0 || line.start < carried) before.push(`${text.slice(line.start, line.end)}\n`);
      if (carried >= 0 && carried < from) before.push(text.slice(carried, from));
      for (const line of kept) read.add(line);
      for (let i = this.folded - 1; carried >= 0 && i >= 0 && lines[i]!.start >= carried; i--) read.add(lines[i]!);
    }
    for (let i = 0; i < lines.length && lines[i]!.start < headEnd; i++) read.add(lines[i]!);
    for (let i = this.folded; i < lines.length && lines[i]!.start < to; i++) read.add(lines[i]!);
    const seen = new Map<string, number>();
    for (const line of read) seen.set(line.label, (seen.get(line.label) ?? 0) + 1);
    const after: LabelLine[] = [];
    for (const [label, times] of seen) {
      let count = times;
      for (const line of this.byLabel.get(label) ?? []) {
        if (count >= CONFIRMING_COUNT || after.length >= MAX_CONTEXT_LABELS) break;
        if (read.has(line)) continue;
        after.push(line);
        count += 1;
      }
    }
    after.sort((a, b) => a.start - b.start);
    return { before: before.join(''), after: after.map((line) => `\n${text.slice(line.start, line.end)}`).join('') };
  }
}

/**
 * Tags `text` through `analyse` (one worker request), chunk after chunk, each with its context:
 * each chunk's own tags moved to the whole text's offsets, the cards of every chunk gathered once
 * each. Null when any chunk fails.
 */
export async function analyseInChunks(
  text: string,
  analyse: (text: string) => Promise<Analysis | null>,
  maxChars = ANALYSE_CHUNK_CHARS,
): Promise<Analysis | null> {
  const chunks = splitForAnalysis(text, maxChars);
  if (chunks.length === 1) return analyse(text);
  const contexts = new ChunkContexts(text);
  await runInSlices((deadline) => contexts.scan(deadline));
  const tags: Tag[] = [];
  const entities = new Map<string, EntityCard>();
  for (const chunk of chunks) {
    const { before, after } = contexts.contextFor(chunk.offset, chunk.offset + chunk.text.length);
    const reply = await analyse(before + chunk.text + after);
    if (!reply) return null;
    const end = before.length + chunk.text.length;
    for (const tag of reply.tags) {
      if (tag.start < before.length || tag.end > end) continue;
      tag.start += chunk.offset - before.length;
      tag.end += chunk.offset - before.length;
      tags.push(tag);
    }
    for (const card of reply.entities) if (!entities.has(card.id)) entities.set(card.id, card);
  }
  return { tags, entities: [...entities.values()] };
}
