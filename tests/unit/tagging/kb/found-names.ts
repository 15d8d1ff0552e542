/** What the knowledge-base tests compare: each entity the tagger finds, as "text→id", in order. */
import { tagText } from '../../../../utils/tagging';
import type { EntityTag } from '../../../../utils/tagging/types';

export function foundNames(text: string, lang?: string): string[] {
  return (tagText(text, { lang, kinds: ['token', 'company'] }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
}
