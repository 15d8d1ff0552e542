/**
 * One-character Unicode class tests by UTF-16 code, cached per code: the claim rules test the
 * characters around every cue and number, and a regular expression per character was a large share
 * of their cost. Each answer is the regular expression's own, on the one-unit string.
 */

/** Per UTF-16 code: 0 not yet asked, 1 in the class, 2 not in it. */
export function cachedClass(pattern: RegExp): (code: number) => boolean {
  const answers = new Uint8Array(0x10000);
  return (code) => {
    let answer = answers[code] as number;
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      answers[code] = answer;
    }
    return answer === 1;
  };
}

/** `\p{L}`: a letter of any script. */
export const isLetterCode = cachedClass(/\p{L}/u);

/** Letters, digits, apostrophes and hyphens: what a word is made of for the sense checks. */
export const isWordPartCode = cachedClass(/[\p{L}\p{N}'’-]/u);

