/**
 * Taiwan and Hong Kong renderings of organisations that the zh-Hant audit of the knowledge base added,
 * each with the reading that must fire and, for names inside ordinary words, the one that must not.
 */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../../utils/tagging';
import { foundNames } from './found-names';

const foundTw = (text: string) => foundNames(text, 'zh-TW');

describe('Taiwan renderings of tech companies', () => {
  it('超微 is AMD in Taiwan, but not inside 超微型 (ultra-micro), and 美超微 is Supermicro', () => {
    expect(foundTw('輝達與超微本季都上調了資料中心營收預估。')).toEqual(['輝達→org:nvidia', '超微→org:amd']);
    expect(foundTw('研究團隊開發出一款超微型感測器。')).toEqual([]);
    expect(foundTw('美超微的伺服器出貨創新高。')).toEqual(['美超微→org:supermicro']);
  });

  it('the AI-server supply chain: 鴻海精密, 緯創, 廣達, 英業達, 台達電 by their Taiwan names', () => {
    expect(foundTw('鴻海精密、緯創與英業達的 AI 伺服器營收同步成長，台達電則受惠於電源需求。')).toEqual([
      '鴻海精密→org:foxconn',
      '緯創→org:wistron',
      '英業達→org:inventec',
      '台達電→org:delta-electronics',
    ]);
  });
});

describe('Taiwan and Hong Kong renderings of finance and public bodies', () => {
  it('full names win over their short forms: 美國聯準會, 軟銀集團, 富達投資, 中華民國虛擬通貨商業同業公會', () => {
    expect(foundTw('美國聯準會按兵不動，軟銀集團與富達投資則加碼。')).toEqual(['美國聯準會→org:fed', '軟銀集團→org:softbank', '富達投資→org:fidelity']);
    expect(foundTw('中華民國虛擬通貨商業同業公會今天成立。')).toEqual(['中華民國虛擬通貨商業同業公會→org:tvaa']);
  });

  it('Hong Kong full and short names: 證券及期貨事務監察委員會, 香港財庫局, 金發局', () => {
    expect(foundTw('證券及期貨事務監察委員會與香港財庫局聯合諮詢，金發局也表示支持。')).toEqual([
      '證券及期貨事務監察委員會→org:sfc',
      '香港財庫局→org:fstb',
      '金發局→org:fsdc',
    ]);
  });

  it('ministries and market infrastructure are organisations, legislatures are not: 法務部, 期交所, 集保結算所 but not 立法院 or 立法會', () => {
    expect(foundTw('立法院三讀通過修正案，法務部、期交所與集保結算所將配合調整。')).toEqual(['法務部→org:moj-tw', '期交所→org:taifex', '集保結算所→org:tdcc']);
    expect(foundTw('立法會昨日通過《穩定幣條例》。')).toEqual([]);
  });

  it('Taiwan exchanges: ACE 交易所 and 幣寶 are exchanges of their own', () => {
    expect(foundTw('ACE 交易所與幣寶先後完成登記。')).toEqual(['ACE 交易所→org:ace-exchange', '幣寶→org:bitoex']);
  });

  it('Hong Kong issuers by their full names: 圓幣創新科技, not only 圓幣', () => {
    expect(foundTw('京東幣鏈科技和圓幣創新科技都在沙盒名單上。')).toEqual(['京東幣鏈科技→org:jd-coinlink', '圓幣創新科技→org:rd-innotech']);
  });

  it('Taiwan regulators and investors by their short names: 銀行局, 中華開發資本', () => {
    expect(foundTw('玉山銀行已向銀行局表達意願，中華開發資本參投。')).toEqual(['玉山銀行→org:esun', '銀行局→org:tw-banking-bureau', '中華開發資本→org:cdib-capital']);
  });
});

describe('renderings that are parts of ordinary words stay out', () => {
  it('幣基 is not an alias of Coinbase: 穩定幣基礎設施 and 國際貨幣基金 hold it', () => {
    expect(foundTw('我們投資穩定幣基礎設施，也研究貨幣基金。')).toEqual([]);
  });

  it('short Taiwan renderings inside ordinary words: 小摩擦, 並聯電路, 反思科技, 明星展品, 收集保護', () => {
    expect(foundTw('雙方只有小摩擦。並聯電路很穩定。我們反思科技巨頭的角色。明星展品吸引人潮。收集保護資料。')).toEqual([]);
    expect(foundTw('小摩、聯電、思科與星展先後表態。')).toEqual(['小摩→org:jpmorgan', '聯電→org:umc', '思科→org:cisco', '星展→org:dbs']);
  });

  it('灰度 in a staged rollout or a greyscale image is not Grayscale (灰度測試, 灰度发布)', () => {
    expect(foundTw('不少銀行的穩定幣業務還處在灰度測試階段。')).toEqual([]);
    expect((tagText('新功能先灰度发布给部分用户。', { lang: 'zh-CN', kinds: ['company'] }) as EntityTag[]).map((tag) => tag.text)).toEqual([]);
    expect(foundTw('灰度向美國證監會提交申請。')).toEqual(['灰度→org:grayscale', '美國證監會→org:sec']);
  });
});

describe('a company and the token named after it', () => {
  it('Ondo Finance is the company, Ondo and ONDO the token, USDY its yield token', () => {
    const found = (text: string) => foundNames(text);
    expect(found('Ondo Finance launched USDY; the ONDO token and Ondo both rallied.')).toEqual([
      'Ondo Finance→org:ondo-finance',
      'USDY→token:usdy',
      'ONDO→token:ondo',
      'Ondo→token:ondo',
    ]);
  });
});
