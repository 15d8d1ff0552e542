/**
 * Aho-Corasick automaton over folded UTF-16 code units that only finds patterns standing as words:
 * a match starts where a word may start (`mayStartWord`) and, when the pattern ends with a word
 * character, ends where the word ends. Stored as a double-array trie in typed arrays: one pass over
 * the text finds every such occurrence, in time linear in text + matches.
 */
import { foldTable } from './fold';
import { boundaryKinds, DIGIT, LETTER, mayStartWord, NOT_WORD } from './script';
import { addWork } from './work';

// One Uint16 per BMP code unit: its boundary kind in the low two bits, then whether the root has an
// edge for it, then the class of its folded form (0: in no pattern). One load per character.
const KIND_MASK = 3;
const ROOT_EDGE = 4;
const CLASS_SHIFT = 3;
/** Classes that fit beside the kind and root-edge bits in 16 bits. */
const MAX_CLASSES = 1 << (16 - CLASS_SHIFT);
/** Boundary kinds as locals: the scan loop must not read imported bindings per character. */
const NOT_WORD_KIND = NOT_WORD;
const LETTER_KIND = LETTER;
const DIGIT_KIND = DIGIT;

// One Int32 per slot: two flags about the outputs at the slot and its suffixes, then the class of
// the slot's incoming edge (its check: bases are unique, so the class alone tells whose child a slot
// holds), then the base. Half the memory of a base array beside a parent array, so more of the trie
// stays in cache while the text streams through it.
/** Some pattern ends here or at a suffix. */
const HAS_OUTPUT = 1;
/** One of those patterns ends with a character that is not a word character (its end needs no boundary). */
const HAS_FREE_END = 2;
const CHECK_SHIFT = 2;

/** Free slot marker in the `check` array. */
const FREE = -1;
/** Initial double-array capacity per trie node; the arrays grow by doubling when placement needs room. */
const SLACK = 1.25;
/** First size of the reusable match buffer (pairs of Int32); it doubles when a text has more matches. */
const FOUND_CAPACITY = 4096;
/**
 * The start filters are bit sets over hashes of how patterns begin: 2^17 bits (16 KB) each keep a
 * few thousand beginnings at a few per cent of false positives, which only cost a trie walk that
 * finds nothing. Small enough to stay in cache beside the text.
 */
const FILTER_BITS = 17;
const FILTER_SHIFT = 32 - FILTER_BITS;
/**
 * The running hash over a word's classes shifts and mixes in each class: two one-cycle operations per
 * character, where a multiply-add made a four-cycle chain that every character of every word waited
 * on. The filter bit is spread from it by a multiply once per word.
 */
const WORD_HASH_SHIFT = 5;
/** Multiplier of the hash over a first word and the two characters after it, and the odd constant that spreads hashes over the filters. */
const WORD_HASH_MULTIPLIER = 31;
const WORD_HASH_SPREAD = 0x9e3779b1;
/** The two bits of a first word's slot in `firstWords`: some pattern is the word (and at most one more character)… */
const WHOLE_WORD = 1;
/** …some longer pattern starts with it. */
const LEAD_WORD = 2;

function grow(array: Int32Array<ArrayBuffer>, size: number, fill: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  let length = array.length;
  while (length < size) length *= 2;
  const bigger = new Int32Array(length).fill(fill);
  bigger.set(array);
  return bigger;
}

/**
 * (node, class) → child node, in open addressing over typed arrays: the build does a few hundred
 * thousand look-ups, and a Map keyed by numbers spent most of the build hashing and allocating.
 */
class EdgeTable {
  private readonly node: Int32Array;
  private readonly cls: Int32Array;
  private readonly child: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.node = new Int32Array(size).fill(-1);
    this.cls = new Int32Array(size);
    this.child = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(node: number, cls: number): number {
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & this.mask;
    while (this.node[slot] !== -1 && (this.node[slot] !== node || this.cls[slot] !== cls)) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The child of `node` along `cls`, or -1. */
  get(node: number, cls: number): number {
    const slot = this.slot(node, cls);
    return this.node[slot] === -1 ? -1 : (this.child[slot] as number);
  }

  set(node: number, cls: number, child: number): void {
    const slot = this.slot(node, cls);
    this.node[slot] = node;
    this.cls[slot] = cls;
    this.child[slot] = child;
  }
}

/**
 * The trie before placement: nodes numbered in insertion order, each (but the root) with the class
 * of its incoming edge; a node's children are `children[childStart[node] … childStart[node + 1])`,
 * by ascending class.
 */
interface Trie {
  nodeCount: number;
  edges: EdgeTable;
  /** Per node: class of its incoming edge. */
  edgeClass: Int32Array;
  childStart: Int32Array;
  children: Int32Array;
  /** Per node: boundary kind of the character on its incoming edge. */
  kind: Uint8Array;
  /** Per node: pattern that ends there, or -1. */
  output: Int32Array;
}

function buildTrie(patterns: readonly string[], classOfFolded: Int32Array, classCount: number, kinds: Uint8Array): Trie {
  let characters = 0;
  for (const pattern of patterns) characters += pattern.length;
  // At most one node per pattern character, plus the root.
  const capacity = characters + 1;
  const edges = new EdgeTable(capacity);
  const edgeClass = new Int32Array(capacity);
  const parent = new Int32Array(capacity);
  const kind = new Uint8Array(capacity);
  const output = new Int32Array(capacity).fill(-1);
  kind[0] = NOT_WORD;
  let nodeCount = 1;
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i += 1) {
      const code = pattern.charCodeAt(i);
      const cls = classOfFolded[code] as number;
      let next = edges.get(node, cls);
      if (next < 0) {
        next = nodeCount;
        nodeCount += 1;
        edges.set(node, cls, next);
        edgeClass[next] = cls;
        parent[next] = node;
        kind[next] = kinds[code] as number;
      }
      node = next;
    }
    if (output[node] === -1) output[node] = index;
  });
  // Children grouped by parent and ordered by class: a counting sort by class, then a stable one by parent.
  const byClass = new Int32Array(nodeCount - 1);
  const classStart = new Int32Array(classCount + 1);
  for (let node = 1; node < nodeCount; node += 1) classStart[(edgeClass[node] as number) + 1] = (classStart[(edgeClass[node] as number) + 1] as number) + 1;
  for (let cls = 0; cls < classCount; cls += 1) classStart[cls + 1] = (classStart[cls + 1] as number) + (classStart[cls] as number);
  for (let node = 1; node < nodeCount; node += 1) {
    const cls = edgeClass[node] as number;
    byClass[classStart[cls] as number] = node;
    classStart[cls] = (classStart[cls] as number) + 1;
  }
  const childStart = new Int32Array(nodeCount + 1);
  for (let node = 1; node < nodeCount; node += 1) childStart[(parent[node] as number) + 1] = (childStart[(parent[node] as number) + 1] as number) + 1;
  for (let node = 0; node < nodeCount; node += 1) childStart[node + 1] = (childStart[node + 1] as number) + (childStart[node] as number);
  const fill = childStart.slice(0, nodeCount);
  const children = new Int32Array(nodeCount - 1);
  for (const child of byClass) {
    const from = parent[child] as number;
    children[fill[from] as number] = child;
    fill[from] = (fill[from] as number) + 1;
  }
  return {
    nodeCount,
    edges,
    edgeClass,
    childStart,
    children,
    kind: kind.subarray(0, nodeCount),
    output: output.subarray(0, nodeCount),
  };
}

/**
 * Failure links restricted to suffixes that may start a word: the suffix `c…` of a path `…b c…`
 * counts only if `mayStartWord(kind(b), kind(c))`. Since that depends on characters inside the path,
 * the text around a match never has to be read again to know that its start is a word start.
 */
function failureLinks(trie: Trie): { order: Int32Array; fail: Int32Array } {
  const { nodeCount, edges, edgeClass, childStart, children, kind } = trie;
  const fail = new Int32Array(nodeCount);
  const order = new Int32Array(nodeCount);
  // The root's children by class (0: none), read for every node whose failure link goes back to the root.
  const rootChild = new Int32Array(edgeClass.length === 0 ? 1 : Math.max(...edgeClass.subarray(0, nodeCount)) + 1);
  for (let k = childStart[0] as number; k < (childStart[1] as number); k += 1) rootChild[edgeClass[children[k] as number] as number] = children[k] as number;
  let tail = 1;
  for (let head = 0; head < tail; head += 1) {
    const node = order[head] as number;
    for (let k = childStart[node] as number; k < (childStart[node + 1] as number); k += 1) {
      const child = children[k] as number;
      order[tail] = child;
      tail += 1;
      if (node === 0) continue;
      const cls = edgeClass[child] as number;
      let target = -1;
      for (let candidate = fail[node] as number; candidate !== 0; candidate = fail[candidate] as number) {
        const next = edges.get(candidate, cls);
        if (next >= 0) {
          target = next;
          break;
        }
      }
      if (target < 0) target = mayStartWord(kind[node] as number, kind[child] as number) ? (rootChild[cls] as number) : 0;
      fail[child] = target;
    }
  }
  return { order, fail };
}

/** Where the hash of a first word falls in the first-word filter. */
function firstWordBit(hash: number): number {
  return Math.imul(hash, WORD_HASH_SPREAD) >>> FILTER_SHIFT;
}

/** Where a first word's hash and the classes of the two characters after it fall in the continuation filter. */
function continuationBit(hash: number, first: number, second: number): number {
  return Math.imul(Math.imul(Math.imul(hash, WORD_HASH_MULTIPLIER) + first, WORD_HASH_MULTIPLIER) + second, WORD_HASH_SPREAD) >>> FILTER_SHIFT;
}

export class Automaton {
  /** Per code unit: kind, root edge and class (see KIND_MASK, ROOT_EDGE, CLASS_SHIFT). */
  private readonly table: Uint16Array;
  /** Per slot: `base << baseShift | class of the incoming edge << CHECK_SHIFT | HAS_OUTPUT | HAS_FREE_END` (class 0: free slot or root). */
  private readonly nodes: Int32Array;
  /** Where the base starts in a `nodes` entry: after the flags and as many bits as the largest class needs. */
  private readonly baseShift: number;
  /** The check bits of a `nodes` entry. */
  private readonly checkMask: number;
  private readonly fail: Int32Array;
  /** Per slot with HAS_OUTPUT: where its patterns start in `outputs`. */
  private readonly outputAt: Int32Array;
  /**
   * Per slot with an output, the patterns that end there or at a suffix (the longest first), each
   * as `pattern << 1 | 1 when its last character is a word character` (so the next one must not be),
   * then -1: a match reads one short run instead of a chain across three arrays.
   */
  private readonly outputs: Int32Array;
  /** Root transitions, dense: class → slot. */
  private readonly rootNext: Int32Array;
  /**
   * Two bits per hash of a first word (leading run of word characters), read with one load: WHOLE_WORD
   * when some pattern is that word, or that word and one more character ("inc."); LEAD_WORD when a
   * longer pattern starts with it, and only then is the continuation filter read.
   */
  private readonly firstWords: Int32Array;
  /**
   * Bit set over the hashes of the longer patterns' first word and the two characters after it
   * ("the g" for "the graph"): function words that start a few names ("the", "la", "de") then
   * send the scan into the trie only before the right letter.
   */
  private readonly continuations: Int32Array;
  /** Per class: 1 when that character alone is a pattern (社, `$`), so a start there needs no second character. */
  private readonly wholePattern: Uint8Array;
  readonly patternLengths: Int32Array;
  /** Reused between scans: a scan's result is valid until the next scan of this automaton. */
  private found = new Int32Array(FOUND_CAPACITY * 2);

  private constructor(parts: {
    table: Uint16Array;
    nodes: Int32Array;
    baseShift: number;
    fail: Int32Array;
    outputAt: Int32Array;
    outputs: Int32Array;
    rootNext: Int32Array;
    firstWords: Int32Array;
    continuations: Int32Array;
    wholePattern: Uint8Array;
    patternLengths: Int32Array;
  }) {
    this.table = parts.table;
    this.nodes = parts.nodes;
    this.baseShift = parts.baseShift;
    this.checkMask = (1 << parts.baseShift) - (1 << CHECK_SHIFT);
    this.fail = parts.fail;
    this.outputAt = parts.outputAt;
    this.outputs = parts.outputs;
    this.rootNext = parts.rootNext;
    this.firstWords = parts.firstWords;
    this.continuations = parts.continuations;
    this.wholePattern = parts.wholePattern;
    this.patternLengths = parts.patternLengths;
  }

  /** Builds the automaton; `patterns` must already be folded (see `foldString`). Empty patterns never match. */
  static build(patterns: readonly string[]): Automaton {
    const fold = foldTable();
    const kinds = boundaryKinds();

    // Classes: frequent characters get small numbers, which keeps the double array dense.
    const frequency = new Int32Array(0x10000);
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i += 1) {
        const code = pattern.charCodeAt(i);
        frequency[code] = (frequency[code] as number) + 1;
      }
    }
    const used: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if ((frequency[code] as number) > 0) used.push(code);
    const classCount = used.length + 1;
    if (classCount > MAX_CLASSES) throw new Error(`dictionary patterns use ${classCount - 1} distinct characters; the automaton holds ${MAX_CLASSES - 1}`);
    const classOfFolded = new Int32Array(0x10000);
    used
      .sort((a, b) => (frequency[b] as number) - (frequency[a] as number) || a - b)
      .forEach((code, index) => {
        classOfFolded[code] = index + 1;
      });

    const trie = buildTrie(patterns, classOfFolded, classCount, kinds);
    const { order, fail: nodeFail } = failureLinks(trie);
    const { nodeCount, childStart, children, edgeClass } = trie;

    // Double-array placement in breadth-first order: each node's children sit at base + class. Free
    // slots are found through a "next free slot" forest with path compression, so occupied runs
    // are skipped instead of scanned.
    let base = new Int32Array(Math.ceil(nodeCount * SLACK) + classCount).fill(0);
    let check = new Int32Array(base.length).fill(FREE);
    let nextFree = new Int32Array(base.length);
    for (let index = 0; index < nextFree.length; index += 1) nextFree[index] = index;
    // Offsets already given to a node as its base: no two nodes share one (see `nodes`).
    let baseTaken = new Int32Array(base.length);
    const ensure = (size: number) => {
      if (size < check.length) return;
      const oldLength = check.length;
      base = grow(base, size + 1, 0);
      check = grow(check, size + 1, FREE);
      baseTaken = grow(baseTaken, size + 1, 0);
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
    // A node's children are `children[first, last)`, by ascending class.
    const fits = (offset: number, first: number, last: number) => {
      for (let k = first; k < last; k += 1) if (check[offset + (edgeClass[children[k] as number] as number)] !== FREE) return false;
      return true;
    };
    const slotOf = new Int32Array(nodeCount);
    /** Per class: where the search for a single child of that class resumes. */
    const singleFrom = new Int32Array(classCount);
    occupy(0, 0);
    for (const node of order) {
      const first = childStart[node] as number;
      const last = childStart[node + 1] as number;
      if (first === last) continue;
      const lowest = edgeClass[children[first] as number] as number;
      const highest = edgeClass[children[last - 1] as number] as number;
      // A node with one child (most of them: the tails of names) fits at the first free slot whose
      // base is not taken; both only get scarcer as placement goes on, so the search for the next
      // node whose child has the same class resumes where the last one ended (same slots, less search).
      const single = last - first === 1;
      let slot = findFree(single ? Math.max(lowest + 1, singleFrom[lowest] as number) : lowest + 1);
      let offset = slot - lowest;
      for (;;) {
        if (baseTaken[offset] === 0) {
          ensure(offset + highest + classCount + 1);
          if (fits(offset, first, last)) break;
        }
        slot = findFree(slot + 1);
        offset = slot - lowest;
      }
      if (single) singleFrom[lowest] = slot;
      const parentSlot = slotOf[node] as number;
      base[parentSlot] = offset;
      baseTaken[offset] = 1;
      for (let k = first; k < last; k += 1) {
        const child = children[k] as number;
        occupy(offset + (edgeClass[child] as number), parentSlot);
        slotOf[child] = offset + (edgeClass[child] as number);
      }
    }

    const endsInWord = Uint8Array.from(patterns, (pattern) => (pattern.length > 0 && kinds[pattern.charCodeAt(pattern.length - 1)] !== NOT_WORD ? 1 : 0));
    const size = base.length;
    const fail = new Int32Array(size);
    const out = new Int32Array(size).fill(-1);
    const dict = new Int32Array(size).fill(-1);
    // Per slot, whether it or a suffix ends a pattern with a free end (breadth-first, like `dict`).
    const freeEnd = new Uint8Array(size);
    for (const node of order) {
      const slot = slotOf[node] as number;
      const failSlot = slotOf[nodeFail[node] as number] as number;
      const output = trie.output[node] as number;
      fail[slot] = failSlot;
      out[slot] = output;
      // The failure target was visited earlier in breadth-first order, so its own links are final.
      if (node === 0) continue;
      dict[slot] = (out[failSlot] as number) >= 0 ? failSlot : (dict[failSlot] as number);
      freeEnd[slot] = (output >= 0 && endsInWord[output] === 0) || freeEnd[failSlot] === 1 ? 1 : 0;
    }
    const firstHit = new Int32Array(size);
    for (let slot = 0; slot < size; slot += 1) firstHit[slot] = (out[slot] as number) >= 0 ? slot : (dict[slot] as number);
    const outputAt = new Int32Array(size);
    let outputCount = 0;
    for (let slot = 0; slot < size; slot += 1) {
      if ((firstHit[slot] as number) < 0) continue;
      outputAt[slot] = outputCount;
      for (let hit = firstHit[slot] as number; hit >= 0; hit = dict[hit] as number) outputCount += 1;
      outputCount += 1;
    }
    const outputs = new Int32Array(outputCount);
    for (let slot = 0; slot < size; slot += 1) {
      if ((firstHit[slot] as number) < 0) continue;
      let at = outputAt[slot] as number;
      for (let hit = firstHit[slot] as number; hit >= 0; hit = dict[hit] as number) {
        const pattern = out[hit] as number;
        outputs[at] = (pattern << 1) | (endsInWord[pattern] as number);
        at += 1;
      }
      outputs[at] = -1;
    }
    const baseShift = CHECK_SHIFT + Math.max(1, 32 - Math.clz32(classCount - 1));
    if (size >= 2 ** (32 - baseShift)) throw new Error(`the automaton needs ${size} slots; with ${classCount - 1} distinct characters it holds ${2 ** (32 - baseShift) - 1}`);
    // Slot 0 is the root: no incoming class. Leaves keep base 0, which no node with children gets
    // (a base is at least 1), so a step from a leaf never passes the check.
    const incoming = new Int32Array(size);
    for (const node of order) if (node !== 0) incoming[slotOf[node] as number] = edgeClass[node] as number;
    const nodes = new Int32Array(size);
    for (let slot = 0; slot < size; slot += 1) {
      nodes[slot] = ((base[slot] as number) << baseShift) | ((incoming[slot] as number) << CHECK_SHIFT) | ((firstHit[slot] as number) >= 0 ? HAS_OUTPUT : 0) | (freeEnd[slot] === 1 ? HAS_FREE_END : 0);
    }
    const rootNext = new Int32Array(classCount);
    for (let k = childStart[0] as number; k < (childStart[1] as number); k += 1) {
      const child = children[k] as number;
      rootNext[edgeClass[child] as number] = slotOf[child] as number;
    }

    const table = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code += 1) {
      const cls = classOfFolded[fold[code] as number] as number;
      table[code] = (cls << CLASS_SHIFT) | ((rootNext[cls] as number) > 0 ? ROOT_EDGE : 0) | (kinds[code] as number);
    }
    // Patterns that start with a word character: the hash of their first word, as `scan` computes it.
    const firstWords = new Int32Array(1 << (FILTER_BITS - 4));
    const continuations = new Int32Array(1 << (FILTER_BITS - 5));
    // Patterns that start with any other character: those of one character (the trie's edges tell the rest).
    const wholePattern = new Uint8Array(classCount);
    for (const pattern of patterns) {
      if (pattern.length > 0 && kinds[pattern.charCodeAt(0)] === NOT_WORD) {
        if (pattern.length === 1) wholePattern[classOfFolded[pattern.charCodeAt(0)] as number] = 1;
        continue;
      }
      let hash = 0;
      let i = 0;
      while (i < pattern.length && kinds[pattern.charCodeAt(i)] !== NOT_WORD) {
        hash = (hash << WORD_HASH_SHIFT) ^ (classOfFolded[pattern.charCodeAt(i)] as number);
        i += 1;
      }
      if (i === 0) continue;
      const slot = firstWordBit(hash);
      if (pattern.length <= i + 1) {
        firstWords[slot >>> 4] = (firstWords[slot >>> 4] as number) | (WHOLE_WORD << ((slot & 15) << 1));
      } else {
        firstWords[slot >>> 4] = (firstWords[slot >>> 4] as number) | (LEAD_WORD << ((slot & 15) << 1));
        const bit = continuationBit(hash, classOfFolded[pattern.charCodeAt(i)] as number, classOfFolded[pattern.charCodeAt(i + 1)] as number);
        continuations[bit >>> 5] = (continuations[bit >>> 5] as number) | (1 << (bit & 31));
      }
    }
    const patternLengths = Int32Array.from(patterns, (pattern) => pattern.length);
    return new Automaton({ table, nodes, baseShift, fail, outputAt, outputs, rootNext, firstWords, continuations, wholePattern, patternLengths });
  }

  /**
   * Every occurrence of every pattern inside `text[from, to)` that stands as a word (starts where a
   * word may start; a pattern ending with a word character is not followed by one, even past `to`),
   * as a flat list of (pattern index, end offset) pairs in order of end; the start is
   * `end - patternLengths[pattern]`. The list is only valid until this automaton's next scan.
   */
  scan(text: string, from = 0, to = text.length): Int32Array {
    const { table, nodes, baseShift, checkMask, fail, outputAt, outputs, rootNext, firstWords, continuations, wholePattern } = this;
    const length = text.length;
    let found = this.found;
    let count = 0;
    let steps = to - from;
    let previousKind = from > 0 ? (table[text.charCodeAt(from - 1)] as number) & KIND_MASK : NOT_WORD_KIND;
    let i = from;
    while (i < to) {
      // At the root: skip characters no pattern starts with in a loop of their own (one load and one
      // test each: spaces, most punctuation and most Han characters), then characters inside a word.
      let entry = table[text.charCodeAt(i)] as number;
      if ((entry & ROOT_EDGE) === 0) {
        previousKind = entry & KIND_MASK;
        i += 1;
        while (i < to) {
          entry = table[text.charCodeAt(i)] as number;
          if ((entry & ROOT_EDGE) !== 0) break;
          previousKind = entry & KIND_MASK;
          i += 1;
        }
        if (i >= to) break;
      }
      const kind = entry & KIND_MASK;
      if (kind !== NOT_WORD_KIND && previousKind !== NOT_WORD_KIND && (previousKind !== DIGIT_KIND || kind !== LETTER_KIND)) {
        previousKind = kind;
        i += 1;
        continue;
      }
      if (kind !== NOT_WORD_KIND && previousKind === NOT_WORD_KIND) {
        // A word starts here. A pattern that starts with a word character and matches here begins
        // with this whole word (it either ends with the word or goes on with a character that is not
        // a word character), so the word is hashed as it is read and the trie is entered only when
        // some pattern begins with that word (and, for longer patterns, the two characters after
        // it). Otherwise the scan resumes after the word, unless a digit is glued to a letter inside
        // it ("1,200BTC"), where a name may start again.
        let hash = 0;
        let j = i;
        let runEntry = entry;
        let runKind = kind;
        let gluedStart = 0;
        for (;;) {
          hash = (hash << WORD_HASH_SHIFT) ^ (runEntry >>> CLASS_SHIFT);
          j += 1;
          if (j >= to) break;
          runEntry = table[text.charCodeAt(j)] as number;
          const runNext = runEntry & KIND_MASK;
          if (runNext === NOT_WORD_KIND) break;
          gluedStart |= (runKind >> 1) & runNext;
          runKind = runNext;
        }
        const slot = firstWordBit(hash);
        const wordBits = (firstWords[slot >>> 4] as number) >>> ((slot & 15) << 1);
        let mayMatch = (wordBits & WHOLE_WORD) !== 0;
        if (!mayMatch && (wordBits & LEAD_WORD) !== 0 && j + 1 < to) {
          const next = continuationBit(hash, (table[text.charCodeAt(j)] as number) >>> CLASS_SHIFT, (table[text.charCodeAt(j + 1)] as number) >>> CLASS_SHIFT);
          mayMatch = ((continuations[next >>> 5] as number) & (1 << (next & 31))) !== 0;
        }
        if (!mayMatch && gluedStart === 0) {
          previousKind = runKind;
          i = j;
          continue;
        }
        // The word's characters are read again, by the trie or at the root.
        steps += j - i;
        if (!mayMatch) {
          previousKind = kind;
          i += 1;
          continue;
        }
      } else if (kind === NOT_WORD_KIND && wholePattern[entry >>> CLASS_SHIFT] === 0) {
        // CJK, `$`, brackets: a name may start at any of them, so the trie's own edge for the next
        // character decides whether any pattern starts here (an exact test, as cheap as a filter).
        const second = i + 1 < to ? (table[text.charCodeAt(i + 1)] as number) >>> CLASS_SHIFT : 0;
        const afterFirst = ((nodes[rootNext[entry >>> CLASS_SHIFT] as number] as number) >>> baseShift) + second;
        if (second === 0 || ((nodes[afterFirst] as number) & checkMask) !== second << CHECK_SHIFT) {
          previousKind = kind;
          i += 1;
          continue;
        }
      }
      previousKind = kind;
      let state = rootNext[entry >>> CLASS_SHIFT] as number;
      // The state's entry, carried from the step that checked it: each step reads `nodes` once.
      let packed = nodes[state] as number;
      // Inside the trie until no suffix of what was read can go on; the character that ends it is
      // read again at the root.
      for (;;) {
        // The next character is read once: for the end boundary of what ends here, then for the step.
        const after = i + 1;
        const nextEntry = after < length ? (table[text.charCodeAt(after)] as number) : 0;
        if ((packed & HAS_OUTPUT) !== 0) {
          const nextInWord = (nextEntry & KIND_MASK) !== NOT_WORD_KIND;
          if (!nextInWord || (packed & HAS_FREE_END) !== 0) {
            for (let at = outputAt[state] as number; ; at += 1) {
              const output = outputs[at] as number;
              if (output < 0) break;
              steps += 1;
              if (nextInWord && (output & 1) === 1) continue;
              if (count + 2 > found.length) {
                const bigger = new Int32Array(found.length * 2);
                bigger.set(found);
                found = bigger;
                this.found = bigger;
              }
              found[count] = output >>> 1;
              found[count + 1] = i + 1;
              count += 2;
            }
          }
        }
        i = after;
        if (i >= to) break;
        const cls = nextEntry >>> CLASS_SHIFT;
        if (cls === 0) break;
        const edge = cls << CHECK_SHIFT;
        const next = (packed >>> baseShift) + cls;
        const nextPacked = nodes[next] as number;
        if ((nextPacked & checkMask) === edge) {
          state = next;
          packed = nextPacked;
        } else {
          // Follow failure links to the longest suffix state that has an edge for this class.
          let suffix = fail[state] as number;
          state = 0;
          while (suffix !== 0) {
            steps += 1;
            const candidate = ((nodes[suffix] as number) >>> baseShift) + cls;
            const candidatePacked = nodes[candidate] as number;
            if ((candidatePacked & checkMask) === edge) {
              state = candidate;
              packed = candidatePacked;
              break;
            }
            suffix = fail[suffix] as number;
          }
          if (state === 0) break;
        }
        previousKind = nextEntry & KIND_MASK;
      }
    }
    addWork(steps);
    return found.subarray(0, count);
  }
}
