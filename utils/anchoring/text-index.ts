/**
 * The live article's text and the map between its offsets and DOM positions. Every position the
 * extension stores (TextPositionSelector) and every quote it compares is measured in this text.
 *
 * Definition of the "live article text" of a root element:
 * - the data of every Text node under the root, in document order, except inside
 *   script/style/noscript/template/textarea/select/svg/math/iframe/object elements, elements with the
 *   `hidden` attribute or an inline `display: none`, and the extension's own `tfa-*` elements;
 * - every run of whitespace (the characters `\s` matches), including a run that crosses nodes, becomes
 *   one U+0020; the start and end of a block element (p, div, h1…, li, br, …) count as whitespace;
 * - no whitespace at the start or the end.
 * Offsets are UTF-16 code units into that string. This is the same collapse extraction applies to each
 * block, so a block's text (spaces aside) is found verbatim in the live text.
 */
import { isWhitespaceCode } from './whitespace';

/** Elements whose text a reader never sees as article text. */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
]);

/** Elements that start a new line when rendered: their edges separate words. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

/** Prefix of the extension's own elements: never part of the article. */
const OWN_ELEMENT_PREFIX = 'TFA-';

/** An inline style that hides the element. */
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** Two or more whitespace characters: where a Text node's characters stop mapping one to one. */
const WIDE_GAP = /\s{2,}/g;
/** Whitespace other than U+0020, which becomes a space in the text. */
const OTHER_WHITESPACE = /[^\S ]/;
const ANY_WHITESPACE = /\s/g;

/** Nodes visited between two looks at the clock while building in slices. */
const NODES_PER_CLOCK_CHECK = 64;

/** Flags of a tag name: it starts a new line, or its text is never article text. */
const BLOCK = 1;
const SKIP = 2;
/** Flags by `tagName` as the DOM gives it, filled as names are met: upper-casing every element's name costs milliseconds per page. */
const TAG_FLAGS = new Map<string, number>();
/** Names remembered at most: a page can invent any number of custom element names. */
const MAX_REMEMBERED_TAGS = 512;

function tagFlags(tagName: string): number {
  let flags = TAG_FLAGS.get(tagName);
  if (flags === undefined) {
    const tag = tagName.toUpperCase();
    flags = (BLOCK_ELEMENTS.has(tag) ? BLOCK : 0) | (SKIPPED_ELEMENTS.has(tag) || tag.startsWith(OWN_ELEMENT_PREFIX) ? SKIP : 0);
    if (TAG_FLAGS.size < MAX_REMEMBERED_TAGS) TAG_FLAGS.set(tagName, flags);
  }
  return flags;
}

/** Whether the element's own attributes hide it (`hidden`, an inline `display: none`). */
function hiddenByAttributes(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  // The attribute text, not `element.style`: parsing inline styles of every span costs milliseconds.
  const style = element.getAttribute('style');
  return style !== null && INLINE_DISPLAY_NONE.test(style);
}

/** A DOM position: a node and an offset in it, as Range boundaries take them. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The built index. Segments are stretches of the text that map one to one onto consecutive
 * characters of one Text node; spaces that stand for an element edge belong to no segment.
 */
export class TextIndex {
  /** Each Text node's first segment: made on the first lookup by node (hover, selection), which drawing never needs. */
  private firstSegment: Map<Text, number> | null = null;

  constructor(
    readonly root: Element,
    readonly text: string,
    private readonly segStart: Int32Array,
    private readonly segLength: Int32Array,
    private readonly segRaw: Int32Array,
    private readonly segNode: Text[],
    /** Offsets of the spaces that stand for block edges (rendered as line breaks). */
    private readonly breaks: Int32Array = new Int32Array(0),
  ) {}

  private firstSegmentOf(node: Text): number | undefined {
    if (!this.firstSegment) {
      this.firstSegment = new Map();
      for (let i = this.segNode.length - 1; i >= 0; i--) this.firstSegment.set(this.segNode[i]!, i);
    }
    return this.firstSegment.get(node);
  }

  /**
   * The same text with block edges as line breaks instead of spaces: same length and offsets, but
   * paragraphs, headings and speaker labels stay on their own lines (what the tagger reads).
   */
  textWithLineBreaks(): string {
    if (this.breaks.length === 0) return this.text;
    const parts: string[] = [];
    let from = 0;
    for (const at of this.breaks) {
      parts.push(this.text.slice(from, at), '\n');
      from = at + 1;
    }
    parts.push(this.text.slice(from));
    return parts.join('');
  }

  get segmentCount(): number {
    return this.segNode.length;
  }

  /** Index of the last segment that starts at or before `offset`, or -1. */
  private segmentAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.segNode.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.segStart[mid]! <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  private segmentEnd(i: number): number {
    return this.segStart[i]! + this.segLength[i]!;
  }

  /** The DOM point just before character `offset` (a range start). */
  pointBefore(offset: number): DomPoint | null {
    let i = this.segmentAtOrBefore(offset);
    if (i >= 0 && offset < this.segmentEnd(i)) {
      return { node: this.segNode[i]!, offset: this.segRaw[i]! + offset - this.segStart[i]! };
    }
    i += 1;
    if (i >= this.segNode.length) return null;
    return { node: this.segNode[i]!, offset: this.segRaw[i]! };
  }

  /** The DOM point just after character `offset - 1` (a range end). */
  pointAfter(offset: number): DomPoint | null {
    const i = this.segmentAtOrBefore(offset - 1);
    if (i < 0) return null;
    const inside = Math.min(offset, this.segmentEnd(i)) - this.segStart[i]!;
    return { node: this.segNode[i]!, offset: this.segRaw[i]! + inside };
  }

  /** A live DOM range covering text offsets [start, end), or null when nothing visible is there. */
  toRange(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || start >= end) return null;
    const from = this.pointBefore(start);
    const to = this.pointAfter(end);
    if (!from || !to) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    if (range.collapsed) return null;
    return range;
  }

  /**
   * The text offset of a DOM point. `forward`: the first indexed character at or after the point
   * (for a range start); `backward`: just after the last indexed character before it (a range end).
   */
  offsetOf(point: DomPoint, bias: 'forward' | 'backward'): number {
    const first = point.node.nodeType === 3 ? this.firstSegmentOf(point.node as Text) : undefined;
    if (first !== undefined) return this.offsetInText(point.node as Text, first, point.offset, bias);
    return this.offsetByComparison(point, bias);
  }

  private offsetInText(node: Text, first: number, raw: number, bias: 'forward' | 'backward'): number {
    let last = first;
    while (last + 1 < this.segNode.length && this.segNode[last + 1] === node) last++;
    if (bias === 'forward') {
      for (let i = first; i <= last; i++) {
        const segRaw = this.segRaw[i]!;
        if (raw < segRaw) return this.segStart[i]!;
        if (raw < segRaw + this.segLength[i]!) return this.segStart[i]! + raw - segRaw;
      }
      return last + 1 < this.segNode.length ? this.segStart[last + 1]! : this.text.length;
    }
    for (let i = last; i >= first; i--) {
      const segRaw = this.segRaw[i]!;
      if (raw > segRaw + this.segLength[i]!) return this.segmentEnd(i);
      if (raw > segRaw) return this.segStart[i]! + raw - segRaw;
    }
    return first > 0 ? this.segmentEnd(first - 1) : 0;
  }

  /** For points in elements or unindexed nodes: binary search by document order. */
  private offsetByComparison(point: DomPoint, bias: 'forward' | 'backward'): number {
    const probe = this.root.ownerDocument.createRange();
    try {
      probe.setStart(point.node, point.offset);
    } catch {
      return bias === 'forward' ? this.text.length : 0;
    }
    // First segment whose start lies at or after the point.
    let low = 0;
    let high = this.segNode.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      let order: number;
      try {
        order = probe.comparePoint(this.segNode[mid]!, this.segRaw[mid]!);
      } catch {
        order = 1;
      }
      if (order >= 0) high = mid;
      else low = mid + 1;
    }
    if (bias === 'forward') return low < this.segNode.length ? this.segStart[low]! : this.text.length;
    return low > 0 ? this.segmentEnd(low - 1) : 0;
  }

  /** Text offsets of a DOM range clipped to the root, whitespace trimmed; null when it holds no text. */
  offsetsOf(range: AbstractRange): { start: number; end: number } | null {
    let start = this.offsetOf({ node: range.startContainer, offset: range.startOffset }, 'forward');
    let end = this.offsetOf({ node: range.endContainer, offset: range.endOffset }, 'backward');
    while (start < end && this.text.charCodeAt(start) === 32) start++;
    while (end > start && this.text.charCodeAt(end - 1) === 32) end--;
    return start < end ? { start, end } : null;
  }
}

/**
 * Builds a `TextIndex` in slices so a large article never blocks the page: call `step` until it
 * returns true, then `finish`.
 */
export class TextIndexBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  /** The pending space stands for a block edge (a line break when rendered). */
  private pendingBreak = false;
  private readonly breaks: number[] = [];
  private segStart = new Int32Array(256);
  private segLength = new Int32Array(256);
  private segRaw = new Int32Array(256);
  private readonly segNode: Text[] = [];
  /**
   * The block elements the walk is inside, innermost last: leaving one is a block edge. Kept so
   * each element's name is looked at once, on the way in (this walk runs cold on every page load).
   */
  private readonly openBlocks: Element[] = [];
  private next: Node | null;
  private done = false;

  constructor(readonly root: Element) {
    this.next = root.firstChild;
  }

  /** Visits nodes until `deadline` (in `now()` units) passes; true when the whole root is indexed. */
  step(deadline = Infinity, now: () => number = () => 0): boolean {
    let visited = 0;
    while (this.next) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && now() >= deadline) return false;
      this.next = this.visit(this.next);
    }
    this.done = true;
    return true;
  }

  finish(): TextIndex {
    if (!this.done) this.step();
    const count = this.segNode.length;
    return new TextIndex(
      this.root,
      this.parts.join(''),
      this.segStart.slice(0, count),
      this.segLength.slice(0, count),
      this.segRaw.slice(0, count),
      this.segNode,
      Int32Array.from(this.breaks),
    );
  }

  /** Handles one node and returns the next one in document order (null at the end of the root). */
  private visit(node: Node): Node | null {
    const type = node.nodeType;
    if (type === 3) {
      this.addText(node as Text);
      return this.after(node, false);
    }
    if (type !== 1) return this.after(node, false);
    const element = node as Element;
    const flags = tagFlags(element.tagName);
    const block = (flags & BLOCK) !== 0;
    if (!(flags & SKIP) && !hiddenByAttributes(element)) {
      if (block) this.pendingSpace = this.pendingBreak = true;
      const first = element.firstChild;
      if (first) {
        if (block) this.openBlocks.push(element);
        return first;
      }
    }
    return this.after(node, block);
  }

  /**
   * The node after `node` and its subtree, noting the edges of block elements it leaves. A parent
   * is a block if the walk entered it as one (a page that moved nodes between two slices can only
   * cost a space at a block edge; its change makes the session index again anyway).
   */
  private after(node: Node, block: boolean): Node | null {
    let current = node;
    let leavingBlock = block;
    for (;;) {
      if (leavingBlock) this.pendingSpace = this.pendingBreak = true;
      const sibling = current.nextSibling;
      if (sibling) return sibling;
      const parent = current.parentNode;
      if (!parent || parent === this.root) return null;
      leavingBlock = parent === this.openBlocks[this.openBlocks.length - 1];
      if (leavingBlock) this.openBlocks.pop();
      current = parent;
    }
  }

  /**
   * Appends a Text node's words. A single whitespace character between two words maps one to one
   * onto the space it becomes, so a node splits into segments only at runs of two or more (found
   * by a native regular expression: this runs cold on every page load, where a loop over every
   * character in JavaScript would cost milliseconds).
   */
  private addText(node: Text): void {
    const data = node.data;
    let start = 0;
    let end = data.length;
    while (start < end && isWhitespaceCode(data.charCodeAt(start))) start++;
    if (start > 0) this.pendingSpace = true;
    if (start === end) return;
    while (isWhitespaceCode(data.charCodeAt(end - 1))) end--;
    WIDE_GAP.lastIndex = start;
    let chunkStart = start;
    while (chunkStart < end) {
      const gap = WIDE_GAP.exec(data);
      const chunkEnd = gap && gap.index < end ? gap.index : end;
      this.addChunk(node, data, chunkStart, chunkEnd);
      this.pendingSpace = true;
      chunkStart = gap && gap.index < end ? WIDE_GAP.lastIndex : end;
    }
    this.pendingSpace = end < data.length;
  }

  /**
   * Appends `data[from, to)`: it starts and ends with a non-whitespace character and holds only
   * single whitespace characters, which become spaces. One segment, plus the space before it.
   */
  private addChunk(node: Text, data: string, from: number, to: number): void {
    let chunk = data.slice(from, to);
    if (OTHER_WHITESPACE.test(chunk)) chunk = chunk.replace(ANY_WHITESPACE, ' ');
    let raw = from;
    if (this.pendingSpace && this.length > 0) {
      if (this.pendingBreak) this.breaks.push(this.length);
      if (from > 0 && isWhitespaceCode(data.charCodeAt(from - 1))) {
        // The space stands for whitespace in this node: map it to the run's last character.
        raw = from - 1;
        chunk = ' ' + chunk;
      } else {
        // The space stands for an element edge or another node's whitespace: no DOM character.
        this.parts.push(' ');
        this.length += 1;
      }
    }
    this.pendingBreak = false;
    this.pushSegment(node, raw, chunk.length);
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  private pushSegment(node: Text, raw: number, length: number): number {
    const index = this.segNode.length;
    if (index === this.segStart.length) {
      const grow = (array: Int32Array) => {
        const bigger = new Int32Array(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.segStart = grow(this.segStart);
      this.segLength = grow(this.segLength);
      this.segRaw = grow(this.segRaw);
    }
    this.segStart[index] = this.length;
    this.segLength[index] = length;
    this.segRaw[index] = raw;
    this.segNode.push(node);
    return index;
  }
}

/** Builds the index of `root` in one go (tests, small roots). */
export function buildTextIndex(root: Element): TextIndex {
  return new TextIndexBuilder(root).finish();
}
