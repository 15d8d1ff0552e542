/**
 * Saves too big for one message arrive in parts; they are held here, in the worker's memory, until
 * the last one is in. Nothing reaches the library before the commit, so a worker stopped between
 * parts takes the half-received save with it: no half article, no staging rows left behind.
 */
import type { ArticleBlock, ExtractedArticle } from '../extract/types';
import { MAX_BLOCKS, MAX_STAGED_HIGHLIGHTS, MAX_TEXT } from '../messaging/schemas';
import { ProtocolError } from '../messaging/runtime';
import type { NewHighlight } from './types';

/** Saves in progress at once: one per tab saving a huge article is plenty; the oldest gives way. */
const MAX_STAGED_SAVES = 4;
/** A save whose parts stop coming (tab closed mid-save) is dropped after this long. */
export const STAGED_SAVE_TTL_MS = 10 * 60 * 1000;

export type ArticleHead = Omit<ExtractedArticle, 'text' | 'blocks'>;

export interface SavePart {
  saveId: string;
  part: number;
  article?: ArticleHead;
  text?: string;
  blocks?: ArticleBlock[];
  highlights?: NewHighlight[];
}

export interface SaveTotals {
  saveId: string;
  parts: number;
  textLength: number;
  blockCount: number;
  highlightCount: number;
}

interface StagedSave {
  /** Who sent part 0: only the same tab may add parts or commit. */
  sender: string;
  touchedAt: number;
  received: number;
  article: ArticleHead;
  text: string[];
  textLength: number;
  blocks: ArticleBlock[];
  highlights: NewHighlight[];
}

function lost(): ProtocolError {
  return new ProtocolError('not-found', 'This save is no longer in progress (the worker was restarted); send it again.');
}

export class SaveStaging {
  private readonly saves = new Map<string, StagedSave>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Adds one part. A part already received (a resend after a lost reply) is acknowledged again and
   * not added twice; a part out of order means earlier ones were lost with a stopped worker.
   */
  stage(part: SavePart, sender: string): { received: number } {
    this.sweep();
    if (part.part === 0) return this.begin(part, sender);
    const save = this.owned(part.saveId, sender);
    if (part.part < save.received) return { received: save.received };
    if (part.part > save.received) {
      this.saves.delete(part.saveId);
      throw lost();
    }
    if (part.article) throw this.refuse(part.saveId, 'Only the first part of a save carries the article.');
    const textLength = save.textLength + (part.text?.length ?? 0);
    const blocks = save.blocks.length + (part.blocks?.length ?? 0);
    const highlights = save.highlights.length + (part.highlights?.length ?? 0);
    if (textLength > MAX_TEXT || blocks > MAX_BLOCKS || highlights > MAX_STAGED_HIGHLIGHTS) {
      throw this.refuse(part.saveId, 'This save is larger than the library accepts.');
    }
    if (part.text) save.text.push(part.text);
    save.textLength = textLength;
    for (const block of part.blocks ?? []) save.blocks.push(block);
    for (const highlight of part.highlights ?? []) save.highlights.push(highlight);
    save.received += 1;
    save.touchedAt = this.now();
    return { received: save.received };
  }

  /**
   * Hands over a complete save and forgets it. The totals are what the sender sent: any difference
   * (a part lost, or sent twice) refuses the save rather than writing something else.
   */
  take(totals: SaveTotals, sender: string): { article: ExtractedArticle; highlights: NewHighlight[] } {
    const save = this.owned(totals.saveId, sender);
    this.saves.delete(totals.saveId);
    if (
      save.received !== totals.parts ||
      save.textLength !== totals.textLength ||
      save.blocks.length !== totals.blockCount ||
      save.highlights.length !== totals.highlightCount
    ) {
      throw new ProtocolError('invalid-message', 'The parts received do not add up to the save; nothing was saved.');
    }
    return { article: { ...save.article, text: save.text.join(''), blocks: save.blocks }, highlights: save.highlights };
  }

  /** Saves in progress (for tests and diagnostics). */
  get size(): number {
    return this.saves.size;
  }

  private begin(part: SavePart, sender: string): { received: number } {
    const existing = this.saves.get(part.saveId);
    if (existing && existing.sender === sender) return { received: existing.received };
    if (existing) throw new ProtocolError('forbidden', 'This save belongs to another tab.');
    if (!part.article) throw new ProtocolError('invalid-message', 'The first part of a save carries the article.');
    if (part.blocks?.length || part.highlights?.length || (part.text?.length ?? 0) > 0) {
      throw new ProtocolError('invalid-message', 'The first part of a save carries only the article.');
    }
    while (this.saves.size >= MAX_STAGED_SAVES) this.saves.delete(this.saves.keys().next().value!);
    this.saves.set(part.saveId, {
      sender,
      touchedAt: this.now(),
      received: 1,
      article: part.article,
      text: [],
      textLength: 0,
      blocks: [],
      highlights: [],
    });
    return { received: 1 };
  }

  private owned(saveId: string, sender: string): StagedSave {
    const save = this.saves.get(saveId);
    if (!save) throw lost();
    if (save.sender !== sender) throw new ProtocolError('forbidden', 'This save belongs to another tab.');
    return save;
  }

  private refuse(saveId: string, message: string): ProtocolError {
    this.saves.delete(saveId);
    return new ProtocolError('invalid-message', message);
  }

  private sweep(): void {
    const oldest = this.now() - STAGED_SAVE_TTL_MS;
    for (const [saveId, save] of this.saves) if (save.touchedAt < oldest) this.saves.delete(saveId);
  }
}
