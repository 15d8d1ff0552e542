/** Evidence from market writing in Chinese text: amounts with 萬枚, trading pairs, market words, sector phrases and newer names. */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../utils/tagging';

/** `surface→id` pairs, in text order. */
function found(text: string, lang = 'zh-TW'): string[] {
  return (tagText(text, { kinds: ['token', 'company'], lang }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
}

describe('an amount with a Chinese multiplier and counter before a ticker (830 萬枚 CAKE)', () => {
  it('830 萬枚 CAKE, 1.2 億枚 GALA and 50 枚 ETC are the tokens', () => {
    expect(found('巨鯨買入 830 萬枚 CAKE，浮盈約 15 萬美元。')).toEqual(['CAKE→token:cake']);
    expect(found('提出 1.2 億枚 GALA 與 50 枚 ETC。')).toEqual(['GALA→token:gala', 'ETC→token:etc']);
    expect(found('鲸鱼买入 300 万枚 ETC。', 'zh-CN')).toEqual(['ETC→token:etc']);
  });

  it('an all-caps word with no amount before it stays a word (ETC 通行費 30 元)', () => {
    expect(found('ETC 通行費 30 元。')).toEqual([]);
  });
});

describe('a trading pair after a ticker (MON/USDT, ENA/TWD)', () => {
  it('a ticker quoted against a stablecoin, a major coin or a currency is the token', () => {
    expect(found('推出 MON/USDT 永續合約。').slice(0, 1)).toEqual(['MON→token:monad']);
    expect(found('開放 ONE/TWD 交易。')).toEqual(['ONE→token:one']);
  });

  it('a slash to anything else is no pair (ONE/TWO, GALA/USDTx)', () => {
    expect(found('ONE/TWO 方案，GALA/USDTx。')).toEqual([]);
  });
});

describe('market words only a traded coin takes (現貨, 交易對, 下架, 解鎖, 流通)', () => {
  it('GALA before 現貨交易對 and ATOM before 流通市值 are tokens', () => {
    expect(found('OKX 宣布將下架 GALA 等 6 個現貨交易對。')).toEqual(['OKX→org:okx', 'GALA→token:gala']);
    expect(found('ATOM 的流通市值已跌破 30 億美元。')).toEqual(['ATOM→token:atom']);
  });

  it('without such a word or a price move the capitalised word stays a word (ATOM 的結構)', () => {
    expect(found('ATOM 的結構說明見附錄。')).toEqual([]);
  });
});

describe('a country’s banking sector is not the bank named after the country (台灣銀行業, 美國銀行業)', () => {
  it('台灣銀行業 and 美國銀行業 are sectors; 台灣銀行 alone is Bank of Taiwan', () => {
    expect(found('台灣銀行業排隊試水虛擬資產託管，美國銀行業也在觀望。')).toEqual([]);
    expect(found('美国银行业整体承压。', 'zh-CN')).toEqual([]);
    expect(found('台灣銀行宣布與中國信託商業銀行合作。')).toEqual(['台灣銀行→org:bank-of-taiwan', '中國信託商業銀行→org:ctbc']);
  });
});

describe('names the Chinese press uses for newer tokens and venues', () => {
  it('幣安人生 is the meme token, not Binance; 幣安 Alpha is Binance Alpha', () => {
    expect(found('幣安 Alpha 上線幣安人生與客服小何。')).toEqual([
      '幣安 Alpha→org:binance-alpha', '幣安人生→token:binance-life', '客服小何→token:customer-service-xiao-he',
    ]);
  });

  it('rETH and eETH are the staking tokens', () => {
    expect(found('Rocket Pool 的 rETH 與 ether.fi 的 eETH。').filter((hit) => /ETH→/.test(hit))).toEqual(['rETH→token:reth', 'eETH→token:eeth']);
  });
});
