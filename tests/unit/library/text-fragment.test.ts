import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFragment, urlWithTextFragment } from '../../../utils/library/text-fragment';

const quote = (exact: string, prefix = '', suffix = '') => ({ type: 'TextQuoteSelector' as const, exact, prefix, suffix });

describe('text fragments', () => {
  it('gives a short quote with its context, escaping the directive’s own characters', () => {
    expect(textFragment(quote('AI + Crypto, c’est', 'Ming : ', ' cela le Web3'))).toBe(
      ':~:text=Ming%20%3A-,AI%20%2B%20Crypto%2C%20c%E2%80%99est,-cela%20le%20Web3',
    );
  });

  it('gives a long quote as its start and end', () => {
    const long = 'Je pense que le Bitcoin dépassera 150 000 dollars d’ici fin 2026, a déclaré Zeng Ming lors du sommet.';
    const directive = textFragment(quote(long));
    const [start, end] = directive.slice(':~:text='.length).split(',').map(decodeURIComponent);
    expect(long.startsWith(start!)).toBe(true);
    expect(long.endsWith(end!)).toBe(true);
  });

  it('replaces any fragment the URL had', () => {
    expect(urlWithTextFragment('https://www.techflowpost.com/zh-CN/article/1#top', quote('比特币'))).toBe(
      'https://www.techflowpost.com/zh-CN/article/1#:~:text=%E6%AF%94%E7%89%B9%E5%B8%81',
    );
    expect(urlWithTextFragment('https://www.techflowpost.com/zh-CN/article/1', quote('   '))).toBe(
      'https://www.techflowpost.com/zh-CN/article/1',
    );
  });

  it('never lets quote text break out of its term', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string(), (exact, prefix, suffix) => {
        const directive = textFragment(quote(exact, prefix, suffix));
        if (!directive) return;
        const terms = directive.slice(':~:text='.length).split(',');
        expect(terms.length).toBeLessThanOrEqual(4);
        for (const term of terms) expect(term.replace(/^-|-$/g, '')).not.toMatch(/[-,&#\s]/);
      }),
    );
  });
});
