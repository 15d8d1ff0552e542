/**
 * The tagger's public API: `tagText` finds tokens, companies and claims in a text, in every site
 * language. Pure TypeScript (no browser or WXT APIs), so it runs the same in the background worker,
 * in Node and in tests. The dictionary automaton is built on first use and kept for the process.
 */
import { findClaims } from './claims';
import { compileDictionary, type Dictionary } from './dictionary';
import { findEntities } from './entities';
import { cardOf, knowledgeBase } from './kb';
import { detectLanguage, normaliseLanguage, type SiteLanguage } from './language';
import type { EntityCard, EntityTag, Tag, TagKind, TagOptions } from './types';

export type { EntityCard, EntityTag, ClaimTag, Tag, TagKind, TagOptions } from './types';
export { detectLanguage, normaliseLanguage, type SiteLanguage } from './language';

const ALL_KINDS: readonly TagKind[] = ['token', 'company', 'claim'];

let dictionary: Dictionary | null = null;

/** The compiled dictionary, built once per process (worker start) on first use. */
export function getDictionary(): Dictionary {
  dictionary ??= compileDictionary(knowledgeBase());
  return dictionary;
}

/** Tags `text`; offsets are UTF-16 offsets into it, and `text.slice(tag.start, tag.end) === tag.text`. */
export function tagText(text: string, options: TagOptions = {}): Tag[] {
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  if (text.length === 0 || kinds.size === 0) return [];
  const lang: SiteLanguage = normaliseLanguage(options.lang) ?? detectLanguage(text);
  // Claims name their subjects by entity id, so entities are found whenever anything is asked for.
  const entities: EntityTag[] = findEntities(text, getDictionary());
  const tags: Tag[] = entities.filter((tag) => kinds.has(tag.kind));
  if (kinds.has('claim')) tags.push(...findClaims(text, { lang, entities }));
  return tags.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Tooltip cards for the entity ids among `tags` (unknown organisations and cashtags get a minimal card). */
export function entityCards(tags: readonly Tag[]): EntityCard[] {
  const { byId } = getDictionary();
  const cards = new Map<string, EntityCard>();
  for (const tag of tags) {
    if (tag.kind === 'claim' || cards.has(tag.id)) continue;
    const entity = byId.get(tag.id);
    cards.set(tag.id, entity ? cardOf(entity) : { id: tag.id, kind: tag.kind, name: tag.name, ...(tag.symbol ? { symbol: tag.symbol } : {}), description: {} });
  }
  return [...cards.values()];
}
