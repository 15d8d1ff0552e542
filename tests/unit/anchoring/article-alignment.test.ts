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

function span(haystack: string, needle: string, from = 0): [number, number] {
  const start = haystack.indexOf(needle, from);
  return [start, start + needle.length];
}

describe('article text to live text', () => {
  it('maps a tag through its block when the page has extra text around the article', () => {
    const { text, blocks } = article(['Le Bitcoin monte.', 'Coinbase publie ses résultats.']);
    const live = 'Accueil Partager Le Bitcoin monte. Coinbase publie ses résultats. 12 commentaires';
    const alignment = new ArticleAlignment(text, blocks, live);
    expect(alignment.alignedBlocks).toBe(2);
    const [start, end] = span(text, 'Coinbase');
    expect(alignment.toLive(start, end)).toEqual({ start: live.indexOf('Coinbase'), end: live.indexOf('Coinbase') + 8 });
  });

  it('ignores whitespace the page and extraction place differently (line breaks in CJK text)', () => {
    const { text, blocks } = article(['比特币今年上涨。以太坊也上涨。']);
    const live = '比特币今年上涨。 以太坊也上涨。';
    const alignment = new ArticleAlignment(text, blocks, live);
    const [start, end] = span(text, '以太坊');
    expect(alignment.toLive(start, end)).toEqual({ start: live.indexOf('以太坊'), end: live.indexOf('以太坊') + 3 });
  });

  it('maps repeated words to the occurrence in the right block', () => {
    const { text, blocks } = article(['Bitcoin.', 'Encore Bitcoin.']);
    const live = 'Bitcoin. Encore Bitcoin.';
    const alignment = new ArticleAlignment(text, blocks, live);
    const [start, end] = span(text, 'Bitcoin', text.indexOf('Encore'));
    expect(alignment.toLive(start, end)).toEqual({ start: 16, end: 23 });
  });

  it('falls back to the quote and its context when the page changed a block', () => {
    const { text, blocks } = article(['Intro.', 'Selon lui, Solana [1] dépassera Ethereum.']);
    const live = 'Intro. Selon lui, Solana dépassera Ethereum.';
    const alignment = new ArticleAlignment(text, blocks, live);
    const [start, end] = span(text, 'Ethereum');
    expect(alignment.toLive(start, end)).toEqual({ start: live.indexOf('Ethereum'), end: live.indexOf('Ethereum') + 8 });
  });

  it('cannot place text the page does not show', () => {
    const { text, blocks } = article(['Intro.', 'Un paragraphe absent de la page.']);
    const alignment = new ArticleAlignment(text, blocks, 'Intro. Autre chose entièrement.');
    const [start, end] = span(text, 'paragraphe absent');
    expect(alignment.toLive(start, end)).toBeNull();
  });
});
