/**
 * The reading model of one article: each tag placed in the live text as a mention, and what a
 * tooltip says about it (entity summaries with the aliases and counts seen in this article).
 */
import type { LiveSpan } from '../anchoring/article-alignment';
import type { EntityCard, EntityTag, Tag } from '../tagging/types';

/** One tag drawn on the page. `id` is stable for the life of one annotation pass. */
export interface Mention {
  id: string;
  tag: Tag;
  /** Offsets in the live article text (the tag's own offsets: the tagger read that text). */
  start: number;
  end: number;
}

export interface EntitySummary {
  id: string;
  kind: 'token' | 'company';
  name: string;
  symbol?: string;
  card?: EntityCard;
  /** Distinct surface forms in this article, in order of first appearance. */
  aliases: string[];
  /** Mentions in this article, placed or not. */
  count: number;
}

/**
 * The tags that lie inside the article's regions of the live text (tags point into the live text
 * the tagger was given), as mentions in page order. Tags in the page's header lines, interface or
 * footer — outside every region — are not the article's and are left out.
 */
export function placeTags(tags: readonly Tag[], regions: readonly LiveSpan[]): Mention[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const inside = (tag: Tag) => {
    let low = 0;
    let high = sorted.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start <= tag.start) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    // Regions can overlap (a block found by quote); look back over those that start earlier.
    for (let i = found; i >= 0; i--) if (sorted[i]!.end >= tag.end) return true;
    return false;
  };
  const mentions: Mention[] = [];
  tags.forEach((tag, i) => {
    if (tag.end > tag.start && inside(tag)) mentions.push({ id: `m${i}`, tag, start: tag.start, end: tag.end });
  });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Per entity id: name, symbol, card, aliases seen and how often it is mentioned here. */
export function summariseEntities(tags: readonly Tag[], cards: readonly EntityCard[]): Map<string, EntitySummary> {
  const cardById = new Map(cards.map((card) => [card.id, card]));
  const summaries = new Map<string, EntitySummary>();
  for (const tag of tags) {
    if (tag.kind === 'claim') continue;
    const entity = tag as EntityTag;
    let summary = summaries.get(entity.id);
    if (!summary) {
      const card = cardById.get(entity.id);
      summary = {
        id: entity.id,
        kind: entity.kind,
        name: card?.name ?? entity.name,
        symbol: card?.symbol ?? entity.symbol,
        card,
        aliases: [],
        count: 0,
      };
      summaries.set(entity.id, summary);
    }
    summary.count++;
    const alias = entity.text.trim();
    if (alias && !summary.aliases.includes(alias)) summary.aliases.push(alias);
  }
  return summaries;
}

/** The card's one-line description in the reader's language, else English, else any. */
export function describeEntity(card: EntityCard | undefined, uiLanguage: string): string | undefined {
  if (!card) return undefined;
  const language = uiLanguage.toLowerCase().slice(0, 2) as 'en' | 'fr' | 'zh';
  return card.description[language] ?? card.description.en ?? card.description.fr ?? card.description.zh;
}
