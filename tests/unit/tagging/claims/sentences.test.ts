import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClauses, splitLines, splitSentences } from '../../../../utils/tagging/claims/sentences';

function sentencesOf(text: string): string[] {
  return splitLines(text).flatMap((line) => splitSentences(text, line.start, line.end).map((span) => text.slice(span.start, span.end)));
}

function clausesOf(sentence: string): string[] {
  return splitClauses(sentence, { start: 0, end: sentence.length }).map((span) => sentence.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('splits Chinese text at full-width marks and keeps closing quotes with their sentence', () => {
    expect(sentencesOf('他说：“比特币会涨。”我不同意！真的吗？')).toEqual(['他说：“比特币会涨。”', '我不同意！', '真的吗？']);
  });

  it('keeps a French closing guillemet set off by a space with its sentence ("…à repartir. » Elle…")', () => {
    expect(sentencesOf('Elle est prudente : « Je ne pense pas que le marché reparte. » Elle n’exclut pas un repli.')).toEqual([
      'Elle est prudente : « Je ne pense pas que le marché reparte. »',
      'Elle n’exclut pas un repli.',
    ]);
    expect(sentencesOf('« C’est fini. »')).toEqual(['« C’est fini. »']);
  });

  it('does not split at decimal points, abbreviations, initials or dotted short forms', () => {
    expect(sentencesOf('BTC rose 3.5% after Mr. Powell spoke. J. Powell met the U.S. Treasury on Monday.')).toEqual([
      'BTC rose 3.5% after Mr. Powell spoke.',
      'J. Powell met the U.S. Treasury on Monday.',
    ]);
  });

  it('does not split before a lowercase word (e.g. "etc. and")', () => {
    expect(sentencesOf('Tokens, NFTs, etc. are covered. Next one.')).toEqual(['Tokens, NFTs, etc. are covered.', 'Next one.']);
  });

  it('keeps a leading list number out of the sentence instead of splitting at it', () => {
    expect(sentencesOf('1. Le marché va monter. 2) Ensuite, il baissera.')).toEqual(['Le marché va monter.', 'Ensuite, il baissera.']);
  });

  it('ends a sentence after "me." and "no." but not after "No." before a number', () => {
    expect(sentencesOf('Thanks for having me. Last year was big.')).toEqual(['Thanks for having me.', 'Last year was big.']);
    expect(sentencesOf('It ranked No. 1 in Asia. I said no. Then it rose.')).toEqual(['It ranked No. 1 in Asia.', 'I said no.', 'Then it rose.']);
  });

  it('never lets a sentence cross a line break', () => {
    expect(sentencesOf('Une phrase sans point\nUne autre.')).toEqual(['Une phrase sans point', 'Une autre.']);
  });

  it('treats an ellipsis followed by a capital as a sentence end', () => {
    expect(sentencesOf('On verra… Le marché décidera.')).toEqual(['On verra…', 'Le marché décidera.']);
  });
});

describe('splitClauses', () => {
  it('splits at semicolons (ASCII and full-width) without the mark', () => {
    expect(clausesOf('BTC will rise; ETH will fall.')).toEqual(['BTC will rise', 'ETH will fall.']);
    expect(clausesOf('比特币会涨；以太坊会跌。')).toEqual(['比特币会涨', '以太坊会跌。']);
  });

  it('splits at a comma followed by but / mais / 但 / nhưng, leaving the joining word out', () => {
    expect(clausesOf('Le BTC va monter, mais l’ETH va baisser.')).toEqual(['Le BTC va monter', 'l’ETH va baisser.']);
    expect(clausesOf('BTC looks strong, but ETH will lag.')).toEqual(['BTC looks strong', 'ETH will lag.']);
    expect(clausesOf('比特币会涨，但以太坊会跌。')).toEqual(['比特币会涨', '以太坊会跌。']);
    expect(clausesOf('Bitcoin sẽ tăng, nhưng Ethereum sẽ giảm.')).toEqual(['Bitcoin sẽ tăng', 'Ethereum sẽ giảm.']);
  });

  it('does not split "but also" / "mais aussi" or 不但, which join one claim', () => {
    expect(clausesOf('It is fast, but also cheap.')).toHaveLength(1);
    expect(clausesOf('C’est rapide, mais aussi bon marché.')).toHaveLength(1);
    expect(clausesOf('它不但快，而且便宜。')).toHaveLength(1);
  });
});

describe('splitSentences: the clause hint noted while splitting', () => {
  /** Pieces that make and unmake clause cuts: joiners, contrast words in any case, spaces of every kind. */
  const PIECES = [
    ';', '；', '，', ',', '、', 'が、', 'が', ':', '：', ' but ', 'But', 'BUT', 'bu', ' mais ', 'Mais', 'MAIS', 'ma', 'nhưng', 'Nhưng', 'NHƯNG', 'nh', '但', '但是', '不过', '不過',
    '可是', 'but also', 'mais aussi', '不但', ' ', '\u00a0', '\u3000', '\u2009', '\t', '。', '.', '?', '!', '…', 'る', 'た', 'I think', '我认为',
    '1. ', '- ', '\n',
  ];
  const sentenceText = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('a sentence noted as unable to join clauses never splits into more than one clause', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        for (const line of splitLines(text)) {
          for (const sentence of splitSentences(text, line.start, line.end)) {
            if (!sentence.mayJoinClauses) expect(splitClauses(text, sentence)).toHaveLength(1);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('notes the joiners it must: a semicolon, "が、" and a comma before but / mais / nhưng / 但 / 不过 / 可是', () => {
    for (const sentence of ['A; B.', 'A，但是 B。', 'A, BUT B.', 'A,\u3000mais B.', 'A, Nhưng B.', '対象となっているが、B。', 'A，不過 B。', 'A，可是 B。']) {
      expect(splitSentences(sentence, 0, sentence.length).map((span) => span.mayJoinClauses)).toEqual([true]);
    }
    for (const sentence of ['A, and B.', 'A, bitcoin B.', 'A, more B.', 'A, not B.']) {
      expect(splitSentences(sentence, 0, sentence.length).map((span) => span.mayJoinClauses)).toEqual([false]);
    }
  });
});
