/**
 * How a save merges with what the library already holds for the article. Rules:
 * - automatic highlights are replaced by the latest analysis; one that matches a stored one keeps
 *   its id, creation time and note, and a stored one the analysis dropped is kept only if the
 *   reader wrote a note on it (the reader's words are never dropped);
 * - a save without automatic highlights (analysis not finished) leaves the stored ones alone;
 * - the reader's own highlights are only ever added, never replaced: a repeated one is recognised
 *   by its kind, place and quote and stored once.
 */
import type { NewHighlight, StoredHighlight } from './types';

/** Same origin, kind, entity, place and quote: the same highlight, whichever save sent it. */
export function highlightIdentity(highlight: NewHighlight): string {
  return JSON.stringify([
    highlight.origin,
    highlight.kind,
    highlight.entityId ?? '',
    highlight.position.start,
    highlight.position.end,
    highlight.quote.exact,
  ]);
}

export interface HighlightMerge {
  /** Rows to write (new or changed). */
  put: StoredHighlight[];
  /** Ids of stored rows to remove. */
  remove: string[];
  /** Every highlight of the article after the merge. */
  result: StoredHighlight[];
}

export interface MergeContext {
  articleKey: string;
  now: number;
  newId: () => string;
}

function hasNote(highlight: NewHighlight): boolean {
  return (highlight.note ?? '').trim().length > 0;
}

function stored(incoming: NewHighlight, context: MergeContext): StoredHighlight {
  return { ...incoming, id: context.newId(), articleKey: context.articleKey, createdAt: context.now, updatedAt: context.now };
}

/** Replaces the analysis' fields of a stored automatic highlight, keeping what the reader added. */
function refreshed(previous: StoredHighlight, incoming: NewHighlight, now: number): StoredHighlight {
  const next: StoredHighlight = {
    ...incoming,
    id: previous.id,
    articleKey: previous.articleKey,
    createdAt: previous.createdAt,
    updatedAt: previous.updatedAt,
  };
  if (previous.note !== undefined) next.note = previous.note;
  else delete next.note;
  const { updatedAt: _a, ...before } = previous;
  const { updatedAt: _b, ...after } = next;
  if (JSON.stringify(sortedEntries(before)) !== JSON.stringify(sortedEntries(after))) next.updatedAt = now;
  return next;
}

function sortedEntries(record: object): Array<[string, unknown]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function mergeHighlights(
  existing: readonly StoredHighlight[],
  incoming: readonly NewHighlight[],
  context: MergeContext,
): HighlightMerge {
  const put: StoredHighlight[] = [];
  const remove: string[] = [];
  const result: StoredHighlight[] = [];
  const byIdentity = new Map(existing.map((highlight) => [highlightIdentity(highlight), highlight]));
  const incomingAuto = incoming.filter((highlight) => highlight.origin === 'auto');
  const seen = new Set<string>();

  if (incomingAuto.length > 0) {
    for (const highlight of incomingAuto) {
      const identity = highlightIdentity(highlight);
      if (seen.has(identity)) continue;
      seen.add(identity);
      const previous = byIdentity.get(identity);
      const next = previous ? refreshed(previous, highlight, context.now) : stored(highlight, context);
      if (!previous || next.updatedAt !== previous.updatedAt) put.push(next);
      result.push(next);
    }
    for (const previous of existing) {
      if (previous.origin !== 'auto' || seen.has(highlightIdentity(previous))) continue;
      if (hasNote(previous)) result.push(previous);
      else remove.push(previous.id);
    }
  } else {
    result.push(...existing.filter((highlight) => highlight.origin === 'auto'));
  }

  for (const previous of existing) {
    if (previous.origin === 'user') {
      seen.add(highlightIdentity(previous));
      result.push(previous);
    }
  }
  for (const highlight of incoming) {
    if (highlight.origin !== 'user') continue;
    const identity = highlightIdentity(highlight);
    if (seen.has(identity)) continue;
    seen.add(identity);
    const next = stored(highlight, context);
    put.push(next);
    result.push(next);
  }
  return { put, remove, result };
}
