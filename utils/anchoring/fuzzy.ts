/**
 * Approximate string matching with a bound on errors (insertions, deletions, substitutions), used
 * to re-anchor a quote in text that was edited since it was saved. Myers' bit-parallel algorithm
 * (1999), in 32-bit blocks so patterns of any length work: O(text × ⌈pattern / 32⌉).
 */

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

const WORD = 32;

/** Bit masks of where each character occurs in the pattern, one set of words per character. */
function patternMasks(pattern: string): Map<number, Int32Array> {
  const blocks = Math.ceil(pattern.length / WORD);
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Int32Array(blocks);
      masks.set(code, mask);
    }
    const word = (i / WORD) | 0;
    mask[word] = mask[word]! | (1 << i % WORD);
  }
  return masks;
}

/**
 * Runs the pattern over `text[from, to)` and calls `report(column, score)` after each character,
 * where score is the edit distance between the pattern and the best text piece ending there.
 * `anchored`: the piece must start at `from` (score is then the plain edit distance to `text[from, column]`).
 */
function scan(
  pattern: string,
  text: string,
  from: number,
  to: number,
  anchored: boolean,
  report: (column: number, score: number) => void,
): void {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const masks = patternMasks(pattern);
  const empty = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastBit = 1 << (m - 1) % WORD;
  let score = m;
  for (let j = from; j < to; j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? empty;
    // Horizontal delta entering the first block: +1 when the piece must start at `from`.
    let carry = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b]!;
      const p = pv[b]!;
      const mm = mv[b]!;
      const xv = eq | mm;
      if (carry < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const high = b === blocks - 1 ? lastBit : 1 << (WORD - 1);
      let out = 0;
      if (ph & high) out = 1;
      else if (mh & high) out = -1;
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | (carry < 0 ? 1 : 0);
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      carry = out;
    }
    score += carry;
    report(j, score);
  }
}

/** Edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let distance = a.length;
  scan(a, b, 0, b.length, true, (_, score) => {
    distance = score;
  });
  return distance;
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * Every place in `text[from, to)` where `pattern` occurs with at most `maxErrors` errors: one match
 * per occurrence, at its lowest error count.
 */
export function searchFuzzy(
  pattern: string,
  text: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): FuzzyMatch[] {
  if (pattern.length === 0) return [];
  // An occurrence shows as a run of consecutive end columns under the bound: keep its best column.
  const ends: Array<{ end: number; errors: number; last: number }> = [];
  scan(pattern, text, from, to, false, (column, score) => {
    if (score > maxErrors) return;
    const current = ends[ends.length - 1];
    if (current && column === current.last + 1) {
      current.last = column;
      if (score < current.errors) {
        current.errors = score;
        current.end = column + 1;
      }
      return;
    }
    ends.push({ end: column + 1, errors: score, last: column });
  });
  const reversedPattern = reverse(pattern);
  return ends.map(({ end, errors }) => {
    // Walk back from the end to find where the best piece starts.
    const windowStart = Math.max(from, end - pattern.length - maxErrors);
    const window = reverse(text.slice(windowStart, end));
    let bestLength = 0;
    let bestScore = Infinity;
    scan(reversedPattern, window, 0, window.length, true, (column, score) => {
      const length = column + 1;
      if (
        score < bestScore ||
        (score === bestScore && Math.abs(length - pattern.length) < Math.abs(bestLength - pattern.length))
      ) {
        bestScore = score;
        bestLength = length;
      }
    });
    return { start: end - bestLength, end, errors: Math.min(errors, bestScore) };
  });
}
