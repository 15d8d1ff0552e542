/**
 * The reading model of one article: each tag placed in the live text as a mention, and what a
 * tooltip says about it (entity summaries with the aliases and counts seen in this article).
 */
import type { ArticleAlignment } from '../anchoring/article-alignment';
import type { EntityCard, EntityTag, Tag } from '../tagging/types';

/** One tag drawn on the page. `id` is stable for the life of one annotation pass. */
export interface Mention {
  id: string;
  tag: Tag;
  /** Offsets in the live article text. */
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

/** Places every tag in the live text; tags whose text the page does not show are returned apart. */
export function placeTags(tags: readonly Tag[], alignment: ArticleAlignment): { mentions: Mention[]; unplaced: Tag[] } {
  const mentions: Mention[] = [];
  const unplaced: Tag[] = [];
  tags.forEach((tag, i) => {
    const live = alignment.toLive(tag.start, tag.end);
    if (live) mentions.push({ id: `m${i}`, tag, start: live.start, end: live.end });
    else unplaced.push(tag);
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, unplaced };
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
