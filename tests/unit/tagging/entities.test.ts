import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../utils/tagging';

function entities(text: string, lang?: string): EntityTag[] {
  return tagText(text, { kinds: ['token', 'company'], ...(lang ? { lang } : {}) }) as EntityTag[];
}

/** `surface→id` pairs, in text order. */
function found(text: string, lang?: string): string[] {
  return entities(text, lang).map((tag) => `${tag.text}→${tag.id}`);
}

describe('dictionary matching', () => {
  it('tags names and tickers in every site language', () => {
    expect(found('比特币和以太坊；比特幣與以太幣；ビットコイン；비트코인；Bitcoin et Ethereum.')).toEqual([
      '比特币→token:btc',
      '以太坊→token:eth',
      '比特幣→token:btc',
      '以太幣→token:eth',
      'ビットコイン→token:btc',
      '비트코인→token:btc',
      'Bitcoin→token:btc',
      'Ethereum→token:eth',
    ]);
  });

  it('tags Taiwan renderings of altcoins and their simplified twins (皮幣, 索拉那, 以太經典, 馬蹄幣, 噸幣, 佩佩幣)', () => {
    expect(found('皮幣、索拉那、以太經典、馬蹄幣、噸幣、波卡幣、柚子幣、小蟻幣與佩佩幣', 'zh-TW').map((hit) => hit.split('→')[1])).toEqual([
      'token:pi', 'token:sol', 'token:etc', 'token:pol', 'token:ton', 'token:dot', 'token:eos', 'token:neo', 'token:pepe',
    ]);
    expect(found('皮币、索拉那、以太经典、马蹄币、吨币与佩佩币', 'zh-CN').map((hit) => hit.split('→')[1])).toEqual([
      'token:pi', 'token:sol', 'token:etc', 'token:pol', 'token:ton', 'token:pepe',
    ]);
  });

  it('treats apostrophes as word boundaries (l’ETH, l\'ETH)', () => {
    expect(found('Le prix de l’ETH et de l\'ETH monte.')).toEqual(['ETH→token:eth', 'ETH→token:eth']);
  });

  it('treats CJK characters as boundaries for Latin names (买入BTC后)', () => {
    expect(found('他买入BTC后又卖出了ETH。')).toEqual(['BTC→token:btc', 'ETH→token:eth']);
  });

  it('needs Latin word boundaries: YC inside "cycle" or "CYCLES" is not Y Combinator', () => {
    expect(found('This cycle is long. CYCLES repeat.')).toEqual([]);
    expect(found('A YC-backed startup.')).toEqual(['YC→org:y-combinator']);
  });

  it('prefers the longest reading at a position (Base Sepolia, Alliance DAO, 比特币现金)', () => {
    expect(found('Deploy on Base Sepolia first.')).toEqual(['Base Sepolia→token:base-sepolia']);
    expect(found('Alliance DAO backed the team.')).toEqual(['Alliance DAO→org:alliance-dao']);
    expect(found('比特币现金和比特币 ETF')).toEqual(['比特币现金→token:bch', '比特币→token:btc']);
  });

  it('reads Bloomberg Intelligence as one organisation and Aerodrome Finance as the token, not Bloomberg and an unknown "X Finance" company', () => {
    expect(found('James Seyffart of Bloomberg Intelligence said a decision is unlikely before 2026.')).toEqual(['Bloomberg Intelligence→org:bloomberg-intelligence']);
    expect(found('Coinbase will list Aerodrome Finance (AERO) next week.')).toEqual(['Coinbase→org:coinbase', 'Aerodrome Finance→token:aero', 'AERO→token:aero']);
  });

  it('keeps tickers case-sensitive (ETH, not "eth")', () => {
    expect(found('The eth suffix is old English; ETH is a token.')).toEqual(['ETH→token:eth']);
  });

  it('reads $CASHTAG as strong evidence, with the $ in the span, but not $200', () => {
    const tags = entities('Buy $SOL, not $200 of $ONE or $NEWCOIN.');
    expect(tags.map((tag) => tag.text)).toEqual(['$SOL', '$ONE', '$NEWCOIN']);
    expect(tags[0]?.confidence).toBeGreaterThan(0.9);
    expect(tags[2]?.id).toBe('token:unknown:newcoin');
  });

  it('folds full-width Latin (ＢＴＣ, Ｂｉｎａｎｃｅ)', () => {
    expect(found('ＢＴＣ在Ｂｉｎａｎｃｅ上涨')).toEqual(['ＢＴＣ→token:btc', 'Ｂｉｎａｎｃｅ→org:binance']);
  });

  it('keeps generic concepts untagged (DeFi, NFT, ETF, Web3, AI)', () => {
    expect(found('DeFi, NFT, ETF, Web3 and AI are concepts.')).toEqual([]);
  });

  it('tags the network reading for networks and the company reading for exchanges (BNB vs Binance)', () => {
    expect(entities('Binance listed BNB.').map((tag) => tag.kind)).toEqual(['company', 'token']);
  });
});

describe('ambiguity', () => {
  it('Base: the L2 with context, never French "la base" or English "base"', () => {
    expect(found('Coinbase’s L2 Base hit a record.')).toEqual(['Coinbase→org:coinbase', 'Base→token:base']);
    expect(found('La base de ce raisonnement est solide.', 'fr')).toEqual([]);
    expect(found('The base case is a rate cut.')).toEqual([]);
  });

  it('SOL: the token, never French "le sol"', () => {
    expect(found('Le sol est mouillé.', 'fr')).toEqual([]);
    expect(found('Le staking de SOL rapporte 7 %.', 'fr')).toEqual(['SOL→token:sol']);
  });

  it('Compound: the protocol, never "compound interest"', () => {
    expect(found('Compound interest is powerful.')).toEqual([]);
    expect(found('Lenders moved from Aave to Compound last week.')).toEqual(['Aave→token:aave', 'Compound→token:comp']);
  });

  it('Apple: the company, never "an apple"', () => {
    expect(found('I ate an apple. An apple a day.')).toEqual([]);
    expect(found('Apple shares rose after the iPhone launch.')).toEqual(['Apple→org:apple']);
  });

  it('Circle: the USDC issuer, never "a circle"', () => {
    expect(found('They sat in a circle. Circle of friends.')).toEqual([]);
    expect(found('Circle, the issuer of USDC, filed for an IPO.')).toEqual(['Circle→org:circle', 'USDC→token:usdc']);
  });

  it('Bridge: the Stripe company, never "a bridge"', () => {
    expect(found('The bridge was hacked. Bridge the gap.')).toEqual([]);
    expect(found('Stripe closed its acquisition of Bridge, a stablecoin startup.')).toEqual(['Stripe→org:stripe', 'Bridge→org:bridge']);
  });

  it('Strategy: the bitcoin holder, never "our strategy"', () => {
    expect(found('Our strategy is simple. Strategy matters.')).toEqual([]);
    expect(found('Michael Saylor said Strategy bought more bitcoin.')).toEqual(['Strategy→org:strategy', 'bitcoin→token:btc']);
  });

  it('Optimism: the L2, never the feeling', () => {
    expect(found('There is optimism in the market. Optimism is high.')).toEqual([]);
    expect(found('Projects built on the OP Stack by Optimism form the Superchain.')).toEqual(['OP Stack→token:op', 'Optimism→token:op', 'Superchain→token:op']);
  });

  it('ONE: Harmony’s token with context, not the word in capitals', () => {
    expect(found('ONE MORE THING.')).toEqual([]);
    expect(found('Harmony ONE token holders voted.')).toEqual(['Harmony→token:one', 'ONE→token:one']);
  });

  it('GAS: Neo’s fee token with context, not "GAS PRICES"', () => {
    expect(found('GAS PRICES ARE UP.')).toEqual([]);
    expect(found('NEO holders receive GAS.')).toEqual(['NEO→token:neo', 'GAS→token:gas']);
  });

  it('LINK: Chainlink’s token, not "link" or a LINK button', () => {
    expect(found('Click the link. LINK HERE.')).toEqual([]);
    expect(found('Chainlink’s LINK token rose.')).toEqual(['Chainlink→token:link', 'LINK→token:link']);
  });

  it('DOT: Polkadot’s token, not a dot', () => {
    expect(found('Connect the dot. DOT MATRIX.')).toEqual([]);
    expect(found('He staked 500 DOT.')).toEqual(['DOT→token:dot']);
  });

  it('ATOM: the Cosmos token, not an atom', () => {
    expect(found('An atom is small. ATOM SMASHER.')).toEqual([]);
    expect(found('The ATOM price fell after the Cosmos Hub vote.')).toEqual(['ATOM→token:atom', 'Cosmos Hub→token:atom']);
  });

  it('FLOW: the Dapper Labs chain, not "cash flow"', () => {
    expect(found('Cash flow matters. Flow state. FLOW CHART.')).toEqual([]);
    expect(found('Dapper Labs launched NBA Top Shot on Flow.')).toEqual(['Dapper Labs→org:dapper-labs', 'Flow→token:flow']);
  });

  it('ether: after a French elided article (l’ether, d\'ether) the coin, never English "into the ether"', () => {
    expect(found('L\'ether a mieux résisté et ne cède que 2 % sur la semaine.')).toEqual(['ether→token:eth']);
    expect(found('Les gérants parient sur un rebond de l’ether avant la fin de l\'année.')).toEqual(['ether→token:eth']);
    expect(found('His warnings vanished into the ether.')).toEqual([]);
  });

  it('苹果 (fruit) vs 苹果公司', () => {
    expect(found('我吃了一个苹果，苹果汁很甜。')).toEqual([]);
    expect(found('苹果公司发布了新款 iPhone，苹果股价上涨。')).toEqual(['苹果公司→org:apple', '苹果→org:apple']);
  });

  it('以太网 (Ethernet) is not 以太坊', () => {
    expect(found('这台电脑用以太网连接。')).toEqual([]);
    expect(found('以太坊网络升级')).toEqual(['以太坊→token:eth']);
  });

  it('比特率 (bitrate) is not 比特币', () => {
    expect(found('视频的比特率很高。')).toEqual([]);
  });

  it('an unambiguous mention elsewhere in the article lends evidence (Solana … SOL)', () => {
    expect(found('Solana had a busy week. Later, SOL traded higher.')).toEqual(['Solana→token:sol', 'SOL→token:sol']);
  });
});

describe('unknown organisations', () => {
  it('tags "X Labs", "X DAO", "X Capital", "X Ventures" with low confidence', () => {
    const tags = entities('Zorbit Labs raised money from Quibble Capital and Nimbus Ventures; Frobnicate DAO voted.');
    expect(tags.map((tag) => tag.text)).toEqual(['Zorbit Labs', 'Quibble Capital', 'Nimbus Ventures', 'Frobnicate DAO']);
    expect(tags.every((tag) => tag.confidence < 0.6 && tag.id.startsWith('org:unknown:'))).toBe(true);
  });

  it('tags "une entreprise nommée X" and "a company called X" (the name only)', () => {
    expect(found('Une entreprise nommée Zorglub arrive.', 'fr')).toEqual(['Zorglub→org:unknown:zorglub']);
    expect(found('A company called Quuxly launched.')).toEqual(['Quuxly→org:unknown:quuxly']);
  });

  it('tags a Latin name before 公司 and a quoted name introduced as a company', () => {
    expect(found('Zorbit 公司宣布融资。一家名为“星火”的公司成立。')).toEqual(['Zorbit→org:unknown:zorbit', '星火→org:unknown:星火']);
  });

  it('tags a katakana name before 社 (the name only) and before a word that belongs to it (…証券)', () => {
    expect(found('ゾルグ社とキウム証券が参入。同社の会社員は語った。')).toEqual(['ゾルグ→org:unknown:ゾルグ', 'キウム証券→org:unknown:キウム証券']);
  });

  it('tags a Hangul name glued to 증권 or 벤처스, but not a generic word (가상자산증권)', () => {
    expect(found('조르그벤처스와 가상자산증권.')).toEqual(['조르그벤처스→org:unknown:조르그벤처스']);
  });

  it('tags a capitalised name after "la société" or "le fonds", not "la banque centrale"', () => {
    expect(found('Selon la société Zorglub, le fonds Quibble a investi. La banque centrale hésite.', 'fr')).toEqual([
      'Zorglub→org:unknown:zorglub',
      'Quibble→org:unknown:quibble',
    ]);
  });

  it('drops sentence-starting words in front of the name (The Zorbit Labs → Zorbit Labs)', () => {
    expect(found('The Zorbit Labs team shipped.')).toEqual(['Zorbit Labs→org:unknown:zorbit-labs']);
  });

  it('prefers a known organisation to the suffix pattern (Offchain Labs)', () => {
    expect(found('Offchain Labs builds Arbitrum.')).toEqual(['Offchain Labs→org:offchain-labs', 'Arbitrum→token:arb']);
  });
});

describe('Korean renderings of foreign names', () => {
  it('tags Korean press renderings of data firms, exchanges, issuers and foundations (코인글래스, 데리빗, 시큐리타이즈, 온도 파이낸스, 솔라나 재단)', () => {
    expect(found('코인글래스와 데리빗 자료를 보면 시큐리타이즈, 온도 파이낸스, 솔라나 재단이 움직였다.', 'ko').map((hit) => hit.split('→')[1])).toEqual([
      'org:coinglass', 'org:deribit', 'org:securitize', 'org:ondo-finance', 'org:solana-foundation',
    ]);
  });

  it('tags 아카시 (Akash) but not inside 아카시아 (acacia)', () => {
    expect(found('아카시 네트워크와 아카시는 GPU를 빌려준다.', 'ko').map((hit) => hit.split('→')[1])).toEqual(['token:akt', 'token:akt']);
    expect(found('아카시아 꿀 가격이 올랐다.', 'ko')).toEqual([]);
  });
});

describe('Latin names in Korean text', () => {
  it('자신의 X 계정: a Latin name in Korean text takes a context word nearby (계정), not a generic company word a sentence back', () => {
    expect(found('마이클 세일러 회장은 자신의 X 계정에 글을 올렸다.', 'ko').map((hit) => hit.split('→')[1])).toEqual(['org:x-corp']);
    expect(found('이 회사는 올해도 비트코인을 계속 사들이고 있다. 그는 방정식에서 X 값을 구했다.', 'ko').map((hit) => hit.split('→')[1])).toEqual(['token:btc']);
  });

  it('VIRTUAL은 …: an all-caps ticker opening a Korean sentence is the token when the article names it firmly elsewhere', () => {
    expect(found('버추얼 프로토콜은 생태계를 만들었다. VIRTUAL은 고점 대비 70% 떨어졌다.', 'ko').map((hit) => hit.split('→')[1])).toEqual(['token:virtual', 'token:virtual']);
  });
});

describe('Korean exchange names of coins', () => {
  it('tags the names Korean exchanges list coins under (메디블록, 베이직어텐션토큰, 쎄타퓨엘, 웜홀) and 삼성넥스트', () => {
    expect(found('메디블록과 베이직어텐션토큰, 쎄타퓨엘, 웜홀이 올랐고 삼성넥스트가 투자했다.', 'ko').map((hit) => hit.split('→')[1])).toEqual([
      'token:med', 'token:bat', 'token:tfuel', 'token:w', 'org:samsung-next',
    ]);
  });
});

describe('베이스 (Base) in Korean', () => {
  it('is the network beside 레이어2 or its founder (이더리움 레이어2 베이스의, 베이스를 이끄는 제시 폴락), not in 데이터베이스 or 유저 베이스', () => {
    expect(found('이더리움 레이어2 베이스의 거래 건수가 늘었다.', 'ko').map((hit) => hit.split('→')[1])).toEqual(['token:eth', 'token:base']);
    expect(found('베이스를 이끄는 제시 폴락은 낙관했다.', 'ko').map((hit) => hit.split('→')[1])).toEqual(['token:base']);
    expect(found('데이터베이스를 옮기고 유저 베이스를 넓혔다.', 'ko')).toEqual([]);
  });
});
