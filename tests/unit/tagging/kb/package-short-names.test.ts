/** Package tokens named without their generic last word (Celer for Celer Network): names that need evidence. */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../../utils/tagging';
import { knowledgeBase } from '../../../../utils/tagging/kb';

function found(text: string, lang = 'zh-TW'): string[] {
  return (tagText(text, { kinds: ['token', 'company'], lang }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
}

describe('short names of package tokens (Celer Network → Celer, Stargate Finance → Stargate)', () => {
  it('the short form is an alias that needs evidence', () => {
    const celer = knowledgeBase().entities.find((entity) => entity.id === 'token:celr');
    expect(celer?.aliases.en).toContain('Celer');
    expect(celer?.ambiguous).toContain('Celer');
  });

  it('Stargate and Celer beside a token word are the tokens; OpenAI’s Stargate project is not', () => {
    expect(found('Stargate 代幣上漲 12%，Celer 跨鏈橋交易量增加。')).toEqual(['Stargate→token:stg', 'Celer→token:celr']);
    expect(found('OpenAI 的 Stargate 計畫投資 5,000 億美元。')).toEqual(['OpenAI→org:openai']);
  });

  it('frequent words and crypto vocabulary get no short form (Threshold Network, Perpetual Protocol)', () => {
    const byId = new Map(knowledgeBase().entities.map((entity) => [entity.id, entity]));
    expect(byId.get('token:perp')?.aliases.en ?? []).not.toContain('Perpetual');
    expect(found('永續合約與 Perpetual DEX 市場。')).toEqual([]);
  });
});

describe('names the Chinese and English press use for long-tail tokens', () => {
  it('Cetus, 比特張量 and ASI 聯盟 are Cetus Protocol, Bittensor and the ASI Alliance token', () => {
    expect(found('Sui 生態 DEX Cetus 遭到攻擊。')).toEqual(['Sui→token:sui', 'Cetus→token:cetus']);
    expect(found('比特張量（TAO）的子網增加，ASI 聯盟的代幣下跌。')).toEqual(['比特張量→token:tao', 'TAO→token:tao', 'ASI 聯盟→token:fet']);
  });
});
