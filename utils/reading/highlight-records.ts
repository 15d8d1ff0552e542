/** What the library stores for a drawn tag: the tag's attributes and selectors measured on the live page. */
import { describeOffsets } from '../anchoring/selectors';
import type { NewHighlight } from '../storage/types';
import type { ClaimTag, EntityTag } from '../tagging/types';
import type { Mention } from './mentions';

/** Limits of the message schema (utils/messaging/schemas.ts): longer values are cut, never rejected. */
const MAX_SHORT = 4_000;
const MAX_QUOTE = 20_000;
const MAX_SUBJECTS = 100;

const cut = (text: string | undefined) => (text === undefined ? undefined : text.slice(0, MAX_SHORT));

/** The highlight record of one placed tag; null when its quote is too long to store. */
export function mentionToHighlight(mention: Mention, liveText: string, origin: 'auto' | 'user' = 'auto'): NewHighlight | null {
  const { quote, position } = describeOffsets(liveText, mention.start, mention.end);
  if (quote.exact.length > MAX_QUOTE) return null;
  const tag = mention.tag;
  if (tag.kind === 'claim') {
    const claim = tag as ClaimTag;
    return {
      kind: 'claim',
      origin,
      quote,
      position,
      entityId: cut(claim.id),
      entityName: cut(claim.name),
      speaker: cut(claim.speaker),
      stance: claim.stance,
      horizon: claim.horizon
        ? { text: claim.horizon.text.slice(0, MAX_SHORT), from: cut(claim.horizon.from), to: cut(claim.horizon.to) }
        : undefined,
      subjects: claim.subjects.slice(0, MAX_SUBJECTS).map((subject) => subject.slice(0, MAX_SHORT)),
    };
  }
  const entity = tag as EntityTag;
  return {
    kind: entity.kind,
    origin,
    quote,
    position,
    entityId: cut(entity.id),
    entityName: cut(entity.name),
    symbol: cut(entity.symbol),
  };
}

/** Drops undefined fields, which structured cloning would keep as explicit keys. */
export function compactRecord<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
