import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../utils/anchoring/text-fragment';

const quote = (exact: string, prefix = '', suffix = '') => ({ type: 'TextQuoteSelector' as const, exact, prefix, suffix });

describe('text fragment links', () => {
  it('points at a short quote with the nearest words of context, replacing any hash', () => {
    const url = textFragmentUrl(
      'https://www.techflowpost.com/fr-FR/article/1#top',
      quote('le bitcoin atteindra', 'Il a dit que selon lui, ', ' 150 000 dollars'),
    );
    expect(url).toBe(
      'https://www.techflowpost.com/fr-FR/article/1#:~:text=selon%20lui%2C-,le%20bitcoin%20atteindra,-150%20000',
    );
  });

  it('escapes the characters a text directive uses as syntax', () => {
    expect(textFragmentUrl('https://x.test/a', quote('AI-Crypto, R&D'))).toBe(
      'https://x.test/a#:~:text=AI%2DCrypto%2C%20R%26D',
    );
  });

  it('writes a long quote as its first and last words', () => {
    const exact = Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ');
    expect(textFragmentUrl('https://x.test/a', quote(exact))).toBe(
      'https://x.test/a#:~:text=mot0%20mot1%20mot2%20mot3,mot26%20mot27%20mot28%20mot29',
    );
  });

  it('writes a long quote without spaces as its first and last characters', () => {
    const exact = '比特币'.repeat(40);
    const url = textFragmentUrl('https://x.test/a', quote(exact));
    expect(decodeURIComponent(url.split('text=')[1]!)).toBe(`${exact.slice(0, 10)},${exact.slice(-10)}`);
  });
});
