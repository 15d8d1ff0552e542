/** The state of the page UI (dock, tooltip, selection toolbar, panel) and the actions it can ask for. */
import type { EntityLibraryStats, ErrorCode } from '../messaging/protocol';
import type { Stance } from '../tagging/types';

export type SaveStatus =
  | { status: 'idle' }
  /** `percent`: how much of a save in parts is done (a single-message save reports none). */
  | { status: 'saving'; percent?: number }
  | { status: 'saved'; count: number; undoable: boolean }
  | { status: 'removed' }
  | { status: 'error'; code: ErrorCode };

/** A box in viewport coordinates (what getBoundingClientRect gives). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type TooltipContent =
  | {
      type: 'entity';
      mentionId: string;
      kind: 'token' | 'company';
      name: string;
      symbol?: string;
      description?: string;
      aliases: string[];
      count: number;
      library?: EntityLibraryStats;
    }
  | {
      type: 'claim';
      mentionId: string;
      text: string;
      speaker?: string;
      stance?: Stance;
      horizon?: string;
      about: string[];
      saved: boolean;
    }
  | { type: 'highlight'; highlightId: string; quote: string; note?: string };

export interface PanelEntity {
  id: string;
  name: string;
  kind: 'token' | 'company';
  count: number;
  mentionId: string;
}

export interface PanelClaim {
  mentionId: string;
  text: string;
  speaker?: string;
  stance?: Stance;
}

export interface PanelHighlight {
  id: string;
  quote: string;
  note?: string;
  /** False for an orphan: kept in the library, not found on the page. */
  placed: boolean;
}

export interface PageUiState {
  save: SaveStatus;
  tooltip: { content: TooltipContent; box: Box; pinned: boolean } | null;
  selection: { box: Box; editingNote: boolean } | null;
  panelOpen: boolean;
  entities: PanelEntity[];
  claims: PanelClaim[];
  highlights: PanelHighlight[];
  /** A short message for the reader (copied, errors), announced politely. */
  notice: string | null;
}

export const initialPageUiState: PageUiState = {
  save: { status: 'idle' },
  tooltip: null,
  selection: null,
  panelOpen: false,
  entities: [],
  claims: [],
  highlights: [],
  notice: null,
};

export interface PageActions {
  save(): void;
  undo(): void;
  setPanelOpen(open: boolean): void;
  /** Scroll to a mention, mark it and show its details (panel and keyboard). */
  showMention(mentionId: string): void;
  showHighlight(highlightId: string): void;
  tooltipPointer(inside: boolean): void;
  closeTooltip(): void;
  highlightSelection(note?: string): void;
  editSelectionNote(editing: boolean): void;
  copySelectionLink(): void;
  saveClaim(mentionId: string): void;
  copyQuote(mentionId: string): void;
  deleteHighlight(highlightId: string): void;
}

/** Where the tooltip goes: below the mention if it fits, else above; always inside the viewport. */
export function placeTooltip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; above: boolean } {
  const gap = TOOLTIP_GAP;
  const below = anchor.top + anchor.height + gap;
  const fitsBelow = below + size.height <= viewport.height - VIEWPORT_MARGIN;
  const above = !fitsBelow && anchor.top - gap - size.height >= VIEWPORT_MARGIN;
  const top = above ? anchor.top - gap - size.height : Math.max(VIEWPORT_MARGIN, Math.min(below, viewport.height - size.height - VIEWPORT_MARGIN));
  const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, viewport.width - size.width - VIEWPORT_MARGIN));
  return { left, top, above };
}

/** Space between a mention and its tooltip: small, so the pointer crosses it within the grace time. */
const TOOLTIP_GAP = 6;
/** Space kept between the tooltip and the viewport's edges. */
const VIEWPORT_MARGIN = 8;

/** A library link is shown only for TechFlow article pages; anything else (stored strings are untrusted) is plain text. */
export function safeArticleLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    if (parsed.hostname !== 'techflowpost.com' && !parsed.hostname.endsWith('.techflowpost.com')) return null;
    return parsed.href;
  } catch {
    return null;
  }
}
