import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleLanguage, scriptOfText } from '../../../utils/extract/language';
import { detectLanguage } from '../../../utils/tagging/language';

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

describe('scriptOfText', () => {
  const pieces = ['Bitcoin', ' monte ', 'ETF', '以太坊', '會', 'エージェント', '비트코인', 'ngày', ' ', '。', '2025', 'é', '😀'];

  it('finds the script of the tagger\'s own language detection (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const language = detectLanguage(text);
        const script = language === 'en' || language === 'fr' || language === 'vi' ? 'latin' : language.slice(0, 2);
        expect(scriptOfText(text)).toBe(script);
      }),
      { numRuns: 500 },
    );
  });

  it('reads only what the detector reads of a long text', () => {
    const text = 'Bitcoin monte. '.repeat(1_400) + '以太坊'.repeat(20_000);
    expect(scriptOfText(text)).toBe('latin');
    expect(detectLanguage(text)).not.toMatch(/^zh/);
  });
});
