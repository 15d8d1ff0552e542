import { describe, expect, it } from 'vitest';
import { UNKNOWN_ENTITY_DESCRIPTIONS } from '../../../utils/tagging';
import { analyseArticle } from '../../../utils/tagging/analyse';

describe('analyse (background request)', () => {
  it('returns the tags and one card per entity, with one-line descriptions in en, fr and zh', () => {
    const reply = analyseArticle({ key: 'zh-CN:1', lang: 'zh-CN', text: '币安宣布上线 BTC 和 ETH 永续合约，BTC 价格上涨。' });
    const entityTags = reply.tags.filter((tag) => tag.kind !== 'claim');
    expect(entityTags.map((tag) => tag.text)).toEqual(['币安', 'BTC', 'ETH', 'BTC']);
    expect(reply.entities.map((card) => card.id).sort()).toEqual(['org:binance', 'token:btc', 'token:eth']);
    for (const card of reply.entities) {
      expect(card.description.en).toMatch(/\S/);
      expect(card.description.fr).toMatch(/\S/);
      expect(card.description.zh).toMatch(/\S/);
      expect(card.homepage).toMatch(/^https:\/\//);
    }
  });

  it('gives an unknown organisation a card with its name and a generic description in en, fr and zh', () => {
    const reply = analyseArticle({ key: 'en-US:2', lang: 'en', text: 'Zorbit Labs raised $10m.' });
    expect(reply.entities).toEqual([
      { id: 'org:unknown:zorbit-labs', kind: 'company', name: 'Zorbit Labs', description: UNKNOWN_ENTITY_DESCRIPTIONS.company },
    ]);
    expect(UNKNOWN_ENTITY_DESCRIPTIONS.company.fr).toMatch(/Organisation nommée/);
  });

  it('gives an unknown cashtag a card that says it is a token the knowledge base lacks', () => {
    const reply = analyseArticle({ key: 'en-US:3', lang: 'en', text: 'Traders piled into $ZORBX this week.' });
    expect(reply.entities).toEqual([
      { id: 'token:unknown:zorbx', kind: 'token', name: 'ZORBX', symbol: 'ZORBX', description: UNKNOWN_ENTITY_DESCRIPTIONS.token },
    ]);
  });
});
