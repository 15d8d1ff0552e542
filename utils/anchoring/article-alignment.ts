/**
 * Maps offsets in `ExtractedArticle.text` (where the tagger's tags point) to offsets in the live
 * article text (where highlights are drawn and selectors are measured). Each block's text is looked
 * up in the live text with whitespace ignored (extraction and the page may break lines differently);
 * a block that cannot be found verbatim (Readability dropped or changed something inside it) falls
 * back to anchoring each mapped span by its quote and context.
 */
import type { ArticleBlock } from '../extract/types';
import { anchorOffsets, CONTEXT_LENGTH } from './selectors';
import { compact, type CompactText, isWhitespaceCode } from './whitespace';

export interface LiveSpan {
  start: number;
  end: number;
}

/** Running count of non-whitespace characters: `visible[i]` counts those before index i. */
function visibleCounts(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    counts[i] = count;
    if (!isWhitespaceCode(text.charCodeAt(i))) count++;
  }
  counts[text.length] = count;
  return counts;
}

export class ArticleAlignment {
  private readonly live: CompactText;
  private readonly visible: Uint32Array;
  /** For each block, where its compacted text starts in the compacted live text, or -1. */
  private readonly blockAt: Int32Array;
  readonly alignedBlocks: number;

  constructor(
    private readonly articleText: string,
    private readonly blocks: readonly ArticleBlock[],
    private readonly liveText: string,
  ) {
    this.live = compact(liveText);
    this.visible = visibleCounts(articleText);
    this.blockAt = new Int32Array(blocks.length).fill(-1);
    let cursor = 0;
    let aligned = 0;
    blocks.forEach((block, i) => {
      const needle = compact(block.text).text;
      if (needle.length === 0) return;
      let at = this.live.text.indexOf(needle, cursor);
      if (at < 0) at = this.live.text.indexOf(needle);
      if (at < 0) return;
      this.blockAt[i] = at;
      cursor = at + needle.length;
      aligned++;
    });
    this.alignedBlocks = aligned;
  }

  /** Index of the block holding article offset `offset`, or -1. */
  private blockOf(offset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const block = this.blocks[mid]!;
      if (offset < block.start) high = mid - 1;
      else if (offset >= block.end) low = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Live offset of the character at article offset `offset`, through its aligned block. */
  private liveCharAt(offset: number): number | null {
    const b = this.blockOf(offset);
    if (b < 0 || this.blockAt[b]! < 0) return null;
    if (isWhitespaceCode(this.articleText.charCodeAt(offset))) return null;
    const within = this.visible[offset]! - this.visible[this.blocks[b]!.start]!;
    const at = this.blockAt[b]! + within;
    return at < this.live.origin.length ? this.live.origin[at]! : null;
  }

  /** Where article span [start, end) is in the live text; null when it cannot be placed. */
  toLive(start: number, end: number): LiveSpan | null {
    let first = start;
    let last = end - 1;
    while (first <= last && isWhitespaceCode(this.articleText.charCodeAt(first))) first++;
    while (last >= first && isWhitespaceCode(this.articleText.charCodeAt(last))) last--;
    if (first > last) return null;
    const liveStart = this.liveCharAt(first);
    const liveLast = this.liveCharAt(last);
    if (liveStart !== null && liveLast !== null && liveLast >= liveStart) return { start: liveStart, end: liveLast + 1 };
    return this.byQuote(first, last + 1);
  }

  /** Fallback for spans in blocks the page changed: find the span's words and context. */
  private byQuote(start: number, end: number): LiveSpan | null {
    const text = this.articleText;
    const found = anchorOffsets(this.liveText, {
      quote: {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end).replace(/\s+/g, ' '),
        prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start).replace(/\s+/g, ' '),
        suffix: text.slice(end, end + CONTEXT_LENGTH).replace(/\s+/g, ' '),
      },
      position: this.estimate(start, end),
    });
    return found ? { start: found.start, end: found.end } : null;
  }

  /** A guess at the live position from the nearest aligned block before the span. */
  private estimate(start: number, end: number): { type: 'TextPositionSelector'; start: number; end: number } {
    let b = this.blockOf(start);
    if (b < 0) b = this.blocks.findIndex((block) => block.start > start) - 1;
    let guess = Math.round((start / Math.max(1, this.articleText.length)) * this.liveText.length);
    for (let i = Math.min(b, this.blocks.length - 1); i >= 0; i--) {
      const at = this.blockAt[i]!;
      if (at >= 0 && at < this.live.origin.length) {
        guess = this.live.origin[at]! + (start - this.blocks[i]!.start);
        break;
      }
    }
    guess = Math.max(0, Math.min(guess, this.liveText.length));
    return { type: 'TextPositionSelector', start: guess, end: Math.max(guess + 1, guess + end - start) };
  }
}
