import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/extract/dates';

describe('parseDate reads dates as each site language writes them', () => {
  it.each([
    ['2024年9月19日', '2024-09-19'],
    ['播出日期：2024 年 11 月 8 日', '2024-11-08'],
    ['2024년 9월 19일', '2024-09-19'],
    ['19 septembre 2024', '2024-09-19'],
    ['1er mars 2025', '2025-03-01'],
    ['12 mars 2025', '2025-03-12'],
    ['January 21, 2025', '2025-01-21'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['3 Sep 2024', '2024-09-03'],
    ['ngày 19 tháng 9 năm 2024', '2024-09-19'],
    ['19 tháng 9, 2024', '2024-09-19'],
    ['2024-12-16 08:00', '2024-12-16'],
    ['2025-03-14T09:30:00+08:00', '2025-03-14'],
    ['2023/5/12', '2023-05-12'],
    ['19/09/2024', '2024-09-19'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['', 'demain', '2024年13月1日', '31 février 2024', 'le 5 mai', 'Bitcoin à 100 000 dollars', '1400 亿美元'])(
    'finds no date in %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});
