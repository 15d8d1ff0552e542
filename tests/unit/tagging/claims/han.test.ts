import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldHan, foldHanText, simplifiedCode } from '../../../../utils/tagging/claims/han';

describe('Han folding', () => {
  it('folds traditional characters to simplified ones and leaves everything else as written', () => {
    expect(foldHanText('預計將會漲')).toBe('预计将会涨');
    expect(foldHanText('比特币 will rise')).toBe('比特币 will rise');
    expect(foldHanText('')).toBe('');
  });

  it('folds any text one UTF-16 unit at a time, as foldHan and simplifiedCode fold each character', () => {
    const traditional = '將會為說們這來時間後預測還認為觀點個數說話應該';
    const piece = fc.oneof(fc.constantFrom(...traditional), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const folded = foldHanText(text);
        expect(folded.length).toBe(text.length);
        for (let i = 0; i < text.length; i += 1) {
          const code = text.charCodeAt(i);
          expect(folded.charCodeAt(i)).toBe(simplifiedCode(code));
          if (code < 0xd800 || code > 0xdfff) expect(folded[i]).toBe(foldHan(text[i] as string));
        }
      }),
    );
  });
});
