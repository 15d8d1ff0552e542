import { describe, expect, it } from 'vitest';
import { mentionToHighlight } from '../../../utils/reading/highlight-records';
import { describeEntity, placeTags, summariseEntities } from '../../../utils/reading/mentions';
import type { ClaimTag, EntityCard, EntityTag } from '../../../utils/tagging/types';

/** The live text the tagger read: the article between the page's own header line and footer. */
const text = 'Partager Bitcoin\nLe BTC monte.\nSelon Paul, le Bitcoin atteindra 150 000 dollars.\nCommentaires';
const live = text.replace(/\n/g, ' ');
const regions = ['Le BTC monte.', 'Selon Paul, le Bitcoin atteindra 150 000 dollars.'].map((block) => ({
  start: live.indexOf(block),
  end: live.indexOf(block) + block.length,
}));

function entity(surface: string, from = 0): EntityTag {
  const start = text.indexOf(surface, from);
  return { kind: 'token', id: 'token:btc', name: 'Bitcoin', symbol: 'BTC', start, end: start + surface.length, text: surface, confidence: 1 };
}

const claimStart = text.indexOf('Selon Paul');
const claimEnd = text.indexOf('\nCommentaires');
const claim: ClaimTag = {
  kind: 'claim',
  start: claimStart,
  end: claimEnd,
  text: text.slice(claimStart, claimEnd),
  confidence: 0.8,
  speaker: 'Paul',
  stance: 'bullish',
  subjects: ['token:btc'],
  cue: 'atteindra',
  horizon: { text: '2026' },
};
const card: EntityCard = {
  id: 'token:btc',
  kind: 'token',
  name: 'Bitcoin',
  symbol: 'BTC',
  description: { en: 'The first cryptocurrency.', fr: 'La première cryptomonnaie.' },
};

describe('mentions of an article', () => {
  const tags = [entity('Bitcoin'), entity('BTC'), claim, entity('Bitcoin', claimStart)];

  it('keeps the tags inside the article, in page order, and leaves out those in the page\'s own text', () => {
    const mentions = placeTags(tags, regions);
    expect(mentions.map((m) => live.slice(m.start, m.end))).toEqual([
      'BTC',
      'Selon Paul, le Bitcoin atteindra 150 000 dollars.',
      'Bitcoin',
    ]);
  });

  it('sums up an entity with the aliases written here and its number of mentions', () => {
    const summary = summariseEntities(tags.slice(1), [card]).get('token:btc')!;
    expect(summary).toMatchObject({ name: 'Bitcoin', symbol: 'BTC', aliases: ['BTC', 'Bitcoin'], count: 2 });
  });

  it('describes an entity in the reader\'s language, falling back to English', () => {
    expect(describeEntity(card, 'fr')).toBe('La première cryptomonnaie.');
    expect(describeEntity(card, 'zh-CN')).toBe('The first cryptocurrency.');
    expect(describeEntity(undefined, 'fr')).toBeUndefined();
  });

  it('turns a drawn claim into a library record with live-page selectors and its attributes', () => {
    const mentions = placeTags(tags, regions);
    const record = mentionToHighlight(mentions[1]!, live)!;
    expect(record).toMatchObject({
      kind: 'claim',
      origin: 'auto',
      speaker: 'Paul',
      stance: 'bullish',
      subjects: ['token:btc'],
      horizon: { text: '2026' },
      position: { type: 'TextPositionSelector', start: live.indexOf('Selon'), end: live.indexOf('Commentaires') - 1 },
      quote: { exact: 'Selon Paul, le Bitcoin atteindra 150 000 dollars.', prefix: 'Partager Bitcoin Le BTC monte. ', suffix: ' Commentaires' },
    });
  });
});
