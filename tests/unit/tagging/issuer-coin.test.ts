import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../utils/tagging';

/** `surface→id` pairs, in text order. */
function found(text: string, lang = 'ko'): string[] {
  return (tagText(text, { kinds: ['token', 'company'], lang }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);
}

describe('an issuer’s name written for its coin (리플, 테더, リップル)', () => {
  it('리플 시세, 리플의 상승 폭, 테더 물량: a market word after the name (and a particle) makes it the coin', () => {
    expect(found('리플 시세는 일주일 동안 14% 올랐다.')).toEqual(['리플→token:xrp']);
    expect(found('알트코인 가운데서는 리플의 상승 폭이 가장 컸다.')).toEqual(['리플→token:xrp']);
    expect(found('하루에 거래되는 테더 물량만 수조 원이다.')).toEqual(['테더→token:usdt']);
    expect(found('リップルの価格は急騰した。', 'ja')).toEqual(['リップル→token:xrp']);
  });

  it('리플이 많이 올랐죠, 리플이 하루 새 11% 급등해, リップルは24時間で8％上昇: a price move further on in the name’s clause makes it the coin', () => {
    expect(found('최근 리플이 많이 올랐죠?')).toEqual(['리플→token:xrp']);
    expect(found('리플도 떨어졌다.')).toEqual(['리플→token:xrp']);
    expect(found('리플이 하루 새 11% 급등해 3달러를 넘었다.')).toEqual(['리플→token:xrp']);
    expect(found('リップルは24時間で8％上昇し、3.2ドルを回復した。', 'ja')).toEqual(['リップル→token:xrp']);
  });

  it('테더는 1,480원, 리플 12% 급등, 테더 거래가, 리플은 ETF: a unit price, a headline’s move, trading glued to the name and an ETF make it the coin', () => {
    expect(found('빗썸에서 테더는 1,480원에 거래됐다.')).toEqual(['빗썸→org:bithumb', '테더→token:usdt']);
    expect(found('주간 시황: 리플 12% 급등, 도지코인 약세')).toEqual(['리플→token:xrp', '도지코인→token:doge']);
    expect(found('스테이블코인 가운데서는 테더 거래가 크게 늘었다.')).toEqual(['테더→token:usdt']);
    expect(found('그는 "리플은 ETF 자금 유입이 본격화되면 오를 것"이라고 말했다.')).toEqual(['리플→token:xrp']);
  });

  it('테더와 거래, 리플은 12억 5,000만 달러 규모: a deal with the company and an amount it pays leave the company', () => {
    expect(found('은행들은 테더와 거래를 늘렸다.')).toEqual(['테더→org:tether']);
    expect(found('리플은 12억 5,000만 달러 규모의 인수를 마무리했다.')).toEqual(['리플→org:ripple']);
  });

  it('테더가 금 가격 상승에, 리플이 발표한 뒤 XRP가 상승했다: a move noun, a move of another name or one past the clause leaves the company', () => {
    expect(found('리플이 발표한 뒤 XRP가 상승했다.')).toEqual(['리플→org:ripple', 'XRP→token:xrp']);
    expect(found('리플은 소송을 끝냈고, 시장은 급등했다.')).toEqual(['리플→org:ripple']);
    expect(found('リップル社は提携を発表し、株価が上昇した。', 'ja')).toEqual(['リップル→org:ripple']);
  });

  it('스테이블코인 테더의 원화 시세: a coin word right before the name makes it the coin, but not the end of 비트코인', () => {
    expect(found('스테이블코인 테더의 가치가 흔들렸다.')).toEqual(['테더→token:usdt']);
    expect(found('그는 비트코인 테더 보고서를 읽었다.')).toEqual(['비트코인→token:btc', '테더→org:tether']);
  });

  it('리플·도지코인 강세, 리플, 솔라나, 도지코인: a name listed with tokens is the coin', () => {
    expect(found('리플·도지코인 강세')).toEqual(['리플→token:xrp', '도지코인→token:doge']);
    expect(found('상위권인 리플, 솔라나, 도지코인은 영향이 적다.')).toEqual(['리플→token:xrp', '솔라나→token:sol', '도지코인→token:doge']);
    expect(found('비트코인과 리플을 제치고 1위에 올랐다.')).toEqual(['비트코인→token:btc', '리플→token:xrp']);
  });

  it('리플은 인수를 마무리했다, 테더와 서클, USDT 발행사 테더: the company stays the company', () => {
    expect(found('리플은 12억 5,000만 달러 규모의 인수를 마무리했다.')).toEqual(['리플→org:ripple']);
    expect(found('테더와 서클이 시장을 장악했다.')).toEqual(['테더→org:tether', '서클→org:circle']);
    expect(found('USDT 발행사 테더가 협력을 논의했다.')).toEqual(['USDT→token:usdt', '테더→org:tether']);
    expect(found('테더가 금 가격 상승에 베팅했다.')).toEqual(['테더→org:tether']);
    expect(found('리플, 프라임 브로커 인수 마무리…XRP 4% 상승')).toEqual(['리플→org:ripple', 'XRP→token:xrp']);
  });

  it('Tether、波場與 Binance: a Latin or Chinese name in a list of tokens stays the company', () => {
    expect(found('Tether、波場與 Binance 協助凍結資金。', 'zh-TW')[0]).toBe('Tether→org:tether');
  });
});
