/** The knowledge base as shipped (`assets/kb/kb.json`), loaded once, and the cards tooltips show. */
import data from '../../../assets/kb/kb.json';
import type { EntityCard } from '../types';
import type { KbEntity, KnowledgeBase } from './types';

export type { KbEntity, KnowledgeBase } from './types';

export function knowledgeBase(): KnowledgeBase {
  return data as KnowledgeBase;
}

/** The tooltip card of a knowledge-base entity. */
export function cardOf(entity: KbEntity): EntityCard {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    ...(entity.symbol ? { symbol: entity.symbol } : {}),
    category: entity.category,
    description: entity.description,
    ...(entity.homepage ? { homepage: entity.homepage } : {}),
  };
}
