import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../utils/tagging/claims';

/** An article body after a title line (the first line of a text is its title, never a claim). */
function texts(body: string): string[] {
  return findClaims(`タイトル\n\n${body}`, { lang: 'ja', entities: [] }).map((claim) => claim.text);
}

describe('Japanese claims', () => {
  it('"半値以下に" is a quantity ("or less"), not the announcement "以下に示す"', () => {
    const sentence = '国内企業10社のうち7社の株価が、6月の高値から半値以下に下落した。';
    expect(texts(sentence)).toEqual([sentence]);
    expect(texts('以下に主な発言を示す。')).toEqual([]);
  });

  it('counts in 割 and counters such as 種類 and カ月 are figures', () => {
    expect(texts('出来高が前週より約2割減った。')).toEqual(['出来高が前週より約2割減った。']);
    expect(texts('これで取扱銘柄は12種類となった。')).toEqual(['これで取扱銘柄は12種類となった。']);
  });

  it('a condition with its consequence and a dated plan look ahead (実現すれば…課される, 来春には)', () => {
    expect(texts('改正が実現すれば、交換業者には情報開示の義務が課される。')).toHaveLength(1);
    expect(texts('来春には新しい発行基盤にも対応します。')).toHaveLength(1);
  });

  it('evaluative adjectives make a judgement (関心は依然として高い, 追い風です)', () => {
    expect(texts('一方で、海外投資家の関心は依然として高い。')).toHaveLength(1);
    expect(texts('大手が入ってくるのは追い風です。')).toHaveLength(1);
  });

  it('秘密鍵 (a private key) is no "key" judgement', () => {
    expect(texts('協会は秘密鍵の管理に関する規則を改正した。')).toEqual([]);
  });

  it('splits at "…が、" only when each side is a claim on its own', () => {
    const sentence = '主にポリゴンを使っていますが、今の段階ではこれが最も現実的だと判断しました。';
    expect(texts(sentence)).toEqual([sentence]);
    expect(texts('売却益は最大55％の課税対象となっているが、20％の分離課税が適用される可能性がある。')).toHaveLength(2);
  });
});
