/**
 * The simplified → traditional conversion the knowledge-base build applies to zh-Hans names, and what
 * it gives the tagger on Taiwan and Hong Kong text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foundNames } from './found-names';
import { knowledgeBase } from '../../../../utils/tagging/kb';
import { toTraditional, traditionalForms, writingVariants } from '../../../../utils/tagging/kb/traditional';

const foundTw = (text: string) => foundNames(text, 'zh-TW');

describe('toTraditional', () => {
  it('发 in a name is 發, not 髮 (hair): 广发证券 → 廣發證券', () => {
    expect(toTraditional('广发证券')).toBe('廣發證券');
  });

  it('复兴 is 復興, 永丰 is 永豐, 阿里云 is 阿里雲', () => {
    expect(toTraditional('文艺复兴科技')).toBe('文藝復興科技');
    expect(toTraditional('永丰银行')).toBe('永豐銀行');
    expect(toTraditional('阿里云')).toBe('阿里雲');
  });

  it('characters that are traditional too stay as written: 谷歌, 界面新闻, 范埃克, 阿里巴巴', () => {
    expect(toTraditional('谷歌')).toBe('谷歌');
    expect(toTraditional('界面新闻')).toBe('界面新聞');
    expect(toTraditional('范埃克')).toBe('范埃克');
    expect(toTraditional('阿里巴巴')).toBe('阿里巴巴');
  });

  it('信托 is 信託, while 托 elsewhere (摩托) stays', () => {
    expect(toTraditional('三菱日联信托银行')).toBe('三菱日聯信託銀行');
    expect(toTraditional('摩托罗拉')).toBe('摩托羅拉');
  });

  it('leaves Latin letters, digits and traditional text unchanged', () => {
    expect(toTraditional('LD资本')).toBe('LD資本');
    expect(toTraditional('21世纪经济报道')).toBe('21世紀經濟報道');
    expect(toTraditional('臺灣證券交易所')).toBe('臺灣證券交易所');
  });

  it('property: keeps the length (offsets of a name stay its offsets) and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'广发证券台湾意大利信托银行摩托ABC 1谷歌范埃克币链'.split('')) }), (text) => {
        const once = toTraditional(text);
        expect(once.length).toBe(text.length);
        expect(toTraditional(once)).toBe(once);
      }),
    );
  });
});

describe('traditionalForms', () => {
  it('Taiwan wording beside the Hong Kong one: 意大利 / 義大利, 澳大利亚 / 澳洲', () => {
    expect(traditionalForms('意大利联合信贷银行')).toEqual(['意大利聯合信貸銀行', '義大利聯合信貸銀行']);
    expect(traditionalForms('澳大利亚央行')).toEqual(['澳大利亞央行', '澳洲央行']);
  });

  it('a name without simplified characters gives itself once', () => {
    expect(traditionalForms('任天堂')).toEqual(['任天堂']);
  });
});

describe('writingVariants', () => {
  it('台 and 臺 both: 台積電 → 台積電, 臺積電; 臺灣銀行 → 臺灣銀行, 台灣銀行', () => {
    expect(writingVariants('台積電')).toEqual(['台積電', '臺積電']);
    expect(writingVariants('臺灣銀行')).toEqual(['臺灣銀行', '台灣銀行']);
  });

  it('the standard character set beside Taiwan’s: 華為 → 華爲, 眾安銀行 → 衆安銀行, 啟明創投 → 啓明創投', () => {
    expect(writingVariants('華為')).toEqual(['華為', '華爲']);
    expect(writingVariants('眾安銀行')).toEqual(['眾安銀行', '衆安銀行']);
    expect(writingVariants('啟明創投')).toEqual(['啟明創投', '啓明創投']);
  });

  it('Hong Kong’s character forms beside Taiwan’s: 恆星幣 → 恒星幣, 溫哥華 → 温哥華', () => {
    expect(writingVariants('恆星幣')).toEqual(['恆星幣', '恒星幣']);
    expect(writingVariants('溫哥華')).toEqual(['溫哥華', '温哥華']);
  });

  it('a name written one way only gives itself once', () => {
    expect(writingVariants('輝達')).toEqual(['輝達']);
  });
});

describe('the built knowledge base', () => {
  it('has each entity id once (an entity curated twice would split its names)', () => {
    const ids = knowledgeBase().entities.map((entity) => entity.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('every zh-Hans name has its traditional forms under zh-Hant, unless another entity owns the form', () => {
    const kb = knowledgeBase();
    const ownerOf = new Map<string, string>();
    for (const entity of kb.entities) {
      for (const surface of [entity.name, ...Object.values(entity.aliases).flat()]) if (!ownerOf.has(surface)) ownerOf.set(surface, entity.id);
    }
    const missing = kb.entities.flatMap((entity) =>
      (entity.aliases['zh-Hans'] ?? []).flatMap((name) =>
        traditionalForms(name)
          .flatMap(writingVariants)
          .filter((form) => form !== name && !(entity.aliases['zh-Hant'] ?? []).includes(form) && ownerOf.get(form) === entity.id)
          .map((form) => `${entity.id}: ${form}`),
      ),
    );
    expect(missing).toEqual([]);
    const hant = (id: string) => kb.entities.find((entity) => entity.id === id)?.aliases['zh-Hant'] ?? [];
    expect(hant('org:gf-fund')).toContain('廣發基金');
    expect(hant('org:nvidia')).toContain('英偉達');
  });

  it('a firm curated only in simplified Chinese is found in Taiwan text: 廣發基金, 橋水, 英偉達 (Hong Kong)', () => {
    expect(foundTw('廣發基金與橋水先後調高持倉。')).toEqual(['廣發基金→org:gf-fund', '橋水→org:bridgewater']);
    expect(foundTw('英偉達股價週三上漲。')).toEqual(['英偉達→org:nvidia']);
  });

  it('names as text converted with the standard character set writes them: 華爲, 衆安銀行, 臺積電', () => {
    expect(foundTw('華爲與衆安銀行合作，臺積電股價上漲。')).toEqual(['華爲→org:huawei', '衆安銀行→org:za-bank', '臺積電→org:tsmc']);
  });

  it('a traditional form curated already keeps its own marks: 證監會 (Hong Kong) needs no evidence although 证监会 does', () => {
    expect(foundTw('證監會表示，將發出更多牌照。')).toEqual(['證監會→org:sfc']);
  });

  it('a form added here inherits the ambiguity of its name: 紅杉 (redwood) like 红杉', () => {
    expect(foundTw('山上種滿了紅杉。')).toEqual([]);
  });

  it('stop phrases get their traditional forms: 以太網絡 (Ethernet) is not Ethereum', () => {
    expect(knowledgeBase().lexicon.stopPhrases).toContain('以太網絡');
    expect(foundTw('機房的以太網絡需要升級。')).toEqual([]);
  });
});
