/** Small helpers the lexicons' word-sense checks share: the word before or after a match. */
import { isWordPartCode } from '../char-class';

/** The word right after `end` (skipping spaces), lowercased; "" at the end of the text or before punctuation. */
export function nextWord(text: string, end: number): string {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i += 1;
  const start = i;
  while (i < text.length && i - start < 40 && isWordPartCode(text.charCodeAt(i))) i += 1;
  return text.slice(start, i).toLowerCase();
}

/** The `n` words after `end`, lowercased, stopping at punctuation. */
export function nextWords(text: string, end: number, n: number): string[] {
  const words: string[] = [];
  let at = end;
  for (let k = 0; k < n; k += 1) {
    let i = at;
    while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i += 1;
    const start = i;
    while (i < text.length && i - start < 40 && isWordPartCode(text.charCodeAt(i))) i += 1;
    if (i === start) break;
    words.push(text.slice(start, i).toLowerCase());
    at = i;
  }
  return words;
}

/** The word right before `start` (skipping spaces), lowercased. */
export function previousWord(text: string, start: number): string {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i -= 1;
  const end = i;
  while (i > 0 && end - i < 40 && isWordPartCode(text.charCodeAt(i - 1))) i -= 1;
  return text.slice(i, end).toLowerCase();
}

/** Whether the match starts with an uppercase letter while not starting its sentence. */
export function capitalisedMidSentence(text: string, start: number): boolean {
  const first = text[start] ?? '';
  if (first === first.toLowerCase()) return false;
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i -= 1;
  if (i === 0) return false;
  const before = text[i - 1] ?? '';
  return !/[.!?。！？:："“«\n]/.test(before);
}
