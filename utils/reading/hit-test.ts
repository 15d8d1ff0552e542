/**
 * Which mention is under the pointer. The page's text is never wrapped (see README, design notes),
 * so hover is found from the caret position under the pointer, then confirmed against the
 * mention's line boxes so that margins and line ends never count as a hit.
 */

export interface Interval {
  start: number;
  end: number;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels of tolerance around a line box, so the pointer on a glyph's edge still counts. */
const HIT_SLOP = 1;

/** Intervals sorted by start, answering "which cover this character" in O(log n + hits). */
export class IntervalIndex<T extends Interval> {
  private readonly items: T[];
  /** `reach[i]` is the largest end among items 0..i. */
  private readonly reach: Int32Array;

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.reach = new Int32Array(this.items.length);
    let reach = 0;
    this.items.forEach((item, i) => {
      reach = Math.max(reach, item.end);
      this.reach[i] = reach;
    });
  }

  get all(): readonly T[] {
    return this.items;
  }

  /** Items covering the character at `offset`, innermost (shortest) first. */
  covering(offset: number): T[] {
    let low = 0;
    let high = this.items.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.items[mid]!.start <= offset) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const hits: T[] = [];
    for (let i = last; i >= 0 && this.reach[i]! > offset; i--) {
      const item = this.items[i]!;
      if (item.end > offset) hits.push(item);
    }
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start));
  }
}

/** Whether the point lies in one of the rectangles (a mention's line boxes). */
export function pointInRects(rects: Iterable<RectLike>, x: number, y: number): boolean {
  for (const rect of rects) {
    if (
      x >= rect.left - HIT_SLOP &&
      x <= rect.right + HIT_SLOP &&
      y >= rect.top - HIT_SLOP &&
      y <= rect.bottom + HIT_SLOP
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The innermost item under the pointer. The caret under the pointer sits between two characters,
 * so both neighbours are candidates; `contains` confirms the pointer is really over the item.
 */
export function hitTest<T extends Interval>(
  index: IntervalIndex<T>,
  caretOffset: number,
  contains: (item: T) => boolean,
): T | null {
  const candidates = [...index.covering(caretOffset), ...index.covering(caretOffset - 1)].sort(
    (a, b) => a.end - a.start - (b.end - b.start),
  );
  const seen = new Set<T>();
  for (const item of candidates) {
    if (seen.has(item)) continue;
    seen.add(item);
    if (contains(item)) return item;
  }
  return null;
}
