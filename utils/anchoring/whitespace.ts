/**
 * The whitespace rule shared by the live-page text index and by article alignment: the same
 * characters JavaScript's `\s` matches, so a run of them means the same thing as in extraction's
 * `replace(/\s+/g, ' ')`.
 */

/** True for every UTF-16 code unit `\s` matches. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** Text without any whitespace, and for each of its characters the index it had in `text`. */
export interface CompactText {
  text: string;
  /** `origin[i]` is the index in the source string of `text[i]`. */
  origin: Uint32Array;
}

/** Removes all whitespace, remembering where each kept character came from. */
export function compact(text: string): CompactText {
  const origin = new Uint32Array(text.length);
  let kept = 0;
  const parts: string[] = [];
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespaceCode(text.charCodeAt(i))) {
      if (runStart >= 0) {
        parts.push(text.slice(runStart, i));
        runStart = -1;
      }
    } else {
      if (runStart < 0) runStart = i;
      origin[kept++] = i;
    }
  }
  if (runStart >= 0) parts.push(text.slice(runStart));
  return { text: parts.join(''), origin: origin.subarray(0, kept) };
}

/** Number of non-whitespace characters in `text` before index `end`. */
export function countVisible(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (!isWhitespaceCode(text.charCodeAt(i))) count++;
  return count;
}
