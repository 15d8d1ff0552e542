/**
 * Aho-Corasick automaton over folded UTF-16 code units, stored as a double-array trie in typed
 * arrays: one pass over the text finds every dictionary pattern, in time linear in text + matches.
 */
import { foldTable } from './fold';

/** Free slot marker in the `check` array. */
const FREE = -1;
/** Initial double-array capacity per trie node; the arrays grow by doubling when placement needs room. */
const SLACK = 1.25;

function grow(array: Int32Array<ArrayBuffer>, size: number, fill: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  let length = array.length;
  while (length < size) length *= 2;
  const bigger = new Int32Array(length).fill(fill);
  bigger.set(array);
  return bigger;
}

export class Automaton {
  /** Raw UTF-16 unit → class of its folded form (0: in no pattern). */
  private readonly classOf: Uint16Array;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern that ends exactly at a state, or -1. */
  private readonly out: Int32Array;
  /** Nearest proper suffix state that has an output, or -1. */
  private readonly dict: Int32Array;
  /** The state itself if it has an output, else `dict`: one load per character to know whether anything matched. */
  private readonly firstHit: Int32Array;
  /** Root transitions, dense: class → state (0 when the root has no edge). */
  private readonly rootNext: Int32Array;
  readonly patternLengths: Int32Array;

  private constructor(parts: {
    classOf: Uint16Array;
    base: Int32Array;
    check: Int32Array;
    fail: Int32Array;
    out: Int32Array;
    dict: Int32Array;
    firstHit: Int32Array;
    rootNext: Int32Array;
    patternLengths: Int32Array;
  }) {
    this.classOf = parts.classOf;
    this.base = parts.base;
    this.check = parts.check;
    this.fail = parts.fail;
    this.out = parts.out;
    this.dict = parts.dict;
    this.firstHit = parts.firstHit;
    this.rootNext = parts.rootNext;
    this.patternLengths = parts.patternLengths;
  }

  /** Builds the automaton; `patterns` must already be folded (see `foldString`). Empty patterns never match. */
  static build(patterns: readonly string[]): Automaton {
    const fold = foldTable();

    // Classes: frequent characters get small numbers, which keeps the double array dense.
    const frequency = new Map<number, number>();
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i += 1) {
        const code = pattern.charCodeAt(i);
        frequency.set(code, (frequency.get(code) ?? 0) + 1);
      }
    }
    const classOfFolded = new Map<number, number>();
    [...frequency.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .forEach(([code], index) => classOfFolded.set(code, index + 1));
    const classCount = classOfFolded.size + 1;
    const classOf = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code += 1) classOf[code] = classOfFolded.get(fold[code] ?? code) ?? 0;

    // Plain trie first (node 0 is the root).
    const children: Array<Map<number, number>> = [new Map()];
    const nodeOut: number[] = [-1];
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let node = 0;
      for (let i = 0; i < pattern.length; i += 1) {
        const cls = classOfFolded.get(pattern.charCodeAt(i)) ?? 0;
        const edges = children[node] as Map<number, number>;
        let next = edges.get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          nodeOut.push(-1);
          edges.set(cls, next);
        }
        node = next;
      }
      if (nodeOut[node] === -1) nodeOut[node] = index;
    });

    // Failure links, breadth first, in trie numbering.
    const nodeCount = children.length;
    const nodeFail = new Int32Array(nodeCount);
    const order: number[] = [0];
    for (let head = 0; head < order.length; head += 1) {
      const node = order[head] as number;
      for (const [cls, child] of children[node] as Map<number, number>) {
        order.push(child);
        if (node === 0) continue;
        let candidate = nodeFail[node] as number;
        while (candidate !== 0 && !(children[candidate] as Map<number, number>).has(cls)) {
          candidate = nodeFail[candidate] as number;
        }
        nodeFail[child] = (children[candidate] as Map<number, number>).get(cls) ?? 0;
      }
    }

    // Double-array placement in breadth-first order: each node's children sit at base + class. Free
    // slots are found through a "next free slot" forest with path compression, so occupied runs
    // are skipped instead of scanned.
    let base = new Int32Array(Math.ceil(nodeCount * SLACK) + classCount).fill(0);
    let check = new Int32Array(base.length).fill(FREE);
    let nextFree = Int32Array.from({ length: base.length }, (_, index) => index);
    const ensure = (size: number) => {
      if (size < check.length) return;
      const oldLength = check.length;
      base = grow(base, size + 1, 0);
      check = grow(check, size + 1, FREE);
      const bigger = new Int32Array(check.length);
      bigger.set(nextFree);
      for (let index = oldLength; index < bigger.length; index += 1) bigger[index] = index;
      nextFree = bigger;
    };
    const findFree = (from: number): number => {
      ensure(from);
      let slot = from;
      while (nextFree[slot] !== slot) {
        slot = nextFree[slot] as number;
        ensure(slot);
      }
      // Path compression: everything visited now points straight at the free slot.
      let walk = from;
      while (walk !== slot) {
        const next = nextFree[walk] as number;
        nextFree[walk] = slot;
        walk = next;
      }
      return slot;
    };
    const occupy = (slot: number, parent: number) => {
      check[slot] = parent;
      ensure(slot + 1);
      nextFree[slot] = slot + 1;
    };
    const slotOf = new Int32Array(nodeCount);
    occupy(0, 0);
    for (const node of order) {
      const edges = children[node] as Map<number, number>;
      if (edges.size === 0) continue;
      const classes = [...edges.keys()].sort((a, b) => a - b);
      const lowest = classes[0] as number;
      const highest = classes[classes.length - 1] as number;
      let slot = findFree(lowest + 1);
      let offset = slot - lowest;
      for (;;) {
        ensure(offset + highest + classCount + 1);
        if (classes.every((cls) => check[offset + cls] === FREE)) break;
        slot = findFree(slot + 1);
        offset = slot - lowest;
      }
      const parentSlot = slotOf[node] as number;
      base[parentSlot] = offset;
      for (const cls of classes) {
        occupy(offset + cls, parentSlot);
        slotOf[edges.get(cls) as number] = offset + cls;
      }
    }

    const size = base.length;
    const fail = new Int32Array(size);
    const out = new Int32Array(size).fill(-1);
    const dict = new Int32Array(size).fill(-1);
    for (const node of order) {
      const slot = slotOf[node] as number;
      const failSlot = slotOf[nodeFail[node] as number] as number;
      fail[slot] = failSlot;
      out[slot] = nodeOut[node] as number;
      // The failure target was visited earlier in breadth-first order, so its own links are final.
      if (node !== 0) dict[slot] = (out[failSlot] as number) >= 0 ? failSlot : (dict[failSlot] as number);
    }
    const firstHit = Int32Array.from(out, (output, slot) => (output >= 0 ? slot : (dict[slot] as number)));
    const rootNext = new Int32Array(classCount);
    for (const [cls, child] of children[0] as Map<number, number>) rootNext[cls] = slotOf[child] as number;
    const patternLengths = Int32Array.from(patterns, (pattern) => pattern.length);
    return new Automaton({ classOf, base, check, fail, out, dict, firstHit, rootNext, patternLengths });
  }

  /**
   * Every occurrence of every pattern inside `text[from, to)`, as a flat list of (pattern index,
   * end offset) pairs; the start is `end - patternLengths[pattern]`.
   */
  scan(text: string, from = 0, to = text.length): Int32Array {
    const { classOf, base, check, fail, out, dict, firstHit, rootNext } = this;
    let found = new Int32Array(256);
    let count = 0;
    let state = 0;
    for (let i = from; i < to; i += 1) {
      const cls = classOf[text.charCodeAt(i)] as number;
      if (cls === 0) {
        state = 0;
        continue;
      }
      let next: number;
      if (state === 0) next = rootNext[cls] as number;
      else {
        next = (base[state] as number) + cls;
        if (check[next] !== state) {
          // Follow failure links to the longest suffix state that has an edge for this class.
          let suffix = fail[state] as number;
          for (;;) {
            if (suffix === 0) {
              next = rootNext[cls] as number;
              break;
            }
            next = (base[suffix] as number) + cls;
            if (check[next] === suffix) break;
            suffix = fail[suffix] as number;
          }
        }
      }
      state = next;
      let hit = firstHit[state] as number;
      while (hit >= 0) {
        if (count + 2 > found.length) {
          const bigger = new Int32Array(found.length * 2);
          bigger.set(found);
          found = bigger;
        }
        found[count] = out[hit] as number;
        found[count + 1] = i + 1;
        count += 2;
        hit = dict[hit] as number;
      }
    }
    return found.subarray(0, count);
  }
}
