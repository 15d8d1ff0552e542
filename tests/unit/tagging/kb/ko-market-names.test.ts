/** Korean market names the exchange newsflashes and market wraps use: listings, research desks, operators. */
import { describe, expect, it } from 'vitest';
import { tagText, type EntityTag } from '../../../../utils/tagging';

const found = (text: string) => (tagText(text, { lang: 'ko', kinds: ['token', 'company'] }) as EntityTag[]).map((tag) => `${tag.text}→${tag.id}`);

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
});
