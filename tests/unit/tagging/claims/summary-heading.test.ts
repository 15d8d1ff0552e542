import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldHanText } from '../../../../utils/tagging/claims/han';
import { isSummaryHeading } from '../../../../utils/tagging/claims/structure';

/** The summary names these lines can spell, and the line start the rule compares with them (the whole line normalised). */
const SUMMARY_NAMES = ['要点总结', '重点总结', '核心观点', 'key takeaways', 'résumé', 'à retenir', 'tl;dr', 'in brief', 'まとめ', '요약', 'tóm tắt', 'ý chính'];
function referenceStart(line: string): string {
  return foldHanText(line.toLowerCase()).replace(/^[#\s\-–—•·*▪●◆■►【\[（(]+/u, '');
}

describe('summary headings', () => {
  it('are recognised behind bullets, brackets, capitals and traditional characters (【要點總結】, ## KEY TAKEAWAYS, Résumé :)', () => {
    for (const line of ['【要點總結】', '## KEY TAKEAWAYS', 'Résumé :', '- À retenir', '（核心觀點）', 'TL;DR', '\u3000まとめ', 'Ý CHÍNH']) {
      expect(isSummaryHeading(line), line).toBe(true);
    }
  });

  it('are not lines that start like no summary name, whatever their first character lowercases to (İstanbul, Σύνοψη, 𝐊ey takeaways)', () => {
    for (const line of ['İstanbul', 'Σύνοψη', '𝐊ey takeaways', 'Bitcoin', '比特币', '### ', '']) expect(isSummaryHeading(line), line).toBe(false);
  });

  it('answer as the whole normalised line does, for any lead and any first character before the rest of a summary name', () => {
    const lead = fc.array(fc.constantFrom('#', ' ', '-', '•', '【', '（', '(', '\u3000', '\u00a0'), { maxLength: 3 });
    const first = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), fc.constantFrom('İ', 'Σ', 'K', 'R', 'É', 'À', '要', '重', '核', 'ま', '요', 'Ý', 'T'));
    const rest = fc.constantFrom('ey takeaways', 'ésumé', '点总结', '心觀點', 'とめ', '약', 'óm tắt', ' chính', '');
    fc.assert(
      fc.property(lead, first, rest, (leading, char, tail) => {
        const line = leading.join('') + char + tail;
        const start = referenceStart(line);
        expect(isSummaryHeading(line)).toBe(SUMMARY_NAMES.some((name) => start.startsWith(name)));
      }),
      { numRuns: 3000 },
    );
  });
});
