import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../utils/tagging';
import { fitsCjkWord } from '../../../utils/tagging/cjk-words';

const found = (text: string) => (tagText(text, { kinds: ['token', 'company'] }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);

describe('Hangul and katakana names inside longer words', () => {
  it('니어 inside 엔지니어 and 리도 inside 목소리도 are not NEAR and Lido: a Hangul name starts a word', () => {
    expect(found('국내 게임사 엔지니어 가운데 솔라나로 옮기자는 목소리도 있다.')).toEqual(['솔라나→token:sol']);
    expect(found('니어 프로토콜과 리도가 협력한다.')).toEqual(['니어→token:near', '리도→token:ldo']);
  });

  it('애플 before 리케이션 is not Apple, 애플은 is: a short Korean name takes only a particle after it', () => {
    expect(found('최근 코빗은 애플리케이션을 개편했다.')).toEqual(['코빗→org:korbit']);
    expect(found('애플은 스테이블코인 결제를 검토한다.')).toEqual(['애플→org:apple']);
  });

  it('테더사가, 서클사는: a short company name takes 사 (company) before a particle; 애플사이다 and 애플사용자 stay unnamed', () => {
    expect(found('테더사가 새 준비금 보고서를 냈고 서클사는 상장을 추진한다.')).toEqual(['테더→org:tether', '서클→org:circle']);
    expect(found('리플사 측은 입장을 밝혔다.')).toEqual(['리플→org:ripple']);
    expect(found('애플사이다 한 잔과 애플사용자 모임, 라인사업 확대.')).toEqual([]);
  });

  it('イーサ inside a longer katakana word is not Ethereum; katakana after a name is fine (ソラナチェーン)', () => {
    expect(fitsCjkWord('ソーシャルイーサ', 5, 8)).toBe(false);
    expect(fitsCjkWord('ソラナチェーン', 0, 3)).toBe(true);
  });

  it('スイ in スイス and メタ in メタバース are not Sui and Meta: a two-character katakana name running on into katakana starts another word', () => {
    expect(found('今日はスイスのチューリッヒから参加しています。')).toEqual([]);
    expect(found('メタバース関連の銘柄が下落した。')).toEqual([]);
    expect(found('スイのネットワークでは取引が増えた。')).toEqual(['スイ→token:sui']);
    expect(found('リド・ファイナンスの預かり資産が増えた。')).toContain('リド→token:ldo');
  });

  it('never fails on any span of any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 12));
        expect(typeof fitsCjkWord(text, start, end)).toBe('boolean');
      }),
    );
  });
});

describe('tickers in brackets', () => {
  it('ソラナ（SOL）, Chainlink (LINK): an ambiguous ticker in brackets after its own name is the token', () => {
    expect(found('ソラナ（SOL）は9％高の3万1,000円台。')).toEqual(['ソラナ→token:sol', 'SOL→token:sol']);
    expect(found('Les jetons Chainlink (LINK) montent.')).toEqual(['Chainlink→token:link', 'LINK→token:link']);
  });

  it('웨이브(WAVES), 스카이(SKY), 퀀텀(QTUM): a token name that is also a word, right before its own ticker in brackets, is the token', () => {
    expect(found('업비트에서는 웨이브(WAVES)가 하루 만에 48% 급등했다.')).toEqual(['업비트→org:upbit', '웨이브→token:waves', 'WAVES→token:waves']);
    expect(found('스카이(SKY)는 일주일 동안 17% 상승했다.')).toEqual(['스카이→token:sky', 'SKY→token:sky']);
    expect(found('퀀텀(QTUM)도 같은 날 31% 올랐다.')).toEqual(['퀀텀→token:qtum', 'QTUM→token:qtum']);
  });

  it('퀀텀 컴퓨팅, 엘리엇 웨이브 and a new 웨이브 of investment are words, not Qtum and Waves', () => {
    expect(found('퀀텀 컴퓨팅 기술이 발전하면 비트코인 지갑이 위험해질 수 있다.')).toEqual(['비트코인→token:btc']);
    expect(found('일부 트레이더는 엘리엇 웨이브 이론을 근거로 코인 추가 상승을 점친다.')).toEqual([]);
    expect(found('새로운 투자 웨이브가 올지는 아직 알 수 없다.')).toEqual([]);
  });

  it('리플(XRP), Ripple (XRP): a company name written before a token’s ticker in brackets is the token', () => {
    expect(found('거래대금 1위는 리플(XRP)로 집계됐다.')).toEqual(['리플→token:xrp', 'XRP→token:xrp']);
    expect(found('리플은 SEC 소송을 끝냈다.')).toEqual(['리플→org:ripple', 'SEC→org:sec']);
  });
});
