import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguage } from '../../../utils/tagging/language';

describe('detectLanguage', () => {
  it.each([
    ['zh-CN', '深潮 TechFlow 消息，比特币今日突破新高，分析师认为这是机构资金持续流入的结果。'],
    ['zh-TW', '深潮 TechFlow 消息，比特幣今日突破新高，分析師認為這是機構資金持續流入的結果。'],
    ['ja', 'ビットコインは本日最高値を更新し、アナリストは機関投資家の資金流入が続いていると指摘した。'],
    ['ko', '비트코인이 오늘 사상 최고치를 경신했으며, 분석가들은 기관 자금 유입이 계속되고 있다고 말했다.'],
    ['vi', 'Bitcoin hôm nay đã lập đỉnh mới, các nhà phân tích cho rằng dòng vốn tổ chức vẫn đang tiếp tục đổ vào.'],
    ['fr', 'Le bitcoin a atteint un nouveau record, et les analystes pensent que les flux des institutions sont la cause.'],
    ['en', 'Bitcoin hit a new high today, and analysts say that institutional inflows are the reason for the move.'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads Japanese with many kanji as Japanese, not Chinese', () => {
    expect(detectLanguage('日本銀行は金融政策決定会合で政策金利の据え置きを決定した。')).toBe('ja');
  });

  it('falls back to English on empty text', () => {
    expect(detectLanguage('')).toBe('en');
  });
});

describe('normaliseLanguage', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['en-US', 'en'],
    ['ko-KR', 'ko'],
    ['de', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, output) => {
    expect(normaliseLanguage(input)).toBe(output);
  });
});
