/**
 * Finds the extracted article's blocks in the live article text: which stretches of the page are
 * the article (and not its header lines, share buttons or footer). Each block's text is looked up
 * verbatim, else with whitespace ignored (extraction and the page may break lines differently); a
 * block that is not there even so (Readability dropped or changed something inside it) is found by
 * its quote.
 */
import type { ArticleBlock } from '../extract/types';
import type { TextQuoteSelector } from '../storage/types';
import { anchorOffsets, CONTEXT_LENGTH } from './selectors';
import { compact, type CompactText } from './whitespace';

/** The first character of the compacted text at or after `offset` of the source text. */
function compactedOffset(compacted: CompactText, offset: number): number {
  let low = 0;
  let high = compacted.origin.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compacted.origin[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface LiveSpan {
  start: number;
  end: number;
}

export class ArticleAlignment {
  /** The live text without whitespace, made only when a block is not found verbatim. */
  private compacted: CompactText | null = null;
  /** For each block, where its text starts and ends in the live text; -1 when not found so. */
  private readonly blockStart: Int32Array;
  private readonly blockEnd: Int32Array;
  readonly alignedBlocks: number;

  constructor(
    private readonly articleText: string,
    private readonly blocks: readonly ArticleBlock[],
    private readonly liveText: string,
  ) {
    this.blockStart = new Int32Array(blocks.length).fill(-1);
    this.blockEnd = new Int32Array(blocks.length).fill(-1);
    let cursor = 0;
    let aligned = 0;
    blocks.forEach((block, i) => {
      const found = this.find(block.text.trim(), cursor);
      if (!found) return;
      this.blockStart[i] = found.start;
      this.blockEnd[i] = found.end;
      cursor = found.end;
      aligned++;
    });
    this.alignedBlocks = aligned;
  }

  /**
   * Where `text` is in the live text, searching from `cursor` first: verbatim (both sides collapse
   * whitespace alike, so this is the usual case and costs one native search), else with whitespace
   * ignored.
   */
  private find(text: string, cursor: number): LiveSpan | null {
    if (!text) return null;
    const at = this.liveText.indexOf(text, cursor);
    if (at >= 0) return { start: at, end: at + text.length };
    const live = (this.compacted ??= compact(this.liveText));
    const needle = compact(text).text;
    if (!needle) return null;
    let from = live.text.indexOf(needle, compactedOffset(live, cursor));
    if (from < 0) from = live.text.indexOf(needle);
    if (from < 0) return null;
    return { start: live.origin[from]!, end: live.origin[from + needle.length - 1]! + 1 };
  }

  /**
   * Where each block of the article is in the live text, in block order: found verbatim (spaces
   * aside), else by its quote (approximately for a block the page renders a little differently).
   * Blocks the page does not show are left out.
   */
  regions(): LiveSpan[] {
    const spans: LiveSpan[] = [];
    this.blocks.forEach((block, i) => {
      if (this.blockStart[i]! >= 0) {
        spans.push({ start: this.blockStart[i]!, end: this.blockEnd[i]! });
        return;
      }
      const found = block.text.trim() ? anchorOffsets(this.liveText, { quote: this.blockQuote(i) }) : null;
      if (found) spans.push({ start: found.start, end: found.end });
    });
    return spans;
  }

  private blockQuote(i: number): TextQuoteSelector {
    const block = this.blocks[i]!;
    const text = this.articleText;
    return {
      type: 'TextQuoteSelector',
      exact: block.text.replace(/\s+/g, ' ').trim(),
      prefix: text.slice(Math.max(0, block.start - CONTEXT_LENGTH), block.start).replace(/\s+/g, ' '),
      suffix: text.slice(block.end, block.end + CONTEXT_LENGTH).replace(/\s+/g, ' '),
    };
  }
}
