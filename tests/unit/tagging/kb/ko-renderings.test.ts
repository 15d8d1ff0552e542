/**
 * Korean renderings of companies, banks and public bodies that the ko audit of the knowledge base
 * added, as Korean news writes them (particles attached).
 */
import { describe, expect, it } from 'vitest';
import { foundNames } from './found-names';

const foundKo = (text: string) => foundNames(text, 'ko');

describe('Korean renderings', () => {
  it('short and full names of chipmakers: 하이닉스 and SK하이닉스', () => {
    expect(foundKo('하이닉스는 5.7% 올랐고 SK하이닉스의 목표주가도 올랐다.')).toEqual(['하이닉스→org:sk-hynix', 'SK하이닉스→org:sk-hynix']);
  });

  it('global asset managers and banks: 뱅가드, 씨티그룹, 스탠다드차타드, 국제결제은행', () => {
    expect(foundKo('뱅가드와 씨티그룹, 스탠다드차타드, 국제결제은행이 보고서를 냈다.')).toEqual([
      '뱅가드→org:vanguard',
      '씨티그룹→org:citi',
      '스탠다드차타드→org:standard-chartered',
      '국제결제은행→org:bis',
    ]);
  });

  it('Korean asset managers and data firms: KB자산운용, 신한자산운용, 쟁글', () => {
    expect(foundKo('KB자산운용과 신한자산운용은 쟁글 보고서를 인용했다.')).toEqual(['KB자산운용→org:kb-am', '신한자산운용→org:shinhan-am', '쟁글→org:xangle']);
  });

  it('예보 (a weather forecast) is not the deposit insurer; 예금보험공사 is', () => {
    expect(foundKo('일기예보에 따르면 비가 온다.')).toEqual([]);
    expect(foundKo('예금보험공사가 자료를 냈다.')).toEqual(['예금보험공사→org:kdic']);
  });

  it('industry associations are organisations: 금융투자협회, 은행연합회, 한국핀테크산업협회', () => {
    expect(foundKo('금융투자협회와 은행연합회, 한국핀테크산업협회가 공동 의견서를 냈다.')).toEqual([
      '금융투자협회→org:kofia',
      '은행연합회→org:kfb',
      '한국핀테크산업협회→org:korea-fintech-association',
    ]);
  });
});
