/**
 * Mentions are drawn with static ranges: a page holds hundreds of them, and every live Range is
 * one more the browser must update on each of the page's DOM changes. A live Range is made from
 * one only when a reader needs its geometry (hover, keyboard focus).
 */
import type { TextIndex } from '../anchoring/text-index';

/** Whether text[start, end) is spaces only (some of which may stand for element edges, not characters). */
function onlySpaces(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * A static range over text offsets [start, end) of `index`, or null when nothing visible is there:
 * the boundaries `index.toRange` gives, without making a live Range.
 */
export function staticRangeAt(index: TextIndex, start: number, end: number): AbstractRange | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  // A span of spaces alone may hold no DOM character (its boundaries would cross): the live
  // range decides. Any other span holds a character of a Text node, so its boundaries are in order.
  if (onlySpaces(index.text, start, end)) {
    const range = index.toRange(start, end);
    return range && new StaticRange(range);
  }
  const from = index.pointBefore(start);
  const to = index.pointAfter(end);
  if (!from || !to) return null;
  return new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/**
 * The live Range over a drawn range's boundaries now, or null when the page has since changed
 * the nodes under it so that they no longer hold those offsets (a redraw is on its way then).
 */
export function liveRange(doc: Document, drawn: AbstractRange): Range | null {
  const range = doc.createRange();
  try {
    range.setStart(drawn.startContainer, drawn.startOffset);
    range.setEnd(drawn.endContainer, drawn.endOffset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
