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
  const entities: EntityTag[] = findEntities(text, getDictionary(), lang === 'zh-TW' ? 'traditional' : 'simplified');
  const wanted = kinds.has('token') && kinds.has('company') ? entities : entities.filter((tag) => kinds.has(tag.kind));
  return kinds.has('claim') ? mergeByStart(wanted, findClaims(text, { lang, entities })) : wanted;
}

/**
 * Entities and claims in one list by start (longer first at one start, entities before claims on
 * ties). Each list is already in that order (entities never overlap, nor do claims), so a merge does.
 */
function mergeByStart(entities: readonly Tag[], claims: readonly Tag[]): Tag[] {
  const merged: Tag[] = [];
  let e = 0;
  let c = 0;
  while (e < entities.length || c < claims.length) {
    const entity = entities[e];
    const claim = claims[c];
    if (entity && (!claim || entity.start < claim.start || (entity.start === claim.start && entity.end >= claim.end))) {
      merged.push(entity);
      e += 1;
    } else if (claim) {
      merged.push(claim);
      c += 1;
    }
  }
  return merged;
}

/**
 * What a tooltip says about a name the knowledge base lacks, by how it was found: an organisation the
 * text marks as one (X Labs, X 公司, la société X), or a `$CASHTAG`.
 */
export const UNKNOWN_ENTITY_DESCRIPTIONS: Record<EntityTag['kind'], EntityCard['description']> = {
  company: {
    en: 'Organisation named in the article (not in the knowledge base).',
    fr: 'Organisation nommée dans l’article (absente de la base de connaissances).',
    zh: '文中提到的机构（不在知识库中）。',
  },
  token: {
    en: 'Token written as a cashtag in the article (not in the knowledge base).',
    fr: 'Jeton cité sous forme de cashtag dans l’article (absent de la base de connaissances).',
    zh: '文中以 $ 标记的代币（不在知识库中）。',
  },
};

/** Tooltip cards for the entity ids among `tags` (unknown organisations and cashtags get a generic description). */
export function entityCards(tags: readonly Tag[]): EntityCard[] {
  const { byId } = getDictionary();
  const cards = new Map<string, EntityCard>();
  for (const tag of tags) {
    if (tag.kind === 'claim' || cards.has(tag.id)) continue;
    const entity = byId.get(tag.id);
    const unknown: EntityCard = {
      id: tag.id,
      kind: tag.kind,
      name: tag.name,
      ...(tag.symbol ? { symbol: tag.symbol } : {}),
      description: UNKNOWN_ENTITY_DESCRIPTIONS[tag.kind],
    };
    cards.set(tag.id, entity ? cardOf(entity) : unknown);
  }
  return [...cards.values()];
}
