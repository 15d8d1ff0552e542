/** The hover card next to a mention (`role="tooltip"`); it stays open while the pointer is inside it. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeTooltip, type PageUiState } from '../../utils/reading/page-state';
import { useActions } from './context';
import { MentionDetails } from './MentionDetails';

export function MentionTooltip({ tooltip }: { tooltip: NonNullable<PageUiState['tooltip']> }) {
  const actions = useActions();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const view = element.ownerDocument.defaultView;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    setPosition(placeTooltip(tooltip.box, size, viewport));
  }, [tooltip.box.left, tooltip.box.top, tooltip.box.width, tooltip.box.height, tooltip.content]);
  const id = tooltip.content.type === 'highlight' ? tooltip.content.highlightId : tooltip.content.mentionId;
  return (
    <div
      ref={ref}
      id={`tfa-tooltip-${id}`}
      role="tooltip"
      class="tfa-tooltip"
      style={position ? { left: `${position.left}px`, top: `${position.top}px` } : { visibility: 'hidden', left: 0, top: 0 }}
      onPointerEnter={() => actions.tooltipPointer(true)}
      onPointerLeave={() => actions.tooltipPointer(false)}
    >
      <MentionDetails content={tooltip.content} />
    </div>
  );
}
