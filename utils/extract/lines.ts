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

const NOT_BLANK = /\S/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isHidden(element: Element): boolean {
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

export function collectLines(root: Element, options: LineOptions = {}): Line[] {
  const lines: Line[] = [];
  let pieces: string[] = [];
  let hasBoldText = false;
  let hasPlainText = false;
  let href: string | undefined;
  let lineContext: Context = { kind: 'paragraph', bold: false };

  const flush = () => {
    if (pieces.length > 0) {
      const text = collapseWhitespace(pieces.join(''));
      if (text) {
        const line: Line = { kind: lineContext.kind, text, bold: hasBoldText && !hasPlainText };
        if (lineContext.level !== undefined) line.level = lineContext.level;
        if (href !== undefined) line.href = href;
        lines.push(line);
      }
    }
    pieces = [];
    hasBoldText = false;
    hasPlainText = false;
    href = undefined;
  };

  const walk = (parent: Node, context: Context) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        const data = node.nodeValue ?? '';
        if (pieces.length === 0) lineContext = context;
        pieces.push(data);
        if (NOT_BLANK.test(data)) {
          if (context.bold) hasBoldText = true;
          else hasPlainText = true;
        }
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag) || isHidden(element)) continue;
      if (options.skip && element.matches(options.skip)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (tag === 'A' && href === undefined) href = element.getAttribute('href') ?? undefined;
      if (CELLS.has(tag)) {
        // A table row is one line; its cells are separated by a space, as the page renders them.
        pieces.push(' ');
        walk(element, context);
        pieces.push(' ');
        continue;
      }
      if (!BLOCKS.has(tag) && !options.linePerElement) {
        walk(element, BOLD.has(tag) && !context.bold ? { ...context, bold: true } : context);
        continue;
      }
      flush();
      const level = HEADING_LEVEL[tag];
      if (level !== undefined) walk(element, { kind: 'heading', level, bold: true });
      else if (tag === 'LI') walk(element, { kind: 'list-item', bold: context.bold });
      else if (tag === 'BLOCKQUOTE') walk(element, { kind: 'quote', bold: context.bold });
      else walk(element, context);
      flush();
    }
  };

  walk(root, lineContext);
  flush();
  return lines;
}
