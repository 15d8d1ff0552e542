/** Chinese coin slang and tickers written beside Han characters: the rules for 大餅, 以太, Sol, Eth, LINK 幣價 and IP/ZK 代幣. */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../utils/tagging';

/** `surface→id` pairs, in text order. */
function found(text: string, lang = 'zh-TW'): string[] {
  return (tagText(text, { kinds: ['token', 'company'], lang }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
}

describe('slang: 大餅 and 以太 with their coin named elsewhere in the article', () => {
  it('大餅 and 以太 with no word nearby are bitcoin and ether when 比特幣 and 以太幣 are named elsewhere', () => {
    expect(found('我認為大餅長期還是會往上走。以太這一輪一直跑輸。比特幣與以太幣的 ETF 都有資金流入。')).toEqual([
      '大餅→token:btc', '以太→token:eth', '比特幣→token:btc', '以太幣→token:eth',
    ]);
  });

  it('大餅 is a flatbread and 以太 the ether where no coin is named', () => {
    expect(found('早餐吃了一個大餅。')).toEqual([]);
    expect(found('物理學家曾假設以太充滿宇宙。')).toEqual([]);
  });
});

describe('title-case tickers beside Han characters (Sol, Eth)', () => {
  it('Sol before 幣價 is Solana, and Sol 現貨 ETF when 索拉納 is named', () => {
    expect(found('Sol 幣價週一跌破 180 美元。')).toEqual(['Sol→token:sol']);
    expect(found('索拉納逆市上升，主要受惠於 Sol 現貨 ETF 首週吸金 4 億美元。')).toEqual(['索拉納→token:sol', 'Sol→token:sol']);
  });

  it('Eth is Ethereum when the article names it', () => {
    expect(found('以太坊今年表現疲弱，Eth 今年以來只漲了 8%。')).toEqual(['以太坊→token:eth', 'Eth→token:eth']);
  });

  it('Sol and Eth stay lowercase words and names in English and French', () => {
    expect(found('Le sol est humide.', 'fr')).toEqual([]);
  });

  it('any curated ticker in title case before a coin word (Hype 幣價, Link 代幣, Doge 幣價)', () => {
    expect(found('Hype 幣價創高，Link 代幣上漲，Doge 幣價回落。')).toEqual(['Hype→token:hype', 'Link→token:link', 'Doge→token:doge']);
  });

  it('a title-case ticker beside Han text with its token named nowhere is no token (點擊 Link 查看)', () => {
    expect(found('詳情請點擊 Link 查看。')).toEqual([]);
  });

  it('Latin text keeps Link and Near as words, and Sky as the token’s own name', () => {
    expect(found('Click the Link below. Near the end of the call, he left.', 'en')).toEqual([]);
    expect(found('Sky 生態的 USDS 供應量上升。', 'zh-CN').map((hit) => hit.split('→')[0])).toContain('Sky');
  });
});

describe('a ticker’s coin name before 價: LINK 幣價 is LINK', () => {
  it('LINK 幣價 and SOL幣價 tag the ticker without 幣', () => {
    expect(found('LINK 幣價 24 小時上漲 11.2%，SOL幣價同步走高。')).toEqual(['LINK→token:link', 'SOL→token:sol']);
  });

  it('keeps BTC 幣 whole and 比特幣 before 價格', () => {
    expect(found('BTC 幣跌了，比特幣價格也跌了。')).toEqual(['BTC 幣→token:btc', '比特幣→token:btc']);
  });
});

describe('acronym tickers before a coin word (IP 代幣, ZK 代幣)', () => {
  it('IP 代幣 and ZK代币 are Story and ZKsync; ZK token too', () => {
    expect(found('IP 代幣今日大漲 23%，ZK代币當日上漲 15%。')).toEqual(['IP→token:ip', 'ZK→token:zk']);
    expect(found('The ZK token rose 15%.', 'en')).toEqual(['ZK→token:zk']);
  });

  it('IP and ZK without a coin word, and category words before 代幣 (AI 代幣, RWA 代幣), are no tokens', () => {
    expect(found('IP 地址與 ZK 證明；AI 代幣與 RWA 代幣板塊走弱。')).toEqual([]);
  });
});

describe('all-caps tickers that are also words, with a price move after them', () => {
  it('LINK 跌幅, OP 週線下跌, NEAR 今日上漲: the ticker is the token, through a list (SOL、DOGE、LINK 跌幅)', () => {
    expect(found('SOL、DOGE、LINK 跌幅均超過 5%。OP 週線下跌 8%。NEAR 今日上漲。')).toEqual([
      'SOL→token:sol', 'DOGE→token:doge', 'LINK→token:link', 'OP→token:op', 'NEAR→token:near',
    ]);
  });

  it('Japanese and Korean price moves count too (OP は上昇, NEAR 급등)', () => {
    expect(found('OP は上昇した。', 'ja')).toEqual(['OP→token:op']);
    expect(found('NEAR 급등.', 'ko')).toEqual(['NEAR→token:near']);
  });

  it('a capitalised word with no price move after it stays a word (請點擊 LINK 查看, LINK。上漲)', () => {
    expect(found('請點擊 LINK 查看詳情。')).toEqual([]);
    expect(found('請點擊 LINK。上漲的是比特幣。').map((hit) => hit.split('→')[0])).toEqual(['比特幣']);
  });
});

describe('company names that are English words, in Chinese business news', () => {
  it('Strategy before 增持 or beside 比特幣, Galaxy before 營收, Bridge before 推出 are the companies', () => {
    expect(found('Strategy 再次增持，持倉升至 64 萬枚。')).toEqual(['Strategy→org:strategy']);
    expect(found('Strategy 持有 64 萬枚比特幣。')).toEqual(['Strategy→org:strategy', '比特幣→token:btc']);
    expect(found('Galaxy 第三季營收 5 億美元。')).toEqual(['Galaxy→org:galaxy']);
    expect(found('Bridge 推出穩定幣發行服務。').map((hit) => hit.split('→')[0])).toEqual(['Bridge']);
  });

  it('a lowercase strategy or bridge in English stays a word', () => {
    expect(found('Our strategy is to bridge the gap.', 'en')).toEqual([]);
  });
});
