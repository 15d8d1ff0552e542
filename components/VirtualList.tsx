/**
 * A list that renders only the rows in view (TanStack Virtual), so hundreds of thousands of
 * highlights scroll smoothly. Rows are named by index, so the list never needs them all in memory
 * (a large library's rows stay in the library worker until they come into view); rows may differ in
 * height and each is measured once rendered.
 */
import {
  Virtualizer,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { afterNextPaint } from './after-paint';
import { runInBackground } from './run-in-background';

/** Rows rendered beyond each edge of the view, so a fast scroll never shows a gap. */
const OVERSCAN_ROWS = 6;
/**
 * Rows rendered beyond the view while new rows are first shown (the popup opening, a keystroke's
 * results): none, so the reader sees them a frame's work sooner. The overscan rows follow after
 * that paint in a background task: they matter only once the reader scrolls, so they never hold
 * up a keystroke typed meanwhile, nor the paint of its results.
 */
const FIRST_PAINT_OVERSCAN_ROWS = 0;
/**
 * The view assumed before the list is measured, and wherever it has no layout: a popup's height
 * (browsers cap popups at 600 px), so the first render already shows rows.
 */
const UNMEASURED_VIEW = { width: 420, height: 600 };

/**
 * A row's height as the browser's ResizeObserver reports it after layout (huge lists). A row just
 * rendered keeps its estimate until then: measuring it at once (`offsetHeight`) forces a layout per
 * row inside the render, and each size change a walk of the rows after it; reported sizes come in
 * one batch per frame.
 */
const measureRowSize: VirtualizerOptions<HTMLDivElement, HTMLElement>['measureElement'] = (element, entry, instance) => {
  if (entry) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
};

/**
 * A list of more rows is huge (the 5 MB article's 146,000 highlights): every size change makes the
 * virtualizer walk the rows after it, so there rows are measured from the ResizeObserver only
 * (`measureRowSize`), the list renders at most once per frame, and a row above the view measured
 * for the first time does not move the scroll position by its size change (each such move made
 * the virtualizer walk all the rows again for every other row measured in the same frame: ~20
 * walks of 146,000 rows, 100+ ms). The rows in view stay put while scrolling; after a jump, rows
 * coming in from above may nudge them. Smaller lists keep the virtualizer's defaults.
 */
const HUGE_LIST_ROWS = 20_000;

const observeViewRect: VirtualizerOptions<HTMLDivElement, HTMLElement>['observeElementRect'] = (instance, report) =>
  observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED_VIEW));

interface VirtualListProps {
  count: number;
  label: string;
  /**
   * Names row `index`, its height and its content. The virtualizer measures every row again
   * whenever these functions change: pass the same ones until the rows do (`useMemo`), so a scroll
   * or a re-render does not walk thousands of rows.
   */
  itemKey: (index: number) => string | number;
  estimateSize: (index: number) => number;
  renderItem: (index: number) => ComponentChildren;
  /** Told the rows [start, end] rendered (those in view and the overscan) whenever they change. */
  onRange?: (start: number, end: number) => void;
  /** The list scrolls back to its top whenever this changes (a new search or filter). */
  resetKey?: string | number;
}

export function VirtualList({ count, label, itemKey, estimateSize, renderItem, onRange, resetKey }: VirtualListProps) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const [, rerender] = useReducer((renders: number) => renders + 1, 0);
  // The virtualizer reports each scroll and each row measured; rendering again on every report
  // chains renders in microtasks of one task (render, measure, render…), hundreds of ms over a huge
  // list. There, one render per frame at most, each in a task of its own.
  const [frame] = useState(() => ({ pending: false }));
  const renderNextFrame = useCallback(() => {
    if (frame.pending) return;
    frame.pending = true;
    const run = () => {
      frame.pending = false;
      rerender(undefined);
    };
    if (document.visibilityState === 'visible') requestAnimationFrame(run);
    else setTimeout(run, 0);
  }, [frame]);
  const huge = count > HUGE_LIST_ROWS;
  // New rows (`itemKey` changes with them) are painted without overscan first.
  const [paint] = useState(() => ({ rows: null as VirtualListProps['itemKey'] | null, narrow: true, widening: false }));
  if (paint.rows !== itemKey) {
    paint.rows = itemKey;
    paint.narrow = true;
  }
  const options: VirtualizerOptions<HTMLDivElement, HTMLElement> = {
    count,
    getScrollElement: () => scrollElement,
    estimateSize,
    getItemKey: itemKey,
    overscan: paint.narrow ? FIRST_PAINT_OVERSCAN_ROWS : OVERSCAN_ROWS,
    initialRect: UNMEASURED_VIEW,
    observeElementRect: observeViewRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    measureElement: huge ? measureRowSize : measureElement,
    onChange: huge ? renderNextFrame : () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = huge ? () => false : undefined;

  // One ref function for every row and render: a new one each render would make Preact detach and
  // re-attach every row's ref, measuring each row's box (a forced layout) on every keystroke.
  const measureRow = useCallback((element: HTMLElement | null) => {
    if (element) virtualizer.measureElement(element);
  }, [virtualizer]);

  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  const firstReset = useRef(true);
  useLayoutEffect(() => {
    if (firstReset.current) firstReset.current = false;
    else virtualizer.scrollToOffset(0);
  }, [resetKey]);

  useLayoutEffect(() => {
    if (!paint.narrow || paint.widening) return;
    paint.widening = true;
    const widenAfterPaintOf = (rows: VirtualListProps['itemKey']) =>
      afterNextPaint(() =>
        runInBackground(() => {
          // Newer rows came before that paint: they are painted first too.
          if (paint.rows !== rows) {
            widenAfterPaintOf(paint.rows!);
            return;
          }
          paint.widening = false;
          paint.narrow = false;
          rerender(undefined);
        }),
      );
    widenAfterPaintOf(itemKey);
  });

  const rows = virtualizer.getVirtualItems();
  const start = rows[0]?.index ?? 0;
  const end = rows.at(-1)?.index ?? -1;
  useLayoutEffect(() => {
    if (end >= start) onRange?.(start, end);
  }, [start, end, onRange]);

  return (
    <div ref={setScrollElement} class="tfa-scroll">
      <div role="list" aria-label={label} class="tfa-list" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {rows.map((row) => (
          <div
            role="listitem"
            key={row.key}
            data-index={row.index}
            aria-setsize={count}
            aria-posinset={row.index + 1}
            ref={measureRow}
            class="tfa-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
