/** The background worker's `analyse` request: tags an article's text and returns the tooltip cards. */
import type { BackgroundPayload, BackgroundResponses } from '../messaging/protocol';
import { entityCards, tagText } from './index';

export function analyseArticle(payload: BackgroundPayload<'analyse'>): BackgroundResponses['analyse'] {
  const tags = tagText(payload.text, { lang: payload.lang });
  return { tags, entities: entityCards(tags) };
}
