import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../utils/tagging/claims';
import { reportFrames } from '../../../../utils/tagging/claims/speakers';
import type { EntityTag } from '../../../../utils/tagging/types';

function speakers(text: string, lang: string, entities: EntityTag[] = []): (string | undefined)[] {
  return findClaims(text, { lang, entities }).map((claim) => claim.speaker);
}

describe('speakers: reported speech frames', () => {
  it('reads the source after a closing quote (\'"…," said Lauren Beck\')', () => {
    expect(speakers('"This is the floodgate moment for ETFs," said Lauren Beck, an analyst at Ridgeline.', 'en')).toEqual(['Lauren Beck']);
  });

  it('drops a title or an organisation’s possessive before the name ("Commissioner Caroline Crenshaw", "Nvidia\'s Jensen Huang")', () => {
    expect(speakers('Commissioner Caroline Crenshaw dissented, arguing that the new process removes a layer of review.', 'en')).toEqual(['Caroline Crenshaw']);
    expect(speakers("Nvidia's Jensen Huang likes to say every company will have millions of agents.", 'en')).toEqual(['Jensen Huang']);
  });

  it('strips the sentence’s full stop from a name that ends it ("according to Michael Saylor.")', () => {
    expect(speakers('Strategy will keep buying bitcoin every quarter, according to Michael Saylor.', 'en')).toEqual(['Michael Saylor']);
  });

  it('finds a French source after opening phrases and an apposition, with an accented verb ("…, sa présidente, X, a indiqué")', () => {
    const text = 'Dans un entretien accordé le 15 septembre, sa présidente, Marie-Anne Barbat-Layani, a indiqué que l’autorité pourrait refuser le passeport.';
    expect(speakers(text, 'fr')).toEqual(['Marie-Anne Barbat-Layani']);
  });

  it('reads "Pour X, …" as the source of the opinion that follows', () => {
    expect(speakers('Pour Hélène Varin, avocate associée, le passeport est la pierre angulaire de MiCA et sa remise en cause serait grave.', 'fr')).toEqual(['Hélène Varin']);
  });

  it('reads a source named with his organisation after "of"/"at" ("James Seyffart of Bloomberg Intelligence said"), but not "Analysts at Kaiko"', () => {
    expect(speakers('James Seyffart of Bloomberg Intelligence said a decision is unlikely before the second quarter of 2026.', 'en')).toEqual(['James Seyffart']);
    expect(speakers('Analysts at Kaiko warned that further unlocks would weigh on the price through March.', 'en')).toEqual([undefined]);
  });

  it('reads French verbs of stance as reporting ("X, stratégiste chez Kraken, se montre plus prudente : « … »", "Elle n\'exclut pas…")', () => {
    const text = 'Nathalie Roux, stratégiste chez Kraken, se montre plus prudente : « Je ne pense pas que le marché soit prêt à repartir. » Elle n\'exclut pas un retour vers 95 000 dollars dans les prochaines semaines.';
    expect(speakers(text, 'fr')).toEqual(['Nathalie Roux', 'Nathalie Roux']);
  });

  it('reads a Korean forecast reported with 것으로 내다봤다 and resolves 그는 to the source named before', () => {
    const text = '김민수 코빗 리서치센터장은 "상승장이 끝났다고 보지 않는다"고 말했다. 그는 연말까지 비트코인이 13만 달러를 다시 시도할 것으로 내다봤다.';
    expect(speakers(text, 'ko')).toEqual(['김민수', '김민수']);
  });

  it('reads 他同时提醒 and 他并不认为 as the pronoun 他, carrying the source named just before', () => {
    const text = '10x Research 研究主管 Markus Thielen 表示，本轮牛市并未结束，比特币有望上探 135,000 美元。他同时提醒，若现货 ETF 资金持续流出，价格可能跌破 110,000 美元。他并不认为市场会进入熊市。';
    expect(speakers(text, 'zh-CN')).toEqual(['Markus Thielen', 'Markus Thielen', 'Markus Thielen']);
  });

  it('takes the source of a first clause with its own reporting verb over a pronoun in the next ("赵长鹏在 X 上发文称，他不认为…")', () => {
    expect(speakers('币安创始人赵长鹏在 X 上发文称，他不认为加密市场已经进入熊市。', 'zh-CN')).toEqual(['赵长鹏']);
  });

  it('reads traditional-character reporting verbs and adverbs before them (認為, 曾多次表示, 近期撰文指出)', () => {
    expect(speakers('央行總裁楊金龍曾多次表示，穩定幣可能影響貨幣政策的傳導。', 'zh-TW')).toEqual(['楊金龍']);
    expect(speakers('分析師林佳慧認為，這波漲勢主要來自情緒面，很快會結束。', 'zh-TW')).toEqual(['林佳慧']);
    expect(speakers('以太坊聯合創辦人 Vitalik Buterin 近期撰文指出，AI 與加密貨幣結合最有價值的方向是驗證與隱私。', 'zh-TW')).toEqual(['Vitalik Buterin']);
  });

  it('takes the name after a Japanese title before は (佐藤健太社長は, 植田和男総裁は)', () => {
    expect(speakers('日本銀行の植田和男総裁は記者会見で、ステーブルコインの普及は決済の効率化につながる可能性があると述べた。', 'ja')).toEqual(['植田和男']);
  });
});

describe('speakers: never an organisation or an unnamed source', () => {
  it('gives no speaker for a firm named by its ending (宏邦投顧, …協会, Bloomberg Intelligence)', () => {
    expect(speakers('宏邦投顧認為，AI 代幣的漲勢很快會結束。', 'zh-TW')).toEqual([undefined]);
    expect(speakers('日本暗号資産等取引業協会によると、口座数は1200万を超えた。', 'ja')).toEqual([undefined]);
    expect(speakers('Analysts at Bloomberg Intelligence estimate approvals will come by October, said Bloomberg Intelligence.', 'en')).toEqual([undefined]);
  });

  it('keeps a Japanese surname ending in a one-character organisation word (阿部氏)', () => {
    expect(speakers('阿部氏は「ビットコインは上昇するだろう」と述べた。', 'ja')).toEqual(['阿部']);
  });

  it('gives no speaker for unnamed camps and employees (悲觀派則指出, 분析人士, 한 자산운용사 관계자)', () => {
    expect(speakers('悲觀派則指出，AI 代幣恐怕也難逃相同命運。', 'zh-TW')).toEqual([undefined]);
    expect(speakers('分析人士认为，比特币将继续上涨。', 'zh-CN')).toEqual([undefined]);
    expect(speakers('한 자산운용사 관계자는 "원화 스테이블코인 수요가 크게 늘 것"이라고 말했다.', 'ko')).toEqual([undefined]);
  });
});

describe('speakers: carried and overridden', () => {
  it('gives the next quoted sentence of the same paragraph to the source just named', () => {
    const text = '"This is the floodgate moment," said Lauren Beck. "I expect more than 100 crypto ETPs to be listed by next year."';
    expect(speakers(text, 'en')).toEqual(['Lauren Beck', 'Lauren Beck']);
  });

  it('does not carry a source into the next paragraph', () => {
    const text = '"This is the floodgate moment," said Lauren Beck.\n\n"Prices will double by next year," the brochure promised.';
    expect(speakers(text, 'en')).toEqual(['Lauren Beck', undefined]);
  });

  it('gives "His …", "Selon lui" and "Theo ông" to the source just named', () => {
    expect(speakers('Jonah Price said rate cuts are priced in. His base case is for Bitcoin to test $124,000 within six weeks.', 'en')).toEqual(['Jonah Price', 'Jonah Price']);
    expect(speakers('Ông Nguyễn Minh Quân cho rằng mức vốn này quá cao. Theo ông, những ngân hàng lớn có lợi thế rõ rệt.', 'vi')).toEqual(['Nguyễn Minh Quân', 'Nguyễn Minh Quân']);
  });

  it('gives a first-person clause to the turn’s speaker, not to the source the other clause reports', () => {
    const text = "Agent payments\n\nGuest: Priya Raman\n\nPriya Raman: Nvidia's Jensen Huang likes to say every company will have millions of agents; I'd say every one of them will need a wallet.";
    expect(speakers(text, 'en')).toEqual(['Jensen Huang', 'Priya Raman']);
  });
});

describe('speakers: more frames', () => {
  it('gives a surname alone the full name named before ("松本大輝…", then "松本氏は")', () => {
    const text = 'タイトル\n\nみずほ証券の松本大輝アナリストは「相場は回復するだろう」と述べた。松本氏は「下値は限られる」と指摘した。';
    expect(speakers(text, 'ja')).toEqual(['松本大輝', '松本大輝']);
  });

  it('takes the first word of a Korean "name organisation title" source (정민호 자본시장연구원 연구위원은)', () => {
    const text = '정민호 자본시장연구원 연구위원은 "시장 규모가 3년 안에 10배로 커질 것"이라고 전망했다.';
    expect(speakers(text, 'ko')).toEqual(['정민호']);
  });

  it('drops connectives and adverbs around a Chinese source (不過他也指出, 先前表示, 據業者估計, 市場普遍認為)', () => {
    expect(speakers('林志豪認為短線仍有壓力。不過他也指出，長期持有者的籌碼仍相當穩定。', 'zh-TW')).toEqual(['林志豪', '林志豪']);
    expect(speakers('金管局總裁余偉文先前表示，首批牌照數量將只有個位數。', 'zh-TW')).toEqual(['余偉文']);
    expect(speakers('據業者估計，境外交易所的台灣用戶仍超過 100 萬人。', 'zh-TW')).toEqual([undefined]);
    expect(speakers('市場普遍認為，聯準會主席暗示 12 月未必降息，是這波拋售的主因。', 'zh-TW')).toEqual([undefined]);
  });

  it('reads a Vietnamese source after an opening phrase, and "Theo ước tính" names no one', () => {
    expect(speakers('Ông Phạm Quốc Bảo cho rằng thị trường sẽ giảm. Tuy vậy, ông cho rằng xu hướng dài hạn vẫn chưa bị phá vỡ.', 'vi')).toEqual(['Phạm Quốc Bảo', 'Phạm Quốc Bảo']);
    expect(speakers('Theo ước tính của hiệp hội, người Việt đang nắm giữ khoảng 100 tỷ USD tài sản mã hóa.', 'vi')).toEqual([undefined]);
  });
});

describe('speakers: Vietnamese organisations', () => {
  it('gives no speaker for an organisation named by what it is ("Ngân hàng Nhà nước cho biết")', () => {
    expect(speakers('Ngân hàng Nhà nước cho biết sẽ siết chặt giám sát dòng tiền vào năm tới.', 'vi')).toEqual([undefined]);
  });
});

describe('speakers: a reported-speech frame is tried only where its gate (its literal words) is present', () => {
  const GOLD_DIR = fileURLToPath(new URL('../../../fixtures/gold/dev', import.meta.url));
  const goldSentences = readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.gold.txt'))
    .flatMap((file) => readFileSync(join(GOLD_DIR, file), 'utf8').split(/\n|(?<=[。.!?！？])/u));
  const PIECES = [
    '김민수', ' ', '는 ', '은 ', '가 ', '이 ', '대표', '비트코인이 오를 것', '이라고 ', '라고 ', '고 ', '말했다', '밝혔다', '전망했다', '에 따르면', '에따르면',
    '한편 ', ', ', '.', '松本', '大輝', '氏', 'さん', 'CEO', 'アナリスト', 'は', 'が', 'によると', 'によれば', '、', '価格は上がる', 'と述べた', '日本銀行', '・',
    '，', '。', '：', '“', '”', '王明', '分析师', '分析', '表示', '认为', '也', '此前', '在会上时', '比特币将上涨', '称', '说', '　', '不过他', '据',
  ];
  const gated = (['zh', 'ja', 'ko'] as const).flatMap((lang) => reportFrames(lang).filter((entry) => entry.gate));

  function gateHolds(text: string): void {
    for (const { frame, gate } of gated) if (gate && frame.exec(text)) expect(gate.test(text), `${gate} on "${text}"`).toBe(true);
  }

  it('has gates for the Chinese, Japanese and Korean frames', () => {
    expect(gated.length).toBeGreaterThanOrEqual(5);
  });

  it('on every sentence of the dev gold texts and every pair of frame words', () => {
    for (const sentence of goldSentences) gateHolds(sentence);
    for (const first of PIECES) for (const second of PIECES) gateHolds(first + second);
  });

  it('on longer sentences built from the frames’ words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join('')), gateHolds), { numRuns: 3000 });
  });
});

describe('speakers: Taiwan role words before a name', () => {
  it('drops 基金經理 and 營運長 before the name (香港基金經理黃俊傑表示, 幣託營運長鄭宇翔表示)', () => {
    const text = '香港基金經理黃俊傑表示，機構資金正轉向高性能公鏈，強勢可能會延續到明年第一季。某交易所營運長鄭宇翔表示，台灣用戶對小幣種的需求會持續上升。';
    expect(speakers(text, 'zh-TW')).toEqual(['黃俊傑', '鄭宇翔']);
  });
});

describe('speakers: groups, news sources and headings are no one', () => {
  it('gives no speaker for a quantified group, a news source or the police (部分業者表示, 市場消息稱, 警方指出)', () => {
    const text = '部分業者表示，機房升級後撮合延遲降低了一半。市場消息稱，該交易所將在下月裁員 30%。警方指出，詐騙金額超過 2 億元新台幣。';
    expect(speakers(text, 'zh-TW')).toEqual([undefined, undefined, undefined]);
  });

  it('reads a 注意事項： line alone as a heading, not a speaker label', () => {
    const text = '公告\n\n注意事項：\n\n下架後，相關幣種的價格可能大幅下跌 50% 以上。';
    expect(speakers(text, 'zh-TW')).toEqual([undefined]);
  });
});

describe('speakers: more Chinese reporting verbs and role words', () => {
  it('reads 預期, 提醒 and 形容 as reporting verbs and 顧問, 主任, 理事長 as roles before the name', () => {
    const text = [
      '台灣區塊鏈法律顧問黃于真提醒，DeFi 協議一旦遭駭，投資人很難追償。',
      '財經事務及庫務局局長許正宇形容，穩定幣是香港金融中心地位的「關鍵一步」。',
      '刑事警察局科技犯罪防制中心主任林建宏表示，今年前十個月已凍結超過 4,500 萬美元。',
      '同業公會理事長林振宇認為，1 億元的資本額門檻恐讓三分之一的業者退場。',
    ].join('');
    expect(speakers(text, 'zh-TW')).toEqual(['黃于真', '許正宇', '林建宏', '林振宇']);
  });

  it('reads 並 after a comma as a connective, not a source (伯恩斯坦將…，並預期…)', () => {
    expect(speakers('伯恩斯坦將比特幣的 2026 年目標價維持在 20 萬美元，並預期本輪週期的高點會在明年出現。', 'zh-TW')).toEqual([undefined]);
  });

  it('gives "他也預期" to the source named just before', () => {
    expect(speakers('專欄作者許明哲認為，比特幣二層的安全假設差異很大。不過他也預期，真正去信任化的二層有望在兩年內出現。', 'zh-TW')).toEqual(['許明哲', '許明哲']);
  });
});

describe('speakers: Korean reported speech', () => {
  it('takes the name before the title when an organisation comes first (한국은행 이창용 총재는, 코빗 리서치센터의 이서연 연구원은)', () => {
    const text = '한국은행 이창용 총재는 "원화 스테이블코인은 은행 중심으로 발행돼야 한다"고 강조했다. 코빗 리서치센터의 이서연 연구원은 "김치 프리미엄이 5% 이상으로 커질 수 있다"고 내다봤다.';
    expect(speakers(text, 'ko')).toEqual(['이창용', '이서연']);
  });

  it('skips an organisation’s short form between the name and the title (이창용 한은 총재는)', () => {
    expect(speakers('이창용 한은 총재는 "자본 유출 통로가 될 수 있다"고 말했다.', 'ko')).toEqual(['이창용']);
  });

  it('skips the first word of a two-word title (이수정 리서치 총괄은) and reads 씨 as a title (분석가 김민수 씨는)', () => {
    const text = '반면 디스프레드 이수정 리서치 총괄은 "은행 중심 발행은 초기 신뢰 확보에 유리하다"고 평가했다. 코인 분석가 김민수 씨는 "밈코인 쏠림은 단기 과열 신호로 볼 수 있다"고 말했다.';
    expect(speakers(text, 'ko')).toEqual(['이수정', '김민수']);
  });

  it('reads a first and last name after a clause describing the person (베이스를 이끄는 제시 폴락은), never the clause (베이스를 이끄)', () => {
    expect(speakers('베이스를 이끄는 제시 폴락은 "온체인 사용자가 10억 명에 이를 것"이라고 말했다.', 'ko')).toEqual(['제시 폴락']);
  });

  it('takes a Korean name opening the phrase over the words after it (안유화 성균관대 중국대학원 교수는)', () => {
    expect(speakers('안유화 성균관대 중국대학원 교수는 "회계 기준이 아직 걸림돌"이라고 지적했다.', 'ko')).toEqual(['안유화']);
  });

  it('reads a transliterated first and last name before the title (마이클 세일러 회장은)', () => {
    expect(speakers('스트래티지의 마이클 세일러 회장은 "비트코인은 여전히 가장 안전한 자산"이라고 밝혔다.', 'ko')).toEqual(['마이클 세일러']);
  });

  it('skips an organisation the tagger found between a foreign name and the title (래리 핑크 블랙록 CEO는)', () => {
    const text = '래리 핑크 블랙록 CEO는 "비트코인은 디지털 금"이라고 말했다.';
    const blackrock: EntityTag = { kind: 'company', start: 6, end: 9, text: '블랙록', id: 'org:blackrock', name: 'BlackRock', confidence: 0.9 };
    expect(speakers(text, 'ko', [blackrock])).toEqual(['래리 핑크']);
  });

  it('reads a first and last name opening the sentence without a title (비탈릭 부테린은), never a body (미국 정부는, 블랙록 디지털자산 총괄은)', () => {
    const text = '비탈릭 부테린은 최근 "레이어2가 확장의 핵심"이라고 말했다. 미국 정부는 "규제를 강화할 것"이라고 밝혔다. 디지털자산 총괄은 "수요가 늘 것"이라고 말했다.';
    expect(speakers(text, 'ko')).toEqual(['비탈릭 부테린', undefined, undefined]);
  });

  it('reads a quoted forecast closed by 것"이라며 as a claim of its source (…낮을 것"이라며 신중한 입장을 보였다)', () => {
    const text = 'KB국민은행의 조은비 디지털전략본부장은 "준비금 운용 규제가 엄격해 수익성은 낮을 것"이라며 신중한 입장을 보였다.';
    expect(speakers(text, 'ko')).toEqual(['조은비']);
  });

  it('reads a quote closed by 며 or 고 before any verb as reported speech ("…있다"며 신중론을 폈다, "…"고 우려를 나타냈다)', () => {
    const text = '한국투자증권 이지은 애널리스트는 "단기 조정이 나올 수 있다"며 신중론을 폈다. 한국은행 이창용 총재는 "ETF가 원화 유출을 키울 수 있다"고 우려를 나타냈다.';
    expect(speakers(text, 'ko')).toEqual(['이지은', '이창용']);
  });

  it('gives a surname and title alone the full name named before (이창용 총재는…, then 이 총재는)', () => {
    const text = '한국은행 이창용 총재는 "원화 스테이블코인은 은행 중심으로 발행돼야 한다"고 강조했다. 이 총재는 "비은행 발행은 통화정책의 효과를 떨어뜨릴 수 있다"고 덧붙였다.';
    expect(speakers(text, 'ko')).toEqual(['이창용', '이창용']);
  });

  it('gives a surname and title the latest person named with that surname (이지은…, 이창용…, then 이 총재는 → 이창용)', () => {
    const text = '한국투자증권 이지은 애널리스트는 "단기 조정이 나올 수 있다"고 말했다. 한국은행 이창용 총재는 "원화 스테이블코인은 은행 중심으로 발행돼야 한다"고 강조했다. 이 총재는 "비은행 발행은 통화정책의 효과를 떨어뜨릴 수 있다"고 덧붙였다.';
    expect(speakers(text, 'ko')).toEqual(['이지은', '이창용', '이창용']);
  });

  it('gives no speaker for an organisation or its unnamed employee (검찰은, 두나무 관계자는)', () => {
    const text = '검찰은 "시세 조종 혐의가 짙다"고 밝혔다. 두나무 관계자는 "내년 상반기에 원화 스테이블코인을 출시할 것"이라고 말했다.';
    expect(speakers(text, 'ko')).toEqual([undefined, undefined]);
  });

  it('keeps the turn’s speaker for a first-person view (저는 … 것이라고 봅니다)', () => {
    const text = '게스트: 한도윤\n\n한도윤: 저는 현물 ETF 기대감이 당분간 가격을 지지할 것이라고 봅니다.';
    expect(speakers(text, 'ko')).toEqual(['한도윤']);
  });
});
