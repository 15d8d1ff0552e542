import { describe, expect, it } from 'vitest';
import { ArticleAlignment } from '../../../utils/anchoring/article-alignment';
import type { ArticleBlock } from '../../../utils/extract/types';

/** Blocks joined like extraction joins them, with their offsets. */
function article(texts: string[]): { text: string; blocks: ArticleBlock[] } {
  const blocks: ArticleBlock[] = [];
  let offset = 0;
  for (const text of texts) {
    blocks.push({ type: 'paragraph', text, start: offset, end: offset + text.length });
    offset += text.length + 2;
  }
  return { text: texts.join('\n\n'), blocks };
}

describe('where the article is in the live text', () => {
  it('finds each block, leaving out the page\'s own text around the article', () => {
    const { text, blocks } = article(['Le Bitcoin monte.', 'Coinbase publie ses résultats.']);
    const live = 'Accueil Partager Le Bitcoin monte. Coinbase publie ses résultats. 12 commentaires';
    const alignment = new ArticleAlignment(text, blocks, live);
    expect(alignment.alignedBlocks).toBe(2);
    expect(alignment.regions().map(({ start, end }) => live.slice(start, end))).toEqual([
      'Le Bitcoin monte.',
      'Coinbase publie ses résultats.',
    ]);
  });

  it('ignores whitespace the page and extraction place differently (line breaks in CJK text)', () => {
    const { text, blocks } = article(['比特币今年上涨。以太坊也上涨。']);
    const live = '导读 比特币今年上涨。 以太坊也上涨。';
    expect(new ArticleAlignment(text, blocks, live).regions()).toEqual([{ start: 3, end: live.length }]);
  });

  it('finds repeated blocks in page order', () => {
    const { text, blocks } = article(['Bitcoin.', 'Encore.', 'Bitcoin.']);
    const live = 'Bitcoin. Encore. Bitcoin.';
    expect(new ArticleAlignment(text, blocks, live).regions()).toEqual([
      { start: 0, end: 8 },
      { start: 9, end: 16 },
      { start: 17, end: 25 },
    ]);
  });

  it('finds a block the page renders a little differently by its quote', () => {
    const { text, blocks } = article(['Intro.', 'Selon lui, Solana [1] dépassera Ethereum cette année.']);
    const live = 'Intro. Selon lui, Solana dépassera Ethereum cette année. Partager';
    const regions = new ArticleAlignment(text, blocks, live).regions();
    expect(regions).toHaveLength(2);
    expect(live.slice(regions[1]!.start, regions[1]!.end)).toBe('Selon lui, Solana dépassera Ethereum cette année.');
  });

  it('leaves out a block the page does not show', () => {
    const { text, blocks } = article(['Intro.', 'Un paragraphe absent de la page.']);
    expect(new ArticleAlignment(text, blocks, 'Intro. Autre chose entièrement.').regions()).toEqual([{ start: 0, end: 6 }]);
  });
});
