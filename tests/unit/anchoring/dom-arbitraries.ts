/** fast-check generators of article-like DOM trees and of ranges inside them, for anchoring properties. */
import fc from 'fast-check';

export type NodeSpec =
  | { text: string }
  | { tag: 'b' | 'span' | 'a' | 'em' | 'p' | 'div' | 'li' | 'h2' | 'br' | 'noscript'; hidden: boolean; children: NodeSpec[] };

/** Characters that stress the whitespace rules: spaces of several kinds, CJK, accents, repeats. */
const CHARACTERS = ['a', 'b', 'c', 'é', ' ', ' ', '\n', '\u00a0', '\t', '比', '特', '。', 'x', 'y', '.', '\u3000'];

export const textArbitrary = fc
  .array(fc.constantFrom(...CHARACTERS), { minLength: 0, maxLength: 30 })
  .map((chars) => chars.join(''));

export const treeArbitrary: fc.Arbitrary<NodeSpec[]> = fc.letrec<{ node: NodeSpec; nodes: NodeSpec[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: textArbitrary }),
    fc.record({
      tag: fc.constantFrom('b', 'span', 'a', 'em', 'p', 'div', 'li', 'h2', 'br', 'noscript'),
      hidden: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      children: tie('nodes'),
    }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }),
})).nodes;

/**
 * Builds the tree in an `article` of a fresh document. Not the test environment's shared document:
 * jsdom keeps every Range ever made in it (a removed root's ranges move to its parent) and updates
 * them all on each mutation, so thousands of runs, and above all shrinking, slowed down quadratically.
 */
export function buildDom(specs: NodeSpec[]): { document: Document; root: HTMLElement } {
  const document = globalThis.document.implementation.createHTMLDocument('');
  const root = document.createElement('article');
  document.body.replaceChildren(root);
  const append = (parent: Node, spec: NodeSpec) => {
    if ('text' in spec) {
      parent.appendChild(document.createTextNode(spec.text));
      return;
    }
    const element = document.createElement(spec.tag);
    if (spec.hidden) element.setAttribute('hidden', '');
    if (spec.tag !== 'br') for (const child of spec.children) append(element, child);
    parent.appendChild(element);
  };
  for (const spec of specs) append(root, spec);
  return { document, root };
}

/** Every boundary point a Range can take inside `root`, in no particular order. */
export function boundaryPoints(root: Node): Array<{ node: Node; offset: number }> {
  const points: Array<{ node: Node; offset: number }> = [];
  const walk = (node: Node) => {
    const size = node.nodeType === 3 ? (node as Text).length : node.childNodes.length;
    for (let offset = 0; offset <= size; offset++) points.push({ node, offset });
    node.childNodes.forEach(walk);
  };
  walk(root);
  return points;
}

/** A range between two of the root's boundary points, picked by two numbers. */
export function rangeBetween(document: Document, root: Node, a: number, b: number): Range {
  const points = boundaryPoints(root);
  const first = points[a % points.length]!;
  const second = points[b % points.length]!;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.collapse(true);
  if (range.comparePoint(second.node, second.offset) >= 0) range.setEnd(second.node, second.offset);
  else range.setStart(second.node, second.offset);
  return range;
}
