/**
 * How Taiwan and Hong Kong writers name tokens and exchanges: ticker plus 幣, Taiwan renderings of
 * networks, and the ordinary words among those names that must stay words without their context.
 */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../../utils/tagging';

const found = (text: string, lang: string) => (tagText(text, { lang, kinds: ['token', 'company'] }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);

describe('tickers written with the word for coin', () => {
  it('SOL 幣, BTC幣 and DOGE 币 name the token as one name, with or without the space', () => {
    expect(found('SOL 幣跌破 130 美元，BTC幣則守住 8.5 萬美元。', 'zh-TW')).toEqual(['SOL 幣→token:sol', 'BTC幣→token:btc']);
    expect(found('DOGE 币单日上涨 8%。', 'zh-CN')).toEqual(['DOGE 币→token:doge']);
  });

  it('a ticker that is an ordinary word is a token when 幣 follows it: LINK 幣', () => {
    expect(found('LINK 幣本週上漲 12%。', 'zh-TW')).toEqual(['LINK 幣→token:link']);
  });
});

describe('Taiwan renderings of networks', () => {
  it('阿比特龍 is Arbitrum', () => {
    expect(found('阿比特龍（ARB）跌 8.2%。', 'zh-TW')).toEqual(['阿比特龍→token:arb', 'ARB→token:arb']);
  });

  it('馬蹄 is Polygon beside its context, and a horse’s hoof otherwise (馬蹄鐵, 馬蹄聲)', () => {
    expect(found('Polygon 社群習慣稱它為馬蹄，馬蹄的 zkEVM 將停止運作。', 'zh-TW')).toEqual(['Polygon→token:pol', '馬蹄→token:pol', '馬蹄→token:pol']);
    expect(found('牆上掛著一塊馬蹄鐵，遠處傳來馬蹄聲。', 'zh-TW')).toEqual([]);
  });

  it('鏈結 spelled out by its ticker in brackets is Chainlink; a hyperlink (點擊鏈結) is not', () => {
    expect(found('鏈結（LINK）與波卡（DOT）跌幅均超過 7%。', 'zh-TW')).toEqual(['鏈結→token:link', 'LINK→token:link', '波卡→token:dot', 'DOT→token:dot']);
    expect(found('請點擊下方鏈結報名活動。', 'zh-TW')).toEqual([]);
  });
});

describe('networks and stablecoins the Chinese press names often', () => {
  it('閃電網路 and 闪电网络 are the Lightning Network; USDD and BounceBit are tokens without further context', () => {
    expect(found('比特幣閃電網路的容量創新高。', 'zh-TW')).toEqual(['比特幣→token:btc', '閃電網路→token:lightning-network']);
    expect(found('闪电网络支付量增长，USDD 与 BounceBit 同步上涨。', 'zh-CN')).toEqual(['闪电网络→token:lightning-network', 'USDD→token:usdd', 'BounceBit→token:bb']);
  });
});

describe('Chinese coin names', () => {
  it('the longer coin name wins over 比特幣 inside it: 比特幣SV, 包裝比特幣; 達世幣 and 雪崩幣 name Dash and Avalanche', () => {
    expect(found('比特幣SV 與包裝比特幣同步走弱，達世幣和雪崩幣則上漲。', 'zh-TW')).toEqual([
      '比特幣SV→token:bsv',
      '包裝比特幣→token:wbtc',
      '達世幣→token:dash',
      '雪崩幣→token:avax',
    ]);
  });

  it('Hong Kong’s character forms: 恒星幣 as well as 恆星幣', () => {
    expect(found('恒星幣與恆星幣是同一個幣。', 'zh-TW')).toEqual(['恒星幣→token:xlm', '恆星幣→token:xlm']);
  });

  it('鏈 after TON is the generic word for chain, as after Base: TON鏈 tags TON', () => {
    expect(found('TON鏈的活躍地址減少。', 'zh-TW')).toEqual(['TON→token:ton']);
  });
});

describe('slang and upgrade names', () => {
  it('大餅 beside 姨太 is bitcoin beside ether', () => {
    expect(found('七成放大餅，兩成放姨太。', 'zh-TW')).toEqual(['大餅→token:btc', '姨太→token:eth']);
  });

  it('the Nakamoto upgrade of Stacks is not the company Nakamoto', () => {
    expect(found('Stacks 在完成 Nakamoto 升級後推出了 sBTC。', 'zh-TW')).toEqual(['Stacks→token:stx', 'sBTC→token:sbtc']);
  });
});

describe('Taiwan and Hong Kong organisations', () => {
  it('重量科技 (XREX), 幣安日本, 金融廳, 香港數字資產交易所, 新火科技', () => {
    expect(found('重量科技、幣安日本與香港數字資產交易所均回應了金融廳的問詢，新火科技亦然。', 'zh-TW')).toEqual([
      '重量科技→org:xrex',
      '幣安日本→org:binance-japan',
      '香港數字資產交易所→org:hkbitex',
      '金融廳→org:jfsa',
      '新火科技→org:new-huo',
    ]);
  });

  it('數位部 and the Taiwan crypto media 鉅亨網 and 區塊客', () => {
    expect(found('據鉅亨網與區塊客報導，數位部已完成草案。', 'zh-TW')).toEqual(['鉅亨網→org:anue', '區塊客→org:blockcast', '數位部→org:moda']);
  });
});

describe('Hong Kong and Taiwan scam news', () => {
  it('香港警務處, JPEX and the T3 FCU freezing USDT', () => {
    expect(found('香港警務處指出，手法與 JPEX 相似；T3 FCU 凍結了 USDT。', 'zh-TW')).toEqual([
      '香港警務處→org:hk-police',
      'JPEX→org:jpex',
      'T3 FCU→org:t3-fcu',
      'USDT→token:usdt',
    ]);
  });
});

describe('token standards', () => {
  it('TRC-20 is the standard USDT moves under, not a token called TRC', () => {
    expect(found('透過 TRC-20 網路提領 USDT 的手續費上調。', 'zh-TW')).toEqual(['USDT→token:usdt']);
  });
});

describe('exchanges in Taiwan and Korea', () => {
  it('MAX 上架 is the Taiwanese exchange listing a token', () => {
    expect(found('MAX 上架 Sui 與 Aptos。', 'zh-TW')).toEqual(['MAX→org:maicoin', 'Sui→token:sui', 'Aptos→token:apt']);
  });

  it('韓國交易所 alone means Korean crypto exchanges; with the stock market it is the Korea Exchange', () => {
    expect(found('資金主要來自韓國交易所，成交量一度超越美國平台。', 'zh-TW')).toEqual([]);
    expect(found('三星電子在韓國交易所上市的股價創新高。', 'zh-TW')).toContainEqual('韓國交易所→org:krx');
  });
});
