import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength, collapseWhitespace } from '../../../utils/extract/text';

/** Text made mostly of whitespace of every kind `\s` knows, so runs, ends and blanks all occur. */
const spacedText = fc
  .array(fc.oneof(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\r\n', ' \n '), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('collapsedLength', () => {
  it('is the length of the collapsed text, for any mix of words and whitespace', () => {
    fc.assert(
      fc.property(spacedText, (text) => {
        expect(collapsedLength(text)).toBe(collapseWhitespace(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it('is zero for blank text and counts a lone word without its surrounding whitespace', () => {
    expect(collapsedLength('')).toBe(0);
    expect(collapsedLength(' \n\t ')).toBe(0);
    expect(collapsedLength('\u00a0')).toBe(0);
    expect(collapsedLength('  Bitcoin \n')).toBe(7);
  });
});
