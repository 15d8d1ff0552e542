import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfTag, languageOfText } from '../../../utils/extract/language';

describe('languageOfText', () => {
  it.each([
    ['以太坊会成为 Agent 经济的结算层，但短期内 ETH 的价格表现可能继续弱于 BTC。', 'zh-CN'],
    ['比特幣挖礦正在變成 AI 算力生意，礦企紛紛把機房改造成 GPU 資料中心。這說明礦工並沒有放棄。', 'zh-TW'],
    ['AIエージェントは銀行口座を開けないが、ウォレットなら一瞬で作れる。', 'ja'],
    ['비트코인 현물 ETF에 하루 만에 10억 달러가 유입되었다.', 'ko'],
    ['Lido hiện nắm giữ khoảng 28% tổng lượng ETH được stake. Người dùng nhận stETH.', 'vi'],
    ["Je pense que l'ETH dépassera 8 000 dollars d'ici fin 2026, mais pas avant l'été.", 'fr'],
    ['I expect Bitcoin to reach 150,000 dollars within the next two years.', 'en'],
  ])('%s → %s', (text, language) => {
    expect(languageOfText(text)).toBe(language);
  });

  it('cannot tell from digits alone', () => {
    expect(languageOfText('2024 — 100 000')).toBeNull();
  });
});

describe('languageOfTag', () => {
  it.each([
    ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['zh-TW', 'zh-TW'], ['zh-Hant-HK', 'zh-TW'],
    ['fr-FR', 'fr'], ['en', 'en'], ['ja-JP', 'ja'], ['ko-KR', 'ko'], ['vi-VN', 'vi'], ['de-DE', null], ['', null],
  ])('%j → %s', (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });
});

describe('detectLanguage', () => {
  const french = "Les agents IA auront besoin de portefeuilles et de paiements instantanés pour la plupart des usages.";
  it('takes the page lang when the URL agrees', () => {
    expect(detectLanguage('fr-FR', 'fr-FR', french)).toBe('fr');
  });
  it('falls back to the URL locale without a page lang', () => {
    expect(detectLanguage(null, 'zh-TW', '礦企為什麼轉向 AI')).toBe('zh-TW');
  });
  it('lets the text decide when page lang and URL disagree', () => {
    expect(detectLanguage('en', 'fr-FR', french)).toBe('fr');
  });
  it('overrules a claimed language in another script', () => {
    expect(detectLanguage('en', null, '以太坊会成为 Agent 经济的结算层。')).toBe('zh-CN');
  });
  it('keeps the page lang between zh-CN and zh-TW when the URL agrees', () => {
    expect(detectLanguage('zh-CN', 'zh-CN', '這是一段繁體中文，說明這個網站的內容。')).toBe('zh-CN');
  });
});
