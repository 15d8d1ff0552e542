/**
 * Drawing a huge article's mentions near the viewport only. The browser revalidates every range of
 * every custom highlight whenever any highlight changes: with a hundred thousand ranges registered,
 * each change costs the page hundreds of milliseconds, in one task. Around the viewport, a few
 * hundred ranges keep every change cheap; scrolling moves the window.
 */
import type { TextIndex } from '../anchoring/text-index';

/** Mentions in an article above which only those near the viewport are drawn (a long article has about 1,500). */
export const WINDOWED_MENTIONS = 5_000;
/** Most mentions drawn at once around the viewport: several screens of dense text. */
export const MAX_WINDOW_MENTIONS = 2_000;

/** Pixels inside the viewport's top and bottom where its text is first looked up. */
const EDGE_INSET = 2;
/** Points tried from each edge, over half the viewport's height, before estimating instead. */
const EDGE_PROBES = 8;

export interface TextSpan {
  start: number;
  end: number;
}

/** The DOM position under a viewport point, by whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caretDoc = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The stretch of the article's text on screen; null when the article is off screen. Where the
 * browser gives no caret, the text's share of the article's height stands in for it.
 */
export function visibleTextSpan(doc: Document, root: Element, index: TextIndex): TextSpan | null {
  const win = doc.defaultView;
  if (!win) return null;
  const height = win.innerHeight;
  const box = root.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= height || box.height <= 0) return null;
  const length = index.text.length;
  const x = box.left + box.width / 2;
  // The first point in the article from the viewport's edge inwards: a fixed header or footer may
  // cover the edge (and some browsers hit the wrong element at the very edge).
  const caretOffset = (from: number, step: number, bias: 'forward' | 'backward') => {
    for (let probe = 0, y = from; probe < EDGE_PROBES; probe++, y += step) {
      const caret = caretAt(doc, x, y);
      if (caret && root.contains(caret.node)) return index.offsetOf(caret, bias);
    }
    return null;
  };
  const step = height / (2 * EDGE_PROBES);
  const top = box.top >= 0 ? 0 : caretOffset(EDGE_INSET, step, 'forward');
  const bottom = box.bottom <= height ? length : caretOffset(height - EDGE_INSET, -step, 'backward');
  if (top !== null && bottom !== null && top <= bottom) return { start: top, end: bottom };
  const share = (y: number) => Math.round((length * (y - box.top)) / box.height);
  return { start: Math.max(0, share(0)), end: Math.min(length, share(height)) };
}

/** The span widened by its own length on each side, within `[0, length]`: a short scroll then needs no redraw. */
export function widenSpan(span: TextSpan, length: number): TextSpan {
  const size = span.end - span.start;
  return { start: Math.max(0, span.start - size), end: Math.min(length, span.end + size) };
}

/** Whether `inner` lies within `outer`. */
export function spanCovers(outer: TextSpan, inner: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Indexes `[first, end)` of the mentions (sorted by start) that start inside `span`, at most
 * `MAX_WINDOW_MENTIONS` of them, centred on the span.
 */
export function mentionsWithin(mentions: ReadonlyArray<{ start: number }>, span: TextSpan, max = MAX_WINDOW_MENTIONS): { first: number; end: number } {
  const firstAtOrAfter = (offset: number) => {
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (mentions[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  let first = firstAtOrAfter(span.start);
  let end = firstAtOrAfter(span.end);
  if (end - first > max) {
    first += Math.floor((end - first - max) / 2);
    end = first + max;
  }
  return { first, end };
}
