/**
 * A list that renders only the rows in view (TanStack Virtual), so thousands of highlights
 * scroll smoothly. Rows may differ in height; each is measured once rendered.
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
import { useCallback, useLayoutEffect, useMemo, useReducer, useState } from 'preact/hooks';

/** Rows rendered beyond each edge of the view, so a fast scroll never shows a gap. */
const OVERSCAN_ROWS = 6;
/**
 * The view assumed before the list is measured, and wherever it has no layout: a popup's height
 * (browsers cap popups at 600 px), so the first render already shows rows.
 */
const UNMEASURED_VIEW = { width: 420, height: 600 };

const observeViewRect: VirtualizerOptions<HTMLDivElement, HTMLElement>['observeElementRect'] = (instance, report) =>
  observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED_VIEW));

interface VirtualListProps<T> {
  items: readonly T[];
  label: string;
  itemKey: (item: T) => string;
  estimateSize: (item: T) => number;
  renderItem: (item: T) => ComponentChildren;
}

export function VirtualList<T>({ items, label, itemKey, estimateSize, renderItem }: VirtualListProps<T>) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  // The virtualizer measures every row again whenever its key function changes: these stay the
  // same until the items do, so a scroll or a re-render does not walk thousands of rows.
  const getItemKey = useMemo(() => (index: number) => itemKey(items[index]!), [items, itemKey]);
  const estimateItemSize = useMemo(() => (index: number) => estimateSize(items[index]!), [items, estimateSize]);
  const options: VirtualizerOptions<HTMLDivElement, HTMLElement> = {
    count: items.length,
    getScrollElement: () => scrollElement,
    estimateSize: estimateItemSize,
    getItemKey,
    overscan: OVERSCAN_ROWS,
    initialRect: UNMEASURED_VIEW,
    observeElementRect: observeViewRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    measureElement,
    onChange: () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);

  // One ref function for every row and render: a new one each render would make Preact detach and
  // re-attach every row's ref, measuring each row's box (a forced layout) on every keystroke.
  const measureRow = useCallback((element: HTMLElement | null) => {
    if (element) virtualizer.measureElement(element);
  }, [virtualizer]);

  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());

  return (
    <div ref={setScrollElement} class="tfa-scroll">
      <div role="list" aria-label={label} class="tfa-list" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            role="listitem"
            key={row.key}
            data-index={row.index}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            ref={measureRow}
            class="tfa-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index]!)}
          </div>
        ))}
      </div>
    </div>
  );
}
