import { describe, expect, it } from 'vitest';
import { foldsAlone, foldString, foldTable } from '../../../utils/tagging/fold';

describe('characters that fold alone', () => {
  it('counts Han, kana and Hangul as folding alone, and letters with a case, digits with a full-width form, apostrophes and spaces as not', () => {
    const alone = foldsAlone();
    for (const char of '比特币幣ビットコインびっと비트코인') expect(alone[char.charCodeAt(0)], char).toBe(1);
    for (const char of "bBＢｂ1１'’ 　") expect(alone[char.charCodeAt(0)], char).toBe(0);
  });

  it('never counts a code unit as folding alone when another unit folds to the same form (checked over the whole BMP)', () => {
    const alone = foldsAlone();
    const fold = foldTable();
    const sources = new Uint32Array(0x10000);
    for (let code = 0; code < 0x10000; code += 1) sources[fold[code] as number] = (sources[fold[code] as number] as number) + 1;
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if ((alone[code] === 1) !== (sources[fold[code] as number] === 1)) wrong.push(code);
    expect(wrong).toEqual([]);
    expect(alone.length).toBe(0x10000);
  });

  it('means a text matching a folded name made of such characters is that name as written', () => {
    const alone = foldsAlone();
    const fold = foldTable();
    // Every code unit that folds to what 比, ビ or 비 folds to is that unit itself.
    for (const char of '比ビ비') {
      const sources = [];
      for (let code = 0; code < 0x10000; code += 1) if (fold[code] === fold[char.charCodeAt(0)]) sources.push(code);
      expect(sources).toEqual([char.charCodeAt(0)]);
      expect(alone[char.charCodeAt(0)]).toBe(1);
    }
    expect(foldString('比特币')).toBe('比特币');
  });
});
