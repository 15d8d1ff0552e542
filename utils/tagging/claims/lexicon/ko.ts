/**
 * Korean claim cues. Future "-ㄹ 것이다" is told apart from "이것이다" (this is) by the ㄹ-final syllable
 * before the space; long negation (-지 않다) follows its verb, short negation (안/못) precedes it.
 */
import { cues, mergeEntries, type Lexicon, type SenseCheck } from './types';

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of the final consonant ㄹ in a precomposed Hangul syllable. */
const FINAL_RIEUL = 8;

/** "할 것이다", "오를 것으로": a ㄹ-final syllable then a space before 것 marks the future/prospective. */
const prospectiveGeot: SenseCheck = (text, start) => {
  if (text[start - 1] !== ' ') return false;
  const code = text.charCodeAt(start - 2);
  return code >= HANGUL_BASE && code <= HANGUL_LAST && (code - HANGUL_BASE) % 28 === FINAL_RIEUL;
};

const forecast = { evidence: 'forecast' as const };
const hedge = { evidence: 'forecast' as const, weight: 1.5 };
const weakForecast = { evidence: 'forecast' as const, weight: 1 };
const opinion = { evidence: 'opinion' as const, firstPerson: true };
const normative = { evidence: 'opinion' as const, weight: 1.5 };
const evaluative = { evidence: 'evaluative' as const };
const report = { evidence: 'report' as const };
const fact = { evidence: 'fact' as const };
const up = { polarity: 'up' as const };
const down = { polarity: 'down' as const };

export const ko: Lexicon = {
  lang: 'ko',
  wordBoundaries: false,
  negationScope: 'after',
  entries: mergeEntries(
    cues({ ...forecast, sense: prospectiveGeot }, '것이다', '것입니다', '것으로', '거예요', '거야', '겁니다'),
    // A reported forecast ends its quote or clause with 것 then (이)라고/라며: "…낮을 것"이라며, "…오를 것이라고".
    cues({ ...forecast, sense: prospectiveGeot, reports: true }, '것이라고', '것이라며', '것"이라고', '것"이라며', '것”이라고', '것”이라며'),
    cues(forecast, '전망이다', '전망입니다', '전망된다', '전망', '예상된다', '예상됩니다', '예상', '예측', '겠다', '겠습니다', '겠죠', '기대된다', '머지않아', '조만간', '가능성이 높', '것으로 보인다', '것으로 보입니다'),
    cues(hedge, '가능성', '수 있다', '수 있습니다', '수 있을', '수도 있', '것 같다', '것 같습니다', '것 같아요', '아마', '아마도'),
    cues(weakForecast, '내년', '향후', '앞으로', '곧', '기대', '예정', '계획', '연내', '하반기', '연말'),
    cues(opinion, '생각한다', '생각합니다', '생각해요', '생각해', '생각이다', '생각입니다', '본다', '봅니다', '봐요', '믿는다', '믿습니다', '믿어요', '확신', '제 생각에는', '제 생각엔', '내 생각에는', '개인적으로', '제가 보기에', '내가 보기에', '분명', '분명히', '틀림없이', '반드시', '당연히'),
    cues(normative, '해야 한다', '해야 합니다', '해야 할', '필요가 있다', '필요하다', '필요합니다', '되어야'),
    cues(evaluative, '중요', '핵심', '가장', '매우', '굉장히', '엄청', '거대', '최대', '최고', '결정적', '근본적', '혁신적', '필수', '문제', '리스크', '위험', '기회', '과대평가', '저평가', '고평가', '강력', '유일', '주류', '전환점', '아주', '너무', '큰', '사실', '실제로', '정말'),
    cues(report, '말했다', '밝혔다', '강조했다', '설명했다', '주장했다', '전망했다', '예상했다', '덧붙였다', '지적했다', '언급했다', '경고했다', '분석했다', '평가했다', '에 따르면', '라고 말', '고 말', '라고 밝', '고 밝'),
    cues(fact, '연속', '두 배', '3분의 1', '3분의 2', '절반', '4분의 1', '사상 최고', '역대 최고', '최고치', '신고가', '기록', '처음', '최초', '달러', '%', '퍼센트', '승인', '상장', '인수', '유치', '시가총액', '거래량', '보유'),
    cues({ against: 'narration' }, '이번 에피소드', '이번 방송', '이 글', '본문', '이번 글', '오늘은', '오늘 우리는', '이야기해 보겠습니다', '살펴보겠습니다', '알아보겠습니다', '소개', '다음은', '아래는', '전문'),
    cues({ against: 'greeting' }, '감사합니다', '고맙습니다', '안녕하세요', '환영합니다', '반갑습니다'),
    cues({ against: 'instruction' }, '클릭', '팔로우', '구독', '다운로드', '참여하세요'),
    cues(up, '주도', '도입', '넘을', '높다', '최대', '주요', '상승', '급등', '오를', '오르', '올라', '강세', '돌파', '회복', '반등', '성장', '증가', '유입', '확대', '채택', '랠리', '호황', '낙관'),
    cues(down, '사라질', '사라지', '약화', '경고', '하락', '급락', '폭락', '내릴', '내려', '떨어', '약세', '침체', '감소', '유출', '붕괴', '청산', '매도', '실패', '위축', '조정', '파산', '비관', '위험', '리스크'),
    // 지지·끌어올림, 부담·압력: 가격 움직임 말고도 자산을 밀어 올리거나 누르는 말.
    cues(up, '이를 것', '지지할', '지지하', '끌어올릴', '끌어올', '웃돌', '늘어날', '늘어나', '늘릴', '유리', '호재', '기대감'),
    cues(down, '둔화', '부담', '압력', '악재', '우려', '제한적', '불확실', '고평가'),
    cues({ polarity: 'bullThing' }, '상승장', '강세장', '불장', '불마켓', '상승 사이클', '상승 추세', '강세 사이클'),
    cues({ polarity: 'bearThing' }, '하락장', '약세장', '베어마켓', '크립토 겨울', '암호화폐 겨울', '겨울', '버블', '거품', '위기', '하락 추세'),
    cues({ polarity: 'end' }, '끝났', '끝나', '끝', '종료', '마무리', '막을 내'),
    cues({ negates: true }, '않', '없', '아니'),
    // A negated view or expectation negates the whole clause it closes (상승장이 끝났다고 보지 않는다, 강세를 기대하기는 어렵다).
    cues({ evidence: 'opinion', negatesClause: true }, '고 보지 않', '고는 보지 않', '고 생각하지 않', '고 믿지 않', '고 예상하지 않'),
    cues({ ...weakForecast, negatesClause: true }, '기대하기는 어렵', '기대하기 어렵'),
    // Short negation precedes its verb (안 오른다, 못 오른다); 못 also ends long negation (오르지 못한다).
    cues({ negates: true, negationScope: 'before' }, '안 '),
    cues({ negates: true, negationScope: 'both' }, '못'),
    // Decided plans ("편입하기로 했다", "강화할 방침이다") look ahead; "것으로 알려졌다" reports; "솔직히" frames the speaker's view.
    cues(weakForecast, '방침', '하기로 했다', '하기로 했습니다', '기로 했다'),
    cues(report, '것으로 알려졌다', '당부했다', '입장이다', '입장입니다'),
    cues(opinion, '솔직히'),
    // Pointers to a link or a homepage tell the reader where to look: instructions, not claims.
    cues({ against: 'instruction' }, '링크에서', '링크를', '홈페이지에서', '홈페이지의 링크'),
    cues({ blocker: true }, '안정', '안전', '안에', '안의', '끝으로', '없이', '아니라', '뿐만 아니라', '한편', '이것이다', '그것이다'),
    cues({ reports: true }, '전망했다', '예상했다', '내다봤다', '에 따르면', '밝혔다', '말했다'),
    // A closing quote then 고/며 reports the quote whatever verb follows ("…있다"며 신중론을 폈다); polite reporting verbs.
    cues({ reports: true }, '"고 ', '”고 ', '"며 ', '”며 ', '"라고', '”라고', '"이라고', '”이라고', '"라며', '”라며', '"이라며', '”이라며', '전했다', '진단했다', '우려했다', '말했습니다', '밝혔습니다', '전망했습니다'),
    cues({ time: true }, '년', '월', '분기', '개월', '달', '주', '장기적', '단기적', '중장기적', '곧', '조만간', '머지않아', '미래', '연내', '연말', '연초', '올해', '내년', '내후년', '향후', '앞으로'),
    cues({ pronoun: true }, '그것', '이것', '해당', '동사', '이 회사', '그들', '이 프로젝트', '이 토큰'),
  ),
};
