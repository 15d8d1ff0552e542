/**
 * Turns an article's DOM into lines: one per paragraph, heading, list item, quote or table row, and
 * one per `<br>`-separated line inside them. Only reads the DOM; each line's text is the collapsed
 * text of its own nodes, so it is found verbatim in the live page.
 */
import { collapseWhitespace } from './text';

export type LineKind = 'heading' | 'paragraph' | 'quote' | 'list-item';

export interface Line {
  kind: LineKind;
  text: string;
  /** Heading level, for headings. */
  level?: number;
  /** Every visible character of the line is bold (a bold paragraph is often a section title). */
  bold: boolean;
  /** Target of the line's first link, if any. */
  href?: string;
}

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME',
  'OBJECT', 'BUTTON', 'INPUT', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE',
]);

/** Elements that start a new line when rendered. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL', 'CAPTION',
]);

const BOLD = new Set(['STRONG', 'B']);
const CELLS = new Set(['TD', 'TH']);
const HEADING_LEVEL: Readonly<Record<string, number>> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

/** What an element's name says, as bit flags: read once per name, not once per element. */
const SKIP = 1;
const BLOCK = 2;
const IS_BOLD = 4;
const CELL = 8;
const BREAK = 16;
const LINK = 32;
/** Flags by `tagName` as the DOM gives it: this walk runs cold on every page load, where upper-casing and several set lookups per element cost milliseconds. */
const TAG_FLAGS = new Map<string, number>();
/** Names remembered at most: a page can invent any number of custom element names. */
const MAX_REMEMBERED_TAGS = 512;

function tagFlags(tagName: string): number {
  let flags = TAG_FLAGS.get(tagName);
  if (flags === undefined) {
    const tag = tagName.toUpperCase();
    flags =
      (SKIPPED.has(tag) ? SKIP : 0) |
      (BLOCKS.has(tag) ? BLOCK : 0) |
      (BOLD.has(tag) ? IS_BOLD : 0) |
      (CELLS.has(tag) ? CELL : 0) |
      (tag === 'BR' ? BREAK : 0) |
      (tag === 'A' ? LINK : 0);
    if (TAG_FLAGS.size < MAX_REMEMBERED_TAGS) TAG_FLAGS.set(tagName, flags);
  }
  return flags;
}

const NOT_BLANK = /\S/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Whether the element's own attributes hide it; most elements have no attribute at all. */
function isHidden(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

interface Context {
  kind: LineKind;
  level?: number;
  bold: boolean;
}

export interface LineOptions {
  /** Elements to leave out entirely (share buttons, related lists), as a selector. */
  skip?: string;
  /**
   * Start a new line at every element, inline ones included: credit lines around the body are
   * adjacent spans (`<span>作者｜X</span><span>编辑｜Y</span>`) that CSS, not markup, keeps apart.
   */
  linePerElement?: boolean;
}

/** What to do when the walk leaves an element: a cell ends with a space, a block ends its line. */
type Exit = 'none' | 'cell' | 'block';

interface Frame {
  /** The next child of this element to visit. */
  next: Node | null;
  context: Context;
  exit: Exit;
}

/** Nodes visited between two looks at the clock when collecting in slices. */
const NODES_PER_CLOCK_CHECK = 64;

/**
 * Collects the lines of `root` in a walk that can stop at a deadline and resume: a body of several
 * megabytes is read in slices that each leave the page's main thread within the long-task budget.
 */
export class LineCollector {
  private readonly lines: Line[] = [];
  private pieces: string[] = [];
  private hasBoldText = false;
  private hasPlainText = false;
  private href: string | undefined;
  private lineContext: Context = { kind: 'paragraph', bold: false };
  private readonly stack: Frame[];
  private done = false;

  constructor(
    root: Element,
    private readonly options: LineOptions = {},
  ) {
    this.stack = [{ next: root.firstChild, context: this.lineContext, exit: 'none' }];
  }

  /** Walks until `now()` passes `deadline`; true once every node is read (then call `finish`). */
  step(deadline = Infinity, now: () => number = () => 0): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && now() >= deadline) return false;
      const frame = this.stack[this.stack.length - 1]!;
      const node = frame.next;
      if (!node) {
        this.stack.pop();
        if (frame.exit === 'cell') this.pieces.push(' ');
        else if (frame.exit === 'block') this.flush();
        continue;
      }
      frame.next = node.nextSibling;
      this.visit(node, frame.context);
    }
    this.done = true;
    return true;
  }

  /** The lines, once `step` has returned true (or, for a walk in one go, at once). */
  finish(): Line[] {
    if (!this.done) this.step();
    this.flush();
    return this.lines;
  }

  private visit(node: Node, context: Context): void {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (this.pieces.length === 0) this.lineContext = context;
      this.pieces.push(data);
      // Once the line is known to hold text of this weight, its other text nodes need no test.
      if (context.bold ? !this.hasBoldText : !this.hasPlainText) {
        if (NOT_BLANK.test(data)) {
          if (context.bold) this.hasBoldText = true;
          else this.hasPlainText = true;
        }
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const flags = tagFlags(element.tagName);
    if (flags & SKIP || isHidden(element)) return;
    if (this.options.skip && element.matches(this.options.skip)) return;
    if (flags & BREAK) {
      this.flush();
      return;
    }
    if (flags & LINK && this.href === undefined) this.href = element.getAttribute('href') ?? undefined;
    if (flags & CELL) {
      // A table row is one line; its cells are separated by a space, as the page renders them.
      this.pieces.push(' ');
      this.enter(element, context, 'cell');
      return;
    }
    if (!(flags & BLOCK) && !this.options.linePerElement) {
      this.enter(element, flags & IS_BOLD && !context.bold ? { ...context, bold: true } : context, 'none');
      return;
    }
    this.flush();
    const tag = element.tagName.toUpperCase();
    const level = HEADING_LEVEL[tag];
    if (level !== undefined) this.enter(element, { kind: 'heading', level, bold: true }, 'block');
    else if (tag === 'LI') this.enter(element, { kind: 'list-item', bold: context.bold }, 'block');
    else if (tag === 'BLOCKQUOTE') this.enter(element, { kind: 'quote', bold: context.bold }, 'block');
    else this.enter(element, context, 'block');
  }

  private enter(element: Element, context: Context, exit: Exit): void {
    this.stack.push({ next: element.firstChild, context, exit });
  }

  private flush(): void {
    if (this.pieces.length > 0) {
      const text = collapseWhitespace(this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join(''));
      if (text) {
        const line: Line = { kind: this.lineContext.kind, text, bold: this.hasBoldText && !this.hasPlainText };
        if (this.lineContext.level !== undefined) line.level = this.lineContext.level;
        if (this.href !== undefined) line.href = this.href;
        this.lines.push(line);
      }
    }
    this.pieces = [];
    this.hasBoldText = false;
    this.hasPlainText = false;
    this.href = undefined;
  }
}

export function collectLines(root: Element, options: LineOptions = {}): Line[] {
  return new LineCollector(root, options).finish();
}
