/**
 * Finds the extracted article's blocks in the live article text: which stretches of the page are
 * the article (and not its header lines, share buttons or footer). Each block's text is looked up
 * with whitespace ignored (extraction and the page may break lines differently); a block that is
 * not there verbatim (Readability dropped or changed something inside it) is found by its quote.
 */
import type { ArticleBlock } from '../extract/types';
import type { TextQuoteSelector } from '../storage/types';
import { anchorOffsets, CONTEXT_LENGTH } from './selectors';
import { compact, type CompactText } from './whitespace';

export interface LiveSpan {
  start: number;
  end: number;
}

export class ArticleAlignment {
  private readonly live: CompactText;
  /** For each block, where its compacted text starts in the compacted live text, or -1. */
  private readonly blockAt: Int32Array;
  /** For each block, the length of its compacted text. */
  private readonly blockLength: Int32Array;
  readonly alignedBlocks: number;

  constructor(
    private readonly articleText: string,
    private readonly blocks: readonly ArticleBlock[],
    private readonly liveText: string,
  ) {
    this.live = compact(liveText);
    this.blockAt = new Int32Array(blocks.length).fill(-1);
    this.blockLength = new Int32Array(blocks.length);
    let cursor = 0;
    let aligned = 0;
    blocks.forEach((block, i) => {
      const needle = compact(block.text).text;
      this.blockLength[i] = needle.length;
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

  /**
   * Where each block of the article is in the live text, in block order: found verbatim (spaces
   * aside), else by its quote (approximately for a block the page renders a little differently).
   * Blocks the page does not show are left out.
   */
  regions(): LiveSpan[] {
    const spans: LiveSpan[] = [];
    this.blocks.forEach((block, i) => {
      const at = this.blockAt[i]!;
      const length = this.blockLength[i]!;
      if (at >= 0) {
        spans.push({ start: this.live.origin[at]!, end: this.live.origin[at + length - 1]! + 1 });
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
