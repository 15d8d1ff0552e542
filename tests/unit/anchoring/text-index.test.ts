// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, TextIndexBuilder } from '../../../utils/anchoring/text-index';
import { buildDom, rangeBetween, treeArbitrary } from './dom-arbitraries';

function rootWith(html: string): HTMLElement {
  const root = document.createElement('article');
  // Test fixtures only: markup written here, never page text.
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

// Hundreds of generated cases: generous on a shared, busy machine.
describe('live article text', { timeout: 30_000 }, () => {
  it('collapses whitespace runs across nodes into one space and trims the ends', () => {
    const root = rootWith('  <p>Hello \n  <b>big</b>\n world </p>');
    expect(buildTextIndex(root).text).toBe('Hello big world');
  });

  it('separates words at block edges and line breaks, not at inline edges', () => {
    const root = rootWith('<p>one</p><p>two<br>three</p><span>fo</span><em>ur</em><div>five</div>');
    expect(buildTextIndex(root).text).toBe('one two three four five');
  });

  it('leaves out scripts, styles, hidden elements and the extension\'s own elements', () => {
    const root = rootWith(
      '<p>kept</p><script>var x = 1;</script><style>p{}</style><p hidden>gone</p>' +
        '<p style="display:none">gone</p><tfa-ui>ours</tfa-ui><p>also kept</p>',
    );
    expect(buildTextIndex(root).text).toBe('kept also kept');
  });

  it('treats non-breaking and ideographic spaces like spaces', () => {
    const root = rootWith('<p>比特币\u3000涨了\u00a0\u00a010%</p>');
    expect(buildTextIndex(root).text).toBe('比特币 涨了 10%');
  });

  it('builds the same index in slices as in one go', () => {
    const root = rootWith(Array.from({ length: 300 }, (_, i) => `<p>paragraph <b>${i}</b> text</p>`).join(''));
    const builder = new TextIndexBuilder(root);
    let clock = 0;
    let slices = 0;
    while (!builder.step(clock + 1, () => clock++)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(builder.finish().text).toBe(buildTextIndex(root).text);
  });

  it('maps a text span to a DOM range over exactly those characters', () => {
    const root = rootWith('<p>Le <b>Bitcoin</b>   monte</p><p>encore</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('Bitcoin monte');
    const range = index.toRange(start, start + 'Bitcoin monte'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('Bitcoin monte');
    expect(index.offsetsOf(range)).toEqual({ start, end: start + 'Bitcoin monte'.length });
  });

  it('measures a range that starts and ends on elements', () => {
    const root = rootWith('<p>one</p><p>two</p><p>three</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    expect(index.offsetsOf(range)).toEqual({ start: 4, end: 7 });
  });

  it('clips a range that reaches outside the article', () => {
    const root = rootWith('<p>inside</p>');
    const outside = document.createElement('p');
    outside.textContent = 'outside';
    document.body.append(outside);
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root.firstChild!.firstChild!, 2);
    range.setEnd(outside.firstChild!, 3);
    expect(index.offsetsOf(range)).toEqual({ start: 2, end: 6 });
  });

  it('is the visible text with every whitespace run collapsed, whatever the mix of whitespace (property)', () => {
    const blocks = new Set(['P', 'DIV', 'LI', 'H2', 'BR']);
    const reference = (root: Node): string => {
      let text = '';
      const walk = (node: Node) => {
        if (node.nodeType === 3) text += (node as Text).data;
        if (node.nodeType !== 1) return;
        const element = node as Element;
        // A hidden block still separates the words around it.
        const block = blocks.has(element.tagName);
        if (block) text += ' ';
        if (element.tagName !== 'NOSCRIPT' && !element.hasAttribute('hidden')) element.childNodes.forEach(walk);
        if (block) text += ' ';
      };
      root.childNodes.forEach(walk);
      return text.replace(/\s+/g, ' ').trim();
    };
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const { root } = buildDom(tree);
        expect(buildTextIndex(root).text).toBe(reference(root));
      }),
      { numRuns: 300 },
    );
  });

  it('maps every visible character to the DOM character it was read from (property)', () => {
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const { root } = buildDom(tree);
        const index = buildTextIndex(root);
        for (let i = 0; i < index.text.length; i++) {
          if (index.text[i] !== ' ') expect(index.toRange(i, i + 1)?.toString()).toBe(index.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the same text span for the range of any span (property)', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), (tree, a, b) => {
        const { root } = buildDom(tree);
        const index = buildTextIndex(root);
        fc.pre(index.text.length > 0);
        let start = a % index.text.length;
        let end = start + 1 + (b % (index.text.length - start));
        while (start < end && index.text[start] === ' ') start++;
        while (end > start && index.text[end - 1] === ' ') end--;
        fc.pre(start < end);
        const range = index.toRange(start, end)!;
        expect(index.offsetsOf(range)).toEqual({ start, end });
      }),
      { numRuns: 300 },
    );
  });

  it('measures any DOM range as a span whose range measures the same (property)', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), (tree, a, b) => {
        const { document: doc, root } = buildDom(tree);
        const index = buildTextIndex(root);
        const offsets = index.offsetsOf(rangeBetween(doc, root, a, b));
        fc.pre(offsets !== null);
        const again = index.toRange(offsets!.start, offsets!.end)!;
        expect(index.offsetsOf(again)).toEqual(offsets);
      }),
      { numRuns: 300 },
    );
  });
});

describe('live article text for the tagger', () => {
  it('keeps block edges as line breaks, at the same offsets', () => {
    const root = rootWith('<h2>Résumé</h2><p>Tomás :</p><p>Le <b>SOL</b>\n va monter.<br>Oui.</p>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('Résumé Tomás : Le SOL va monter. Oui.');
    expect(index.textWithLineBreaks()).toBe('Résumé\nTomás :\nLe SOL va monter.\nOui.');
  });
});
