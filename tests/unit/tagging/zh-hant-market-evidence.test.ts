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

describe('an organisation’s name with its region in brackets (華夏基金（香港）)', () => {
  it('華夏基金（香港）, 渣打銀行（香港） and 华夏基金（香港） are the whole names', () => {
    expect(found('華夏基金（香港）與渣打銀行（香港）合作。')).toEqual(['華夏基金（香港）→org:chinaamc', '渣打銀行（香港）→org:standard-chartered']);
    expect(found('华夏基金（香港）推出新基金。', 'zh-CN')).toEqual(['华夏基金（香港）→org:chinaamc']);
  });

  it('brackets holding anything but a region stay outside the name (幣安（Binance）, 幣安（香港交易所）)', () => {
    expect(found('幣安（Binance）宣布。')).toEqual(['幣安→org:binance', 'Binance→org:binance']);
    expect(found('Binance（the exchange）宣布。')).toEqual(['Binance→org:binance']);
  });
});

describe('a bare acronym ticker after the article calls it a token (ZK 代幣 … ZK 的流通市值)', () => {
  it('ZK is ZKsync when a word only a traded coin takes follows it', () => {
    expect(found('ZK 代幣本週下跌 19%，ZK 的流通市值已跌破 3 億美元。')).toEqual(['ZK→token:zk', 'ZK→token:zk']);
  });

  it('ZK 證明, ZK-EVM, ZK Rollup, and a coin word before the acronym, leave it a word (IP 代幣上漲，IP 授權)', () => {
    expect(found('ZK 代幣上漲。ZK 證明成本下降，ZK-EVM 與 ZK Rollup。ZK 證明是 ZKsync 的核心。')).toEqual(['ZK→token:zk', 'ZKsync→token:zk']);
    expect(found('IP 代幣上漲，IP 授權市場擴大。')).toEqual(['IP→token:ip']);
  });

  it('without a coin word anywhere, a bare acronym is never a token (ZK 的流通市值 alone)', () => {
    expect(found('ZK 的流通市值已跌破 3 億美元。')).toEqual([]);
  });
});

describe('Chinese nicknames of coins with a price move after them (佩佩下跌, 柚子上漲)', () => {
  it('佩佩 before 下跌 is Pepe; 柚子 is EOS when Vaulta names it', () => {
    expect(found('佩佩下跌 6%。')).toEqual(['佩佩→token:pepe']);
    expect(found('柚子在更名為 Vaulta 後首次單週上漲。')).toEqual(['柚子→token:eos', 'Vaulta→token:eos']);
  });

  it('佩佩 and 柚子 with no move and no coin named stay a name and a fruit', () => {
    expect(found('佩佩說她中秋節會買柚子。')).toEqual([]);
  });
});

describe('a Chinese name that is also a word, in a list with an entity of its kind (波卡與雪崩, 雪崩協議、鏈結、Polkadot, 芝麻開門與抹茶)', () => {
  it('雪崩 after 波卡與 and 鏈結 between two tokens are Avalanche and Chainlink', () => {
    expect(found('波卡與雪崩則居前。')).toEqual(['波卡→token:dot', '雪崩→token:avax']);
    expect(found('上了雪崩協議、鏈結、Polkadot 等幣種。')).toEqual(['雪崩協議→token:avax', '鏈結→token:link', 'Polkadot→token:dot']);
  });

  it('an exchange’s nickname beside another exchange is the exchange (芝麻開門與抹茶), a drink beside coffee is not', () => {
    expect(found('芝麻開門與抹茶則憑藉上新幣。')).toEqual(['芝麻開門→org:gate', '抹茶→org:mexc']);
    expect(found('我喝了一杯抹茶與咖啡。')).toEqual([]);
  });

  it('雪崩 beside no token, or a stop phrase, stays a word (市場雪崩與比特幣下跌)', () => {
    expect(found('市場雪崩與比特幣下跌。')).toEqual(['比特幣→token:btc']);
    expect(found('一場雪崩與暴雨。')).toEqual([]);
  });
});

describe('tokens launched in 2024–2025 that newsflashes list', () => {
  it('Anoma（XAN）, DoubleZero（2Z）, ZetaChain, Dymension and 梅蘭妮亞幣 are tokens', () => {
    expect(found('Upbit 上線 Anoma（XAN）與 DoubleZero（2Z）。')).toEqual(['Upbit→org:upbit', 'Anoma→token:xan', 'XAN→token:xan', 'DoubleZero→token:2z', '2Z→token:2z']);
    expect(found('ZetaChain 與 Dymension 下跌，梅蘭妮亞幣上漲。')).toEqual(['ZetaChain→token:zeta', 'Dymension→token:dym', '梅蘭妮亞幣→token:melania']);
  });
});
