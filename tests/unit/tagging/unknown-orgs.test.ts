import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../utils/tagging';

const found = (text: string) => (tagText(text, { kinds: ['token', 'company'] }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);

describe('unknown organisations in ja, ko, zh-TW and vi', () => {
  it('a Latin name stops at kana or Han: PayPayが同社 and …Gincoの社員 are not names before 社', () => {
    expect(found('バイナンスジャパンはZorbitPayと提携し、ZorbitPayが同社株式の40％を取得した。')).not.toContainEqual(expect.stringContaining('が同'));
    expect(found('攻撃者は、委託先Zorgの社員を狙った。')).toEqual([]);
    expect(found('国内では、Zorbit社が参入した。')).toEqual(['Zorbit→org:unknown:zorbit']);
  });

  it('a count before 社 or 公司 (10社, 30 家公司) is not a name', () => {
    expect(found('国内のトレジャリー企業10社のうち7社の株価が下落した。')).toEqual([]);
  });

  it('ワーキング・グループ and 토큰증권 (security tokens) are generic words, not names', () => {
    expect(found('金融庁はワーキング・グループで方針を示した。')).toEqual(['金融庁→org:jfsa']);
    expect(found('증권업계는 토큰증권 법제화에 대비하고 있다.')).toEqual([]);
  });

  it('Vietnamese sentence openers and places are not part of the name (Hiện Zorbit Labs, công ty Nhật Bản Metaplanet)', () => {
    expect(found('Hiện Zorbit Labs có 45 kỹ sư.')).toEqual(['Zorbit Labs→org:unknown:zorbit-labs']);
    expect(found('Công ty Nhật Bản Metaplanet cũng mua thêm BTC.')).toEqual(['Metaplanet→org:metaplanet', 'BTC→token:btc']);
    expect(found('Công ty Hàn Quốc Zorbit gia nhập thị trường.')).toEqual(['Zorbit→org:unknown:zorbit']);
  });

  it('quỹ ETF Bitcoin and quỹ IBIT are fund products: the token is tagged, no organisation', () => {
    expect(found('Các quỹ ETF Bitcoin giao ngay, trong đó quỹ IBIT của BlackRock, bị rút vốn.')).toEqual(['Bitcoin→token:btc', 'BlackRock→org:blackrock']);
    expect(found('Quỹ đầu tư Zorbit Capital rót vốn.')).toEqual(['Zorbit Capital→org:unknown:zorbit-capital']);
  });

  it('a quoted name right after an organisation noun: 交換業者「ミナトコイン」, 交易所「鏈橋數位」, 事務所「衡則法律」', () => {
    expect(found('国内交換業者「ミナトコイン」の社長は話す。')).toEqual(['ミナトコイン→org:unknown:ミナトコイン']);
    expect(found('新創交易所「鏈橋數位」執行長表示。律師事務所「衡則法律」合夥人認為。')).toEqual(['鏈橋數位→org:unknown:鏈橋數位', '衡則法律→org:unknown:衡則法律']);
    expect(found('取引所「価格が下がれば買う」との声。')).toEqual([]);
  });

  it('a legal-form marker belongs to the name: 株式会社ブルーシールド, ミライチェーン株式会社, (주)체인가드', () => {
    expect(found('監査を手がける株式会社ブルーシールドの代表は語る。')).toEqual(['株式会社ブルーシールド→org:unknown:株式会社ブルーシールド']);
    expect(found('ミライチェーン株式会社・木村CEO')).toEqual(['ミライチェーン株式会社→org:unknown:ミライチェーン株式会社']);
    expect(found('보안 기업 (주)체인가드의 대표는 말했다.')).toEqual(['(주)체인가드→org:unknown:(주)체인가드']);
  });

  it('Korean research and partner firms: 한빛리서치, 한빛파트너스', () => {
    expect(found('한빛리서치 박지훈 센터장과 한빛파트너스가 참여했다.')).toEqual(['한빛리서치→org:unknown:한빛리서치', '한빛파트너스→org:unknown:한빛파트너스']);
  });

  it('a two-character name before 投顧, 投信, 金控, 證券 is a Taiwanese firm; 有價證券 is not', () => {
    expect(found('宏邦投顧分析師認為漲勢延續。')).toEqual(['宏邦投顧→org:unknown:宏邦投顧']);
    expect(found('虛擬資產不屬於有價證券。')).toEqual([]);
  });

  it('"X Exchange" names an exchange: sàn Lumi Exchange', () => {
    expect(found('Trong khi đó, sàn Lumi Exchange do một nhóm kỹ sư lập ra.')).toEqual(['Lumi Exchange→org:unknown:lumi-exchange']);
  });

  it('a Han name between 公司 and what a company does is an organisation: 遊戲公司星野互動完成融資', () => {
    expect(found('台灣 Web3 遊戲公司星野互動完成 300 萬美元融資。')).toEqual(['星野互動→org:unknown:星野互動']);
    expect(found('香港支付新創銀河通日前宣布進軍新加坡。')).toEqual(['銀河通→org:unknown:銀河通']);
  });

  it('time words, roles and parts of a company after 公司 are not names: 該公司日前完成, 公司執行長宣布, 公司董事會宣布', () => {
    expect(found('該公司日前完成重組，公司執行長陳文宣布裁員，公司董事會宣布回購，公司產品推出新版。')).toEqual([]);
    expect(found('多家科技公司紛紛推出錢包，這些公司計劃推出穩定幣，该公司预计完成上市。')).toEqual([]);
  });

  it('"X Finance" names an organisation when the dictionary has no reading of the whole name: Keystone Finance', () => {
    expect(found('Babylon 生態項目 Keystone Finance 完成融資。')).toContainEqual('Keystone Finance→org:unknown:keystone-finance');
  });

  it('Decentralized Finance and Traditional Finance are concepts, not organisations', () => {
    expect(found('Decentralized Finance and Traditional Finance keep converging.')).toEqual([]);
  });
});
