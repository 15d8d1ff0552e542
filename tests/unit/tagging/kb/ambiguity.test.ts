/**
 * Knowledge-base names that are also ordinary words or phrases in a site language: each case the
 * growth of the KB added, with the reading that must fire and the one that must not.
 */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../../utils/tagging';
import { foundNames } from './found-names';

const found = (text: string) => foundNames(text);

describe('names made of ordinary words match only as written', () => {
  it('The Block: the outlet, never "the block reward"', () => {
    expect(found('Miners earn the block reward.')).toEqual([]);
    expect(found('Miners earn less, The Block reported.')).toEqual(['The Block→org:the-block']);
  });

  it('Le Monde: the newspaper, never "tout le monde"', () => {
    expect(found('Tout le monde parle du bitcoin.')).toEqual(['bitcoin→token:btc']);
    expect(found('Selon Le Monde, la BCE hésite.')).toEqual(['Le Monde→org:le-monde', 'BCE→org:ecb']);
  });

  it('White House: the US presidency, never "a white house"', () => {
    expect(found('They live in a white house by the sea.')).toEqual([]);
    expect(found('The White House backed the bill.')).toEqual(['White House→org:white-house']);
  });
});

describe('ordinary words need evidence', () => {
  it('ether: Ethereum’s coin near a price or a token word, not "the ether"', () => {
    expect(found('Voices drifted into the ether.')).toEqual([]);
    expect(found('Le prix de l’ether a bondi de 8 %.')).toEqual(['ether→token:eth']);
  });

  it('以太 and 二饼 (ETH slang): with market context, never 以太网 or a mahjong tile', () => {
    expect(found('物理学中的以太理论早已被抛弃。')).toEqual([]);
    expect(found('他打出一张二饼。')).toEqual([]);
    expect(found('大饼和二饼齐涨，以太突破 4000 美元。').map((hit) => hit.split('→')[1])).toEqual(['token:btc', 'token:eth', 'token:eth']);
  });

  it('サークル: the USDC issuer near USDC, never a university club', () => {
    expect(found('大学のサークル活動に参加した。')).toEqual([]);
    expect(found('米サークルはUSDCの発行を拡大した。')).toEqual(['サークル→org:circle', 'USDC→token:usdc']);
  });

  it('門頭溝: the collapsed exchange near its bitcoin and creditors, never the Beijing district', () => {
    expect(found('他住在北京門頭溝區，週末去爬山。')).toEqual([]);
    expect(found('門頭溝受託人本週向債權人賠付比特幣。')).toEqual(['門頭溝→org:mt-gox', '比特幣→token:btc']);
    expect(found('Mt. Gox moved 10,000 BTC; MtGox creditors wait.')).toEqual(['Mt. Gox→org:mt-gox', 'BTC→token:btc', 'MtGox→org:mt-gox']);
  });

  it('中央銀行: Taiwan’s central bank near its governor, not central banks in general', () => {
    expect(found('各國中央銀行都在研究數位貨幣。')).toEqual([]);
    expect(found('中央銀行總裁楊金龍表示不會發行穩定幣。')).toEqual(['中央銀行→org:cbc-tw']);
  });

  it('蘋果: a company word a clause away does not make the fruit a company', () => {
    expect(found('蘋果公司與輝達被視為合作夥伴，但我們在超市買的蘋果和這無關。')).toEqual(['蘋果公司→org:apple', '輝達→org:nvidia']);
    expect(found('苹果宣布与 Circle 合作。')).toEqual(['苹果→org:apple', 'Circle→org:circle']);
  });

  it('Apple at a sentence start: the company when the article names it elsewhere, not on its own', () => {
    expect(found('Apple trees bloom in spring.')).toEqual([]);
    expect(found('Apple unveiled a wallet. Analysts said Apple would add USDC.')).toEqual(['Apple→org:apple', 'Apple→org:apple', 'USDC→token:usdc']);
  });

  it('美图, 联想, 寒武纪: companies near their own context, not "a pretty picture", "to associate", the Cambrian', () => {
    expect(found('这张美图真好看，让人联想到寒武纪生命大爆发。')).toEqual([]);
    expect(found('美图公司再次买入比特币。')).toEqual(['美图公司→org:meitu', '比特币→token:btc']);
  });

  it('Fidelity, Intel, Uphold, Strike: lower-case words are never the firms', () => {
    expect(found('high fidelity audio, fresh intel, we uphold the rules, workers on strike')).toEqual([]);
    expect(found('Uphold listed XRP again.')).toEqual(['Uphold→org:uphold', 'XRP→token:xrp']);
  });

  it('Lighter, Spark, Grass, Walrus, Orange: common words stay words without context', () => {
    expect(found('A lighter touch, a spark of hope, green grass, a walrus and an orange sky.')).toEqual([]);
    expect(found('The perp DEX Lighter passed Hyperliquid in volume.')).toEqual(['Lighter→token:lighter', 'Hyperliquid→token:hype']);
  });

  it('Bernstein: the broker, not a composer’s surname', () => {
    expect(found('Leonard Bernstein composed it.')).toEqual([]);
    expect(found('Analysts at Bernstein expect more approvals.')).toEqual(['Bernstein→org:bernstein']);
  });

  it('蘋果和橘子 ("apples and oranges"): the idiom is fruit, Apple at its developer conference is the company', () => {
    expect(found('把 AI 代幣和輝達股票比較，就像拿蘋果和橘子比較。')).toEqual(['輝達→org:nvidia']);
    expect(found('就連蘋果也在開發者大會上談到 AI。')).toEqual(['蘋果→org:apple']);
  });

  it('ストラテジー: Strategy near マイクロストラテジー or 社, never 投資ストラテジー (an investment strategy)', () => {
    expect(found('投資ストラテジーを見直す個人投資家も多い。')).toEqual([]);
    expect(found('米国のストラテジー（旧マイクロストラテジー）だ。')).toEqual(['ストラテジー→org:strategy', 'マイクロストラテジー→org:strategy']);
  });

  it('라인, 애플, 비자, 니어 inside ordinary Korean words (가이드라인, 애플리케이션, 소비자, 엔지니어) are not names', () => {
    expect(found('금융위원회는 가이드라인을 발표했다. 코빗은 애플리케이션을 개편했다.')).toEqual(['금융위원회→org:kr-fsc', '코빗→org:korbit']);
    expect(found('금감원은 소비자경보를 발령했다. 게임사 엔지니어가 부족하다.')).toEqual(['금감원→org:kr-fss']);
    expect(found('카카오의 클레이튼과 라인의 핀시아가 합쳐졌다.').map((hit) => hit.split('→')[1])).toEqual(['org:kakao', 'token:kaia', 'org:line', 'token:fnsa']);
  });

  it('MAX: the Taiwanese exchange beside 交易所, not the word max', () => {
    expect(found('MAX 交易所宣布上架 USDC。')).toEqual(['MAX→org:maicoin', 'USDC→token:usdc']);
    expect(found('The MAX supply is fixed.')).toEqual([]);
  });

  it('央行: the People’s Bank of China in zh-CN, Taiwan’s central bank in zh-TW, neither in 各國央行', () => {
    const inLang = (text: string, lang: string) => (tagText(text, { kinds: ['company'], lang }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
    expect(inLang('央行宣布下调人民币存款准备金率。', 'zh-CN')).toEqual(['央行→org:pboc']);
    expect(inLang('央行總裁楊金龍表示，新台幣穩定幣仍需觀察。', 'zh-TW')).toEqual(['央行→org:cbc-tw']);
    expect(inLang('各國央行都在研究數位貨幣。', 'zh-TW')).toEqual([]);
  });

  it('大餅 and 二餅 (BTC and ETH slang in traditional characters) need market context', () => {
    expect(found('中秋節吃了一塊大餅。')).toEqual([]);
    expect(found('大餅和二餅齊漲，行情轉強。').map((hit) => hit.split('→')[1])).toEqual(['token:btc', 'token:eth']);
  });

  it('國泰 and 富邦 alone: the financial groups beside each other or a bank word, never 國泰民安 or 國泰航空', () => {
    expect(found('國泰和富邦都在測試虛擬資產保管業務。')).toEqual(['國泰→org:cathay', '富邦→org:fubon']);
    expect(found('金管會主委在新年致詞中祝福國泰民安。')).toEqual(['金管會→org:tw-fsc']);
    expect(found('國泰航空宣布增加台北航班。')).toEqual(['國泰航空→org:cathay-pacific']);
    expect(found('富邦悍將昨晚贏球。')).toEqual([]);
  });

  it('推特 and X inside Han text: X is the platform beside 推特 or a post, not a stray letter', () => {
    expect(found('消息都會放在推特，也就是現在的X上。')).toEqual(['推特→org:x-corp', 'X→org:x-corp']);
    expect(found('他在X上發文表示將繼續增持。')).toEqual(['X→org:x-corp']);
    expect(found('圖中X軸為時間，Y軸為價格。')).toEqual([]);
    expect(found('Plot X against Y to see the trend.')).toEqual([]);
  });

  it('雪崩: Avalanche beside its ticker or subnets, never a collapse (雪崩式下跌, 價格雪崩)', () => {
    expect(found('雪崩（AVAX）本週上漲 9%。')).toEqual(['雪崩→token:avax', 'AVAX→token:avax']);
    expect(found('會不會出現雪崩式下跌？')).toEqual([]);
    expect(found('比特幣價格雪崩，山區也發生雪崩。').map((hit) => hit.split('→')[1])).toEqual(['token:btc']);
  });

  it('鏈結: Chainlink beside its ticker or an oracle word, never a link (文末鏈結, 區塊鏈結合)', () => {
    expect(found('預言機龍頭鏈結（LINK）上漲 11%。')).toEqual(['鏈結→token:link', 'LINK→token:link']);
    expect(found('完整的漲跌幅排行請見文末鏈結。')).toEqual([]);
    expect(found('這家公司把區塊鏈結合支付與空投。')).toEqual([]);
  });

  it('美元幣: USDC beside its ticker or a stablecoin word, never the dollar’s value (美元幣值)', () => {
    expect(found('美元幣（USDC）約占穩定幣市值的 25%。').map((hit) => hit.split('→')[1])).toEqual(['token:usdc', 'token:usdc']);
    expect(found('美元幣值走強，新台幣貶值。')).toEqual([]);
  });

  it('灰階: Grayscale the fund manager, not greyscale in a chart (灰階標示, 灰階顯示)', () => {
    expect(found('灰階的以太坊信託本週淨流出 1.2 億美元。')).toEqual(['灰階→org:grayscale', '以太坊→token:eth']);
    expect(found('下圖中以灰階標示的為已下架的交易對。')).toEqual([]);
    expect(found('手機開啟灰階顯示可以減少使用時間。')).toEqual([]);
  });

  it('全支付: PX Pay the payment app, not 安全支付 (secure payment) or 完全支付 (paid in full)', () => {
    expect(found('街口支付與全支付本月合計新增 35 萬名用戶。')).toEqual(['街口支付→org:jkopay', '全支付→org:pxpay']);
    expect(found('交易所提供安全支付與完全支付的選項。')).toEqual([]);
  });

  it('深潮 TechFlow 消息 (the newsflash by-line): one TechFlow mention, with or without the space', () => {
    const inLang = (text: string, lang: string) => (tagText(text, { kinds: ['company'], lang }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
    expect(inLang('深潮 TechFlow 消息，幣安宣布上架新代幣。', 'zh-TW')).toEqual(['深潮 TechFlow→org:techflow', '幣安→org:binance']);
    expect(inLang('深潮TechFlow 消息，币安宣布上架新代币。', 'zh-CN')).toEqual(['深潮TechFlow→org:techflow', '币安→org:binance']);
  });

  it('Chính phủ (the government) is a common noun, not a name', () => {
    expect(found('Chính phủ ban hành nghị quyết thí điểm.')).toEqual([]);
  });
});

describe('names the press writes in each language', () => {
  it('tags banks, regulators and exchanges in ja, ko, zh-TW, vi and fr', () => {
    expect(found('三菱UFJ信託銀行と楽天ウォレット').map((hit) => hit.split('→')[1])).toEqual(['org:mufg-trust', 'org:rakuten-wallet']);
    expect(found('토스뱅크와 코스닥, LG전자').map((hit) => hit.split('→')[1])).toEqual(['org:toss-bank', 'org:kosdaq', 'org:lg-electronics']);
    expect(found('國泰世華銀行與元大投信').map((hit) => hit.split('→')[1])).toEqual(['org:cathay-united', 'org:yuanta-funds']);
    expect(found('Vingroup, Viettel và Bộ Công an').map((hit) => hit.split('→')[1])).toEqual(['org:vingroup', 'org:viettel', 'org:vn-mps']);
    expect(found('Natixis et la BaFin').map((hit) => hit.split('→')[1])).toEqual(['org:natixis', 'org:bafin']);
    expect(found('警察庁と金融審議会、日本暗号資産等取引業協会').map((hit) => hit.split('→')[1])).toEqual(['org:jp-npa', 'org:jp-fsc-council', 'org:jvcea']);
    expect(found('자본시장연구원과 하나금융연구소, 신한금융그룹, BNY멜론').map((hit) => hit.split('→')[1])).toEqual(['org:kcmi', 'org:hana-institute', 'org:shinhan', 'org:bny']);
    expect(found('證期局、刑事警察局、灰階與安擬集團').map((hit) => hit.split('→')[1])).toEqual(['org:tw-sfb', 'org:tw-cib', 'org:grayscale', 'org:animoca']);
    expect(found('美國證管會、國際貨幣基金、永豐金與台灣大哥大').map((hit) => hit.split('→')[1])).toEqual(['org:sec', 'org:imf', 'org:sinopac', 'org:taiwan-mobile']);
    expect(found('Chứng khoán Kỹ Thương và Chứng khoán Rồng Việt').map((hit) => hit.split('→')[1])).toEqual(['org:tcbs', 'org:vdsc']);
  });

  it('テザー and リップル before 社: the name alone is the entity', () => {
    expect(found('テザー社とリップル社が発表した。')).toEqual(['テザー→org:tether', 'リップル→org:ripple']);
  });

  it('Astar: the network and its ticker ASTR, Astar財団 the foundation', () => {
    expect(found('Astar Networkは、ASTRの供給上限を決めた。Astar財団が発表した。').map((hit) => hit.split('→')[1])).toEqual(['token:astr', 'token:astr', 'org:astar-foundation']);
  });
});
