import { describe, expect, it } from 'vitest';
import { GoldSyntaxError, langOf, parseGold } from './gold';

describe('parseGold', () => {
  it('strips entity marks and records their spans in the plain text', () => {
    const gold = parseGold('Le {{BTC|token|Bitcoin}} et {{Coinbase|company}}.');
    expect(gold.text).toBe('Le BTC et Coinbase.');
    expect(gold.entities).toEqual([
      { start: 3, end: 6, text: 'BTC', kind: 'token', name: 'Bitcoin' },
      { start: 10, end: 18, text: 'Coinbase', kind: 'company' },
    ]);
  });

  it('reads claims with attributes and entities inside them', () => {
    const gold = parseGold('Zeng Ming :\n<<speaker=Zeng Ming; stance=bullish|Je pense que {{ETH|token|Ethereum}} va monter.>> Fin.');
    expect(gold.text).toBe('Zeng Ming :\nJe pense que ETH va monter. Fin.');
    expect(gold.claims).toEqual([
      { start: 12, end: 39, text: 'Je pense que ETH va monter.', speaker: 'Zeng Ming', stance: 'bullish' },
    ]);
    expect(gold.text.slice(gold.entities[0]!.start, gold.entities[0]!.end)).toBe('ETH');
  });

  it('reads a claim without attributes even when it contains a bar inside an entity mark', () => {
    const gold = parseGold('<<{{比特币|token|Bitcoin}}将在2027年前突破20万美元。>>');
    expect(gold.text).toBe('比特币将在2027年前突破20万美元。');
    expect(gold.claims[0]).toEqual({ start: 0, end: gold.text.length, text: gold.text });
  });

  it('rejects malformed marks instead of guessing', () => {
    expect(() => parseGold('{{BTC|coin}}')).toThrow(GoldSyntaxError);
    expect(() => parseGold('<<open')).toThrow(GoldSyntaxError);
    expect(() => parseGold('<<a <<b>> c>>')).toThrow(GoldSyntaxError);
    expect(() => parseGold('<<one\n\ntwo>>')).toThrow(GoldSyntaxError);
    expect(() => parseGold('<<mood=happy|text>>')).toThrow(GoldSyntaxError);
  });
});

describe('langOf', () => {
  it('reads the site language from the file name', () => {
    expect(langOf('zh-CN-podcast.gold.txt')).toBe('zh-CN');
    expect(langOf('fr-keynote.gold.txt')).toBe('fr');
    expect(() => langOf('de-x.gold.txt')).toThrow(GoldSyntaxError);
  });
});
