import { describe, expect, it } from 'vitest';
import type { ClaimTag } from '../../../utils/tagging/types';
import { scoreArticle } from './evaluate';
import { parseGold, type GoldArticle } from './gold';

function article(markup: string): GoldArticle {
  return { file: 'dev/en-test.gold.txt', split: 'dev', lang: 'en', ...parseGold(markup) };
}

function claimOver(gold: GoldArticle, text: string, extra: Partial<ClaimTag> = {}): ClaimTag {
  const start = gold.text.indexOf(text);
  return { kind: 'claim', start, end: start + text.length, text, confidence: 0.9, subjects: [], cue: '', ...extra };
}

describe('scoreArticle: the guidelines’ decisions', () => {
  it('reads a gold speaker that is a marked organisation as no speaker (a speaker is always a person)', () => {
    const gold = article('<<speaker=SEC|An {{SEC|company}} spokesperson said approvals will come in May.>>');
    const { score } = scoreArticle(gold, [claimOver(gold, gold.text)]);
    expect(score.speaker).toEqual({ correct: 0, total: 0 });
    const wrong = scoreArticle(gold, [claimOver(gold, gold.text, { speaker: 'Gary' })]).score;
    expect(wrong.speaker).toEqual({ correct: 0, total: 1 });
  });

  it('still counts a person as the gold speaker', () => {
    const gold = article('<<speaker=Lauren Beck|Lauren Beck said the {{SEC|company}} will approve more ETFs.>>');
    expect(scoreArticle(gold, [claimOver(gold, gold.text, { speaker: 'Lauren Beck' })]).score.speaker).toEqual({ correct: 1, total: 1 });
    expect(scoreArticle(gold, [claimOver(gold, gold.text)]).score.speaker).toEqual({ correct: 0, total: 1 });
  });

  it('treats a missing stance as neutral, in gold and in the tagger’s output', () => {
    const gold = article('<<Inflows reached $1.2bn in May.>> <<stance=neutral|Outflows hit $300m in June.>>');
    const tagged = [claimOver(gold, 'Inflows reached $1.2bn in May.', { stance: 'neutral' }), claimOver(gold, 'Outflows hit $300m in June.')];
    expect(scoreArticle(gold, tagged).score.stance).toEqual({ correct: 2, total: 2 });
  });
});
