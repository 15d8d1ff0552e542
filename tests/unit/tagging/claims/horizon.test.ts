import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldHanText } from '../../../../utils/tagging/claims/han';
import { findHorizon, horizonRulePatterns, lastDay } from '../../../../utils/tagging/claims/horizon';
import type { LexiconLang } from '../../../../utils/tagging/claims/lexicon/types';

const GOLD_DIR = fileURLToPath(new URL('../../../fixtures/gold/dev', import.meta.url));

const NOW = new Date(Date.UTC(2025, 2, 15));

describe('findHorizon: calendar phrases give ISO dates', () => {
  it('en: "by 2027" ends with 2027 and starts now when now is known', () => {
    expect(findHorizon('BTC will hit $200k by 2027.', 'en')).toEqual({ text: 'by 2027', to: '2027-12-31' });
    expect(findHorizon('BTC will hit $200k by 2027.', 'en', NOW)).toEqual({ text: 'by 2027', from: '2025-03-15', to: '2027-12-31' });
  });

  it('en: "before Q2 2026" ends when Q2 starts; "by the end of 2025" ends with the year', () => {
    expect(findHorizon('The ETF should launch before Q2 2026.', 'en')).toEqual({ text: 'before Q2 2026', to: '2026-03-31' });
    expect(findHorizon('It will flip ETH by the end of 2025.', 'en')).toEqual({ text: 'by the end of 2025', to: '2025-12-31' });
  });

  it('zh: "在2025年底" is the last quarter of 2025; "2027年前" ends before 2027', () => {
    expect(findHorizon('比特币将在2025年底突破十万美元。', 'zh')).toEqual({ text: '在2025年底', from: '2025-10-01', to: '2025-12-31' });
    expect(findHorizon('比特币将在2027年前突破二十万美元。', 'zh')).toEqual({ text: '在2027年前', to: '2026-12-31' });
  });

  it('zh-TW text is read with the same rules (traditional characters)', () => {
    expect(findHorizon('比特幣將在未來兩年翻倍。', 'zh')).toEqual({ text: '在未來兩年', from: 'P0D', to: 'P2Y' });
  });

  it('fr: "fin 2025" and "T2 2026"', () => {
    expect(findHorizon('Le BTC devrait grimper d’ici fin 2025.', 'fr')).toEqual({ text: 'd’ici fin 2025', to: '2025-12-31' });
    expect(findHorizon('Le lancement est prévu au T2 2026.', 'fr')).toEqual({ text: 'au T2 2026', from: '2026-04-01', to: '2026-06-30' });
  });

  it('ja, ko, vi: a dated end of year', () => {
    expect(findHorizon('ビットコインは2025年末までに上昇するだろう。', 'ja')).toEqual({ text: '2025年末までに', to: '2025-12-31' });
    expect(findHorizon('비트코인은 2025년 말까지 오를 것이다.', 'ko')).toEqual({ text: '2025년 말까지', to: '2025-12-31' });
    expect(findHorizon('Bitcoin sẽ tăng vào cuối năm 2025.', 'vi')).toEqual({ text: 'vào cuối năm 2025', from: '2025-10-01', to: '2025-12-31' });
  });
});

describe('findHorizon: relative durations stay durations without now', () => {
  it('fr: "dans les six à dix-huit mois" is P6M…P18M, or dates from now', () => {
    expect(findHorizon('Le marché va rebondir dans les six à dix-huit mois.', 'fr')).toEqual({ text: 'dans les six à dix-huit mois', from: 'P6M', to: 'P18M' });
    expect(findHorizon('Le marché va rebondir dans les six à dix-huit mois.', 'fr', NOW)).toEqual({ text: 'dans les six à dix-huit mois', from: '2025-09-15', to: '2026-09-15' });
  });

  it('zh: "未来两年" is P0D…P2Y', () => {
    expect(findHorizon('未来两年山寨季会来。', 'zh')).toEqual({ text: '未来两年', from: 'P0D', to: 'P2Y' });
  });

  it('en: "in the coming decade" and "in the next 6-18 months"', () => {
    expect(findHorizon('AI agents will dominate in the coming decade.', 'en')).toEqual({ text: 'in the coming decade', from: 'P0D', to: 'P10Y' });
    expect(findHorizon('ETH will outperform in the next 6-18 months.', 'en')).toEqual({ text: 'in the next 6-18 months', from: 'P6M', to: 'P18M' });
  });

  it('ko and ja: "향후 2년", "今後3年"', () => {
    expect(findHorizon('향후 2년 동안 상승할 것이다.', 'ko')).toEqual({ text: '향후 2년', from: 'P0D', to: 'P2Y' });
    expect(findHorizon('今後3年で普及するだろう。', 'ja')).toEqual({ text: '今後3年', from: 'P0D', to: 'P3Y' });
  });

  it('vi: "trong năm năm tới" reads năm as five before the unit năm', () => {
    expect(findHorizon('Bitcoin sẽ tăng trong năm năm tới.', 'vi')).toEqual({ text: 'trong năm năm tới', from: 'P0D', to: 'P5Y' });
  });
});

describe('findHorizon: calendar-relative phrases need now', () => {
  it('"next year", "l’année prochaine", "明年" give the next calendar year with now, only text without', () => {
    expect(findHorizon('BTC will double next year.', 'en')).toEqual({ text: 'next year' });
    expect(findHorizon('BTC will double next year.', 'en', NOW)).toEqual({ text: 'next year', from: '2026-01-01', to: '2026-12-31' });
    expect(findHorizon('Le BTC doublera l’année prochaine.', 'fr', NOW)).toEqual({ text: 'l’année prochaine', from: '2026-01-01', to: '2026-12-31' });
    expect(findHorizon('比特币明年会翻倍。', 'zh', NOW)).toEqual({ text: '明年', from: '2026-01-01', to: '2026-12-31' });
  });

  it('"年内" runs from now to the end of the year; "下半年" is July to December', () => {
    expect(findHorizon('比特币年内将突破十万美元。', 'zh', NOW)).toEqual({ text: '年内', from: '2025-03-15', to: '2025-12-31' });
    expect(findHorizon('下半年市场会好转。', 'zh', NOW)).toEqual({ text: '下半年', from: '2025-07-01', to: '2025-12-31' });
  });

  it('a quarter written without 第 (四季度, 4 季度) is the quarter; 季度末前 runs from now to the quarter’s end', () => {
    expect(findHorizon('比特币有望在 4 季度上涨。', 'zh', NOW)).toEqual({ text: '4 季度', from: '2025-10-01', to: '2025-12-31' });
    expect(findHorizon('比特币有望在四季度末前上探 135,000 美元。', 'zh', NOW)).toEqual({ text: '四季度末前', from: '2025-03-15', to: '2025-12-31' });
    expect(findHorizon('比特币有望在明年二季度前上涨。', 'zh', NOW)).toEqual({ text: '明年二季度前', from: '2025-03-15', to: '2026-03-31' });
  });

  it('연말까지 runs from now to the end of the year, as 올해 말까지 does; 연말 alone is the year’s last quarter', () => {
    expect(findHorizon('그는 연말까지 비트코인이 13만 달러를 시도할 것으로 내다봤다.', 'ko', NOW)).toEqual({ text: '연말까지', from: '2025-03-15', to: '2025-12-31' });
    expect(findHorizon('연말 랠리가 올 것이다.', 'ko', NOW)).toEqual({ text: '연말', from: '2025-10-01', to: '2025-12-31' });
  });

  it('"before Q2" without a year uses the year of now', () => {
    expect(findHorizon('The upgrade ships before Q2.', 'en', NOW)).toEqual({ text: 'before Q2', from: '2025-03-15', to: '2025-03-31' });
    expect(findHorizon('The upgrade ships before Q2.', 'en')).toEqual({ text: 'before Q2' });
  });
});

describe('findHorizon: vague phrases keep only the text', () => {
  it('"long term", "à long terme", "长期"', () => {
    expect(findHorizon('Long term, I think ETH wins.', 'en')).toEqual({ text: 'Long term' });
    expect(findHorizon('À long terme, le BTC gagnera.', 'fr')).toEqual({ text: 'À long terme' });
    expect(findHorizon('长期来看，比特币会涨。', 'zh')).toEqual({ text: '长期来看' });
  });

  it('returns nothing when the claim names no time', () => {
    expect(findHorizon('I think ETH wins.', 'en')).toBeUndefined();
  });
});

describe('findHorizon: each rule is tried only where its gate (a literal its pattern needs) is present', () => {
  const LANGS: LexiconLang[] = ['en', 'fr', 'zh', 'ja', 'ko', 'vi'];
  const goldLines = readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.gold.txt'))
    .flatMap((file) => readFileSync(join(GOLD_DIR, file), 'utf8').split('\n'));
  /** Words of every rule, in every language, to build phrases the gold texts lack. */
  const PIECES = [
    'by ', 'before ', 'until ', 'in ', 'within ', 'the ', 'end of ', 'early ', 'mid-', 'next ', 'coming ', 'this ', 'year', 'year-end',
    'quarter', 'month', 'weeks', 'decade', 'Q2', 'H1', 'first half', 'June 2027', '2027', ' 2026', 'two', '6', ' to ', '-', 'soon',
    "d'ici ", 'avant ', 'fin ', 'T3 ', 'premier trimestre', "l'année prochaine", 'cette année', 'dans les ', 'six à dix-huit ',
    'mois', 'ans', 'années', 'prochaine décennie', 'semaine prochaine', 'à long terme', '在', '到', '2025年底', '年', '月', '第三季度',
    '今年', '明年', '年内', '下半年', '未来', '两', '三个月内', '之前', '短期', '今後', '3年以内', 'か月', '来年', '年末', '향후',
    '2년', '내년', '연말', '개월', '이내', '곧', 'trong vòng ', 'năm ', 'tháng ', 'tới', 'sắp tới', 'năm nay', 'quý 2 năm 2026', ' ', '，',
    '3年', '以内', '後', '2년 ', '내', '후', '月', '周', '后', 'Q', '1',
  ];
  const phrase = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

  function gateHolds(text: string, lang: LexiconLang): void {
    const scanned = lang === 'zh' ? foldHanText(text) : text;
    for (const { regex, gate } of horizonRulePatterns(lang)) {
      if (gate && regex.exec(scanned)) expect(gate.test(scanned), `${gate} on "${scanned}" (${regex})`).toBe(true);
    }
  }

  it('on every line of the dev gold texts, in every language', () => {
    for (const line of goldLines) for (const lang of LANGS) gateHolds(line, lang);
  });

  it('on every pair of the rules’ words', () => {
    for (const first of PIECES) for (const second of PIECES) for (const lang of LANGS) gateHolds(first + second, lang);
  });

  it('on longer phrases built from the rules’ words', () => {
    fc.assert(fc.property(phrase, fc.constantFrom(...LANGS), (text, lang) => gateHolds(text, lang)), { numRuns: 3000 });
  });
});

describe('horizons: the last day of a month', () => {
  it('is the one the Date object gives, leap years, centuries and odd input included', () => {
    const byDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let year = 1; year <= 3000; year += 1) for (let month = 1; month <= 12; month += 1) expect(lastDay(year, month)).toBe(byDate(year, month));
    for (const [year, month] of [[2024, 0], [2024, 13], [2024.5, 2], [-4, 2], [0, 2], [99, 2], [2024, Number.NaN]] as const) {
      expect(lastDay(year, month)).toBe(byDate(year, month));
    }
  });
});
