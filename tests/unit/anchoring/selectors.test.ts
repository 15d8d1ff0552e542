// @vitest-environment jsdom
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { editDistance } from '../../../utils/anchoring/fuzzy';
import { anchor, anchorOffsets, describe, describeOffsets } from '../../../utils/anchoring/selectors';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { findArticleRoot } from '../../../utils/reading/article-root';
import { techflow } from '../../../utils/site/techflow';
import type { TextPositionSelector, TextQuoteSelector } from '../../../utils/storage/types';
import { pageFixture, readPageHtml } from '../../fixtures/pages/fixtures';
import { buildDom, rangeBetween, treeArbitrary } from './dom-arbitraries';

const ARTICLE =
  'La base de Coinbase est solide. Selon lui, le bitcoin atteindra 150 000 dollars en 2026. ' +
  'Il ajoute que le bitcoin atteindra 150 000 dollars si les ETF continuent. Fin.';

// Hundreds of generated cases: generous on a shared, busy machine.
group('describing and anchoring quotes', { timeout: 30_000 }, () => {
  it('describes a span with its quote, 32 characters of context and its position', () => {
    const start = ARTICLE.indexOf('Selon lui');
    const selectors = describeOffsets(ARTICLE, start, start + 9);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Selon lui',
      prefix: ARTICLE.slice(start - 32, start),
      suffix: ARTICLE.slice(start + 9, start + 41),
    });
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + 9 });
  });

  it('trusts the stored position only when the quote and its context are still there', () => {
    const start = ARTICLE.indexOf('Coinbase');
    const selectors = describeOffsets(ARTICLE, start, start + 8);
    expect(anchorOffsets(ARTICLE, selectors)).toEqual({ start, end: start + 8, method: 'position' });
    const shifted = 'Mise à jour. ' + ARTICLE;
    expect(anchorOffsets(shifted, selectors)).toEqual({ start: start + 13, end: start + 21, method: 'quote' });
  });

  it('does not trust a stored position that holds the quote by chance once text is added before it (regression: position checked without its context)', () => {
    // The anchoring property's shrunk counterexample: 36 "a" over inline elements, the 33rd selected,
    // then a paragraph "!" added before. The old offset still holds an "a", but not the saved one.
    const { document: doc, root } = buildDom([
      { text: 'aaaa' },
      {
        tag: 'b',
        hidden: false,
        children: [
          { text: 'aaaaa' },
          { tag: 'b', hidden: false, children: [{ text: 'aaaaaaaaa' }, { text: 'aaaaaaaa' }] },
          { text: 'aaaaaaaaaa' },
        ],
      },
    ]);
    const selectors = describeOffsets(buildTextIndex(root).text, 32, 33);
    const paragraph = doc.createElement('p');
    paragraph.textContent = '!';
    root.prepend(paragraph);
    const index = buildTextIndex(root);
    expect(index.text).toBe(`! ${'a'.repeat(36)}`);
    expect(anchorOffsets(index.text, selectors)).toEqual({ start: 34, end: 35, method: 'quote' });
  });

  it('tells repeats of a quote apart by their context', () => {
    const second = ARTICLE.lastIndexOf('le bitcoin atteindra 150 000 dollars');
    const selectors = describeOffsets(ARTICLE, second, second + 36);
    const edited = ARTICLE.replace('La base', 'Au fond, la base');
    const found = anchorOffsets(edited, { quote: selectors.quote })!;
    expect(found.start).toBe(edited.lastIndexOf('le bitcoin atteindra 150 000 dollars'));
    expect(found.method).toBe('quote');
  });

  it('finds a quote in text that was edited since, approximately', () => {
    const start = ARTICLE.indexOf('Selon lui');
    const end = ARTICLE.indexOf('2026.') + 5;
    const selectors = describeOffsets(ARTICLE, start, end);
    const edited = ARTICLE.replace('150 000 dollars en 2026', '150 000 dollars US en 2026');
    const found = anchorOffsets(edited, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe('Selon lui, le bitcoin atteindra 150 000 dollars US en 2026.');
  });

  it('finds a long edited quote by its head and tail, then checks it whole', () => {
    const paragraph = Array.from({ length: 30 }, (_, i) => `phrase numéro ${i} sur le marché`).join(', ');
    const text = `Intro. ${paragraph}. Conclusion.`;
    const start = text.indexOf('phrase numéro 0');
    const selectors = describeOffsets(text, start, start + paragraph.length);
    const edited = text.replace('numéro 7 ', 'numéro sept ').replace('numéro 20 ', 'n° 20 ');
    const found = anchorOffsets(edited, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe(paragraph.replace('numéro 7 ', 'numéro sept ').replace('numéro 20 ', 'n° 20 '));
  });

  it('anchors at its stored position a highlight the previous release (6c2773e) saved on ko-KR-short: live text is measured alike across releases', () => {
    // Selectors as that build stored them in the update browser test; the live text they are
    // measured in must not change between releases, or every saved highlight falls back to its quote.
    const quote: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: '비트코인 현물 ETF에',
      prefix: '억 달러 유입 저자: 김서연2024-11-12 10:00 ',
      suffix: ' 하루 만에 10억 달러가 유입되었다. 블랙록의 IBIT가',
    };
    const position: TextPositionSelector = { type: 'TextPositionSelector', start: 77, end: 89 };
    const doc = new DOMParser().parseFromString(readPageHtml(pageFixture('ko-KR-short')), 'text/html');
    const root = findArticleRoot(doc, techflow.page);
    expect(root).not.toBeNull();
    const found = anchor(buildTextIndex(root!), { quote, position });
    expect(found).toMatchObject({ start: 77, end: 89, method: 'position' });
    expect(found?.range.toString()).toBe(quote.exact);
  });

  it('leaves a quote that is no longer anywhere as an orphan', () => {
    const selectors = describeOffsets(ARTICLE, 0, 30);
    expect(anchorOffsets('Un tout autre article sur Ethereum et Solana.', selectors)).toBeNull();
  });

  it('anchors any selection of any page to the same range it was described from (property)', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), (tree, a, b) => {
        const { document: doc, root } = buildDom(tree);
        const index = buildTextIndex(root);
        const selectors = describe(index, rangeBetween(doc, root, a, b));
        fc.pre(selectors !== null);
        const anchored = anchor(index, selectors!)!;
        expect(anchored.method).toBe('position');
        expect(describe(index, anchored.range)).toEqual(selectors);
      }),
      { numRuns: 300 },
    );
  });

  it('anchors by quote to the same text after content is added before it (property)', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 20 }), (tree, a, b, added) => {
        const { document: doc, root } = buildDom(tree);
        const selectors = describe(buildTextIndex(root), rangeBetween(doc, root, a, b));
        fc.pre(selectors !== null);
        const before = buildTextIndex(root).text;
        const paragraph = doc.createElement('p');
        paragraph.textContent = added;
        root.prepend(paragraph);
        const index = buildTextIndex(root);
        const anchored = anchor(index, selectors!)!;
        expect(index.text.slice(anchored.start, anchored.end)).toBe(selectors!.quote.exact);
        const { prefix, exact, suffix } = selectors!.quote;
        const whole = prefix + exact + suffix;
        const shift = index.text.length - before.length;
        if (index.text.indexOf(whole) === index.text.lastIndexOf(whole) && prefix.length === 32) {
          expect(anchored.start).toBe(selectors!.position.start + shift);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('anchors a quote within the error bound after a few edits inside it (property)', () => {
    const words = fc.constantFrom('le', 'bitcoin', 'marché', 'monte', '比特币', 'ETF', 'dollars', 'en', '2026', 'de');
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 20, maxLength: 80 }).map((w) => w.join(' ')),
        fc.nat(),
        fc.integer({ min: 20, max: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'x', 'Q')), { maxLength: 2 }),
        (text, at, length, edits) => {
          const start = at % Math.max(1, text.length - length);
          const end = Math.min(text.length, start + length);
          const selectors = describeOffsets(text, start, end);
          let edited = text;
          for (const [where, replacement] of edits) {
            const i = start + (where % (end - start));
            edited = edited.slice(0, i) + replacement + edited.slice(i + 1);
          }
          const found = anchorOffsets(edited, selectors);
          expect(found).not.toBeNull();
          const exact = selectors.quote.exact;
          expect(editDistance(exact, edited.slice(found!.start, found!.end))).toBeLessThanOrEqual(
            Math.floor(exact.length * 0.2),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
