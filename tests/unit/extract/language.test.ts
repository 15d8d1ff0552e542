import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../../../utils/extract/language';

describe('articleLanguage', () => {
  const french = 'Les agents IA auront besoin de portefeuilles et de paiements instantanés pour la plupart des usages.';

  it('takes the page lang when the URL agrees', () => {
    expect(articleLanguage('fr-FR', 'fr-FR', french)).toBe('fr');
  });

  it('falls back to the URL locale without a page lang', () => {
    expect(articleLanguage(null, 'zh-TW', '礦企為什麼轉向 AI')).toBe('zh-TW');
  });

  it('lets the text decide when page lang and URL disagree', () => {
    expect(articleLanguage('en', 'fr-FR', french)).toBe('fr');
  });

  it('overrules a claimed language written in another script', () => {
    expect(articleLanguage('en', null, '以太坊会成为 Agent 经济的结算层。')).toBe('zh-CN');
    expect(articleLanguage('ko-KR', 'ko-KR', 'Spot bitcoin ETFs took in two billion dollars this week.')).toBe('en');
  });

  it('keeps the page lang between languages of one script when the URL agrees', () => {
    expect(articleLanguage('zh-CN', 'zh-CN', '這是一段繁體中文，說明這個網站的內容。')).toBe('zh-CN');
    expect(articleLanguage('en-US', 'en-US', french)).toBe('en');
  });

  it('reads Vietnamese, Japanese and Korean text without any claim', () => {
    expect(articleLanguage(null, null, 'Lido hiện nắm giữ khoảng 28% tổng lượng ETH được stake.')).toBe('vi');
    expect(articleLanguage(undefined, undefined, 'AIエージェントは銀行口座を開けないが、ウォレットなら一瞬で作れる。')).toBe('ja');
    expect(articleLanguage(undefined, undefined, '비트코인 현물 ETF에 하루 만에 10억 달러가 유입되었다.')).toBe('ko');
  });
});
