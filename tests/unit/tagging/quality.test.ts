/**
 * Tagger quality on the dev gold articles (every site language): prints precision/recall/F1 per kind
 * and language, speaker and stance accuracy. Per-file errors with TAGGING_DEBUG=1. The held-out gate,
 * which asserts the thresholds, is `npm run test:quality`.
 */
import { describe, expect, it } from 'vitest';
import { loadGold } from './gold';
import { evaluate, report } from './quality-report';

describe('tagging quality', () => {
  it('dev split: covers every site language and prints precision, recall and F1 per kind and language', () => {
    const articles = loadGold('dev');
    expect(new Set(articles.map((article) => article.lang))).toEqual(new Set(['zh-CN', 'zh-TW', 'en', 'fr', 'ja', 'ko', 'vi']));
    const byLang = evaluate(articles, process.env.TAGGING_DEBUG === '1');
    report('dev', byLang);
    expect(byLang.get('all')?.entity.tp).toBeGreaterThan(0);
  });
});
