/** Runs the tagger over gold articles and prints precision/recall/F1 per kind and language, speaker and stance accuracy. */
import { tagText } from '../../../utils/tagging';
import { addScores, emptyScore, f1, precision, recall, scoreArticle, type Counts, type Score } from './evaluate';
import type { GoldArticle } from './gold';

export { f1 };

function cell(counts: Counts): string {
  return `${precision(counts).toFixed(2)}/${recall(counts).toFixed(2)}/${f1(counts).toFixed(2)}`;
}

export function ratio(part: { correct: number; total: number }): string {
  return part.total === 0 ? 'n/a' : `${((100 * part.correct) / part.total).toFixed(0)}% of ${part.total}`;
}

export function evaluate(articles: GoldArticle[], showErrors: boolean): Map<string, Score> {
  const byLang = new Map<string, Score>();
  const total = emptyScore();
  for (const article of articles) {
    const { score, errors } = scoreArticle(article, tagText(article.text, { lang: article.lang }));
    addScores(byLang.get(article.lang) ?? byLang.set(article.lang, emptyScore()).get(article.lang)!, score);
    addScores(total, score);
    if (showErrors) {
      const lines = [
        ...errors.missedEntities.map((entity) => `  missed ${entity.kind} "${entity.text}"`),
        ...errors.spuriousEntities.map((entity) => `  spurious ${entity.kind} "${entity.text}" (${entity.reason ?? entity.id})`),
        ...errors.missedClaims.map((claim) => `  missed claim "${claim.text.slice(0, 60)}"`),
        ...errors.spuriousClaims.map((claim) => `  spurious claim "${claim.text.slice(0, 60)}"`),
        ...errors.wrongSpeakers.map(({ gold, tagged }) => `  speaker ${tagged.speaker ?? '-'} ≠ ${gold.speaker ?? '-'}`),
        ...errors.wrongStances.map(({ gold, tagged }) => `  stance ${tagged.stance ?? 'neutral'} ≠ ${gold.stance ?? 'neutral'} "${gold.text.slice(0, 60)}"`),
      ];
      if (lines.length > 0) console.log(`${article.file}\n${lines.join('\n')}`);
    }
  }
  byLang.set('all', total);
  return byLang;
}

export function report(split: string, byLang: Map<string, Score>): void {
  const rows = [...byLang.entries()].map(([lang, score]) =>
    [lang.padEnd(6), cell(score.entity), cell(score.token), cell(score.company), cell(score.claim), ratio(score.speaker), ratio(score.stance)].join('  '),
  );
  console.log(
    [`tagging quality, ${split} (P/R/F1)`, `lang    entity          token           company         claim           speaker     stance`, ...rows].join('\n'),
  );
}

