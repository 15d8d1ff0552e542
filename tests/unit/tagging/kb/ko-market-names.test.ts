/** Korean market names the exchange newsflashes and market wraps use: listings, research desks, operators. */
import { describe, expect, it } from 'vitest';
import { foundNames } from './found-names';

const found = (text: string) => foundNames(text, 'ko');

describe('Korean market names', () => {
  it('스택스 is Stacks in a listing notice', () => {
    expect(found('빗썸은 스택스(STX)를 원화 마켓에 상장한다.')).toEqual(['빗썸→org:bithumb', '스택스→token:stx', 'STX→token:stx']);
  });

  it('코빗 리서치센터 is the research desk as a whole, not the exchange 코빗 followed by a word', () => {
    expect(found('코빗 리서치센터의 이서연 연구원은 이렇게 내다봤다.')).toEqual(['코빗 리서치센터→org:korbit-research']);
  });

  it('빗썸코리아, 그라운드X, 라인넥스트 and 한국블록체인협회 are organisations', () => {
    expect(found('빗썸코리아와 그라운드X, 라인넥스트, 한국블록체인협회가 참석했다.')).toEqual([
      '빗썸코리아→org:bithumb',
      '그라운드X→org:ground-x',
      '라인넥스트→org:line-next',
      '한국블록체인협회→org:kba-kr',
    ]);
  });

  it('altcoins by their Hangul names: 이오스, 아이오타, 더그래프, 지케이싱크, 리니아, 플로키, 낫코인, 아이겐레이어, 이더파이', () => {
    expect(found('이오스와 아이오타, 더그래프, 지케이싱크, 리니아, 플로키, 낫코인, 아이겐레이어, 이더파이가 올랐다.')).toEqual([
      '이오스→token:eos',
      '아이오타→token:iota',
      '더그래프→token:grt',
      '지케이싱크→token:zk',
      '리니아→token:linea',
      '플로키→token:floki',
      '낫코인→token:not',
      '아이겐레이어→token:eigen',
      '이더파이→token:ethfi',
    ]);
  });

  it('서울남부지검 and 서울남부지방검찰청 are the prosecutors who handle crypto crime; 써클 is Circle', () => {
    expect(found('서울남부지방검찰청(서울남부지검)은 써클 관계자를 불렀다.')).toEqual([
      '서울남부지방검찰청→org:seoul-southern-prosecutors',
      '서울남부지검→org:seoul-southern-prosecutors',
      '써클→org:circle',
    ]);
  });

  it('Korean ministries and prosecutors in crypto-law news: 법무부, 대검찰청, 과기정통부; research desks 포필러스, 디스프레드; 조선비즈; 뱅크오브아메리카', () => {
    expect(found('법무부와 대검찰청, 과기정통부가 참여했고 포필러스와 디스프레드, 조선비즈, 뱅크오브아메리카도 언급됐다.')).toEqual([
      '법무부→org:moj-kr',
      '대검찰청→org:spo-kr',
      '과기정통부→org:msit-kr',
      '포필러스→org:four-pillars',
      '디스프레드→org:despread',
      '조선비즈→org:chosun-biz',
      '뱅크오브아메리카→org:bank-of-america',
    ]);
  });
});
