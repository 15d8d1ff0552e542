// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { liveRange, staticRangeAt } from '../../../utils/reading/static-ranges';
import { buildDom, treeArbitrary } from '../anchoring/dom-arbitraries';

function boundaries(range: AbstractRange) {
  return [range.startContainer, range.startOffset, range.endContainer, range.endOffset];
}

// Hundreds of generated cases: generous on a shared, busy machine.
describe('static ranges of drawn mentions', { timeout: 30_000 }, () => {
  it('has the boundaries the live range of the same text span has, for any span (property)', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), (tree, a, b) => {
        const { root } = buildDom(tree);
        const index = buildTextIndex(root);
        fc.pre(index.text.length > 0);
        const start = a % index.text.length;
        const end = start + 1 + (b % (index.text.length - start));
        const live = index.toRange(start, end);
        const drawn = staticRangeAt(index, start, end);
        expect(drawn && boundaries(drawn)).toEqual(live && boundaries(live));
        if (drawn) expect(liveRange(root.ownerDocument, drawn)!.toString()).toBe(live!.toString());
      }),
      { numRuns: 300 },
    );
  });

  it('gives no range for an empty or out-of-text span', () => {
    const { root } = buildDom([{ text: 'Le Bitcoin monte.' }]);
    const index = buildTextIndex(root);
    expect(staticRangeAt(index, 3, 3)).toBeNull();
    expect(staticRangeAt(index, -1, 2)).toBeNull();
    expect(staticRangeAt(index, 10, index.text.length + 1)).toBeNull();
  });

  it('gives no live range once the page shortened the text under a drawn range', () => {
    const { root } = buildDom([{ text: 'Le Bitcoin monte.' }]);
    const index = buildTextIndex(root);
    const drawn = staticRangeAt(index, 3, 10)!;
    expect(liveRange(root.ownerDocument, drawn)!.toString()).toBe('Bitcoin');
    (root.firstChild as Text).data = 'Le';
    expect(liveRange(root.ownerDocument, drawn)).toBeNull();
  });
});
