import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../../utils/extract/meta-lines';
import { startsCapitalisedOrDigit } from '../../../utils/extract/speakers';
import { structureArticle } from '../../../utils/extract/structure';
import type { ExtractedArticle } from '../../../utils/extract/types';
import type { TextRules } from '../../../utils/site/adapter';
import { techflowTextRules } from '../../../utils/site/techflow-text';
import { articleOf, articlePage, extractPage, paragraphs } from './helpers';

function transcript(lang: string, locale: string, body: string): ExtractedArticle {
  return articleOf(extractPage(articlePage({ lang, title: 'Podcast', body }), `https://www.techflowpost.com/${locale}/article/6001`));
}

function turns(article: ExtractedArticle): Array<[string | undefined, string]> {
  return article.blocks.filter((block) => block.type === 'paragraph').map((block) => [block.speaker, block.text]);
}

describe('speaker turns', () => {
  it('carries a label alone on its line to the paragraphs that follow, until the next label', () => {
    const article = transcript('en', 'en-US', paragraphs(
      'Guests: Priya Nair; Tom Lee', 'Host: Ben Carter',
      'Priya Nair:', 'Stablecoins are the killer app.', 'Yields will fall this year.',
      'Tom Lee:', 'I expect Bitcoin to reach 150,000 dollars.',
    ));
    expect(turns(article)).toEqual([
      ['Priya Nair', 'Stablecoins are the killer app.'],
      ['Priya Nair', 'Yields will fall this year.'],
      ['Tom Lee', 'I expect Bitcoin to reach 150,000 dollars.'],
    ]);
    expect(article.blocks.filter((block) => block.type === 'speaker-label').map((block) => block.text)).toEqual(['Priya Nair:', 'Tom Lee:']);
  });

  it('splits an inline "Name : text" turn into its label and its words', () => {
    const article = transcript('fr', 'fr-FR', paragraphs(
      'Invités : Léa Marchand', 'Léa Marchand : Je reste haussière sur l\'ETH.', 'Et sur le SOL aussi.',
    ));
    expect(article.blocks.map((block) => [block.type, block.speaker, block.text])).toEqual([
      ['speaker-label', 'Léa Marchand', 'Léa Marchand :'],
      ['paragraph', 'Léa Marchand', 'Je reste haussière sur l\'ETH.'],
      ['paragraph', 'Léa Marchand', 'Et sur le SOL aussi.'],
    ]);
  });

  it('reads "主持人 Name：text" as the host speaking, and "主持人：" alone as the only host', () => {
    const article = transcript('zh-CN', 'zh-CN', paragraphs(
      '主持人：Jack Lin', '主持人 Jack：欢迎收听本期节目。', '陈墨：', '谢谢。', '主持人：', '我们开始吧。', '陈墨：', '好的。',
    ));
    expect(turns(article)).toEqual([
      ['Jack Lin', '欢迎收听本期节目。'],
      ['陈墨', '谢谢。'],
      ['Jack Lin', '我们开始吧。'],
      ['陈墨', '好的。'],
    ]);
  });

  it('takes a repeated label for a speaker even when the header names nobody', () => {
    const article = transcript('zh-CN', 'zh-CN', paragraphs('Kevin：', '我看好以太坊。', 'Alice：', '我不同意。', 'Kevin：', '那我们明年见。', 'Alice：', '好。'));
    expect(turns(article).map(([speaker]) => speaker)).toEqual(['Kevin', 'Alice', 'Kevin', 'Alice']);
  });

  it('does not take a one-off line ending with a colon for a speaker', () => {
    const article = transcript('fr', 'fr-FR', paragraphs(
      'Le discours de Zeng Ming portait sur les cryptomonnaies et l\'intelligence artificielle.',
      'Voici l\'intégralité du discours :',
      'Aujourd\'hui, je souhaite partager avec vous quelques réflexions sur Web3.',
      'Note : ce texte a été traduit.',
      'Bitcoin : la première application de la blockchain.',
    ));
    expect(article.blocks.every((block) => block.type === 'paragraph' && block.speaker === undefined)).toBe(true);
  });

  it('gives summary sections no speaker, and starts attributing after the next heading', () => {
    const article = transcript('zh-CN', 'zh-CN', [
      paragraphs('嘉宾：陈墨'),
      '<p><strong>要点总结</strong></p>',
      paragraphs('陈墨：以太坊会成为结算层。'),
      '<h2>正文</h2>',
      paragraphs('陈墨：', '以太坊会成为结算层。'),
    ].join(''));
    expect(turns(article)).toEqual([
      [undefined, '陈墨：以太坊会成为结算层。'],
      ['陈墨', '以太坊会成为结算层。'],
    ]);
    expect(article.blocks[0]).toMatchObject({ type: 'heading', text: '要点总结', level: 3 });
  });

  it('resets the speaker at a section heading', () => {
    const article = transcript('en', 'en-US', paragraphs('Guest: Priya Nair', 'Priya Nair:', 'First answer.').concat('<h2>Next topic</h2>', paragraphs('An editor\'s note between sections.')));
    expect(turns(article)).toEqual([['Priya Nair', 'First answer.'], [undefined, "An editor's note between sections."]]);
  });

  it('splits "Name：<br>text" inside one paragraph', () => {
    const article = transcript('ja', 'ja-JP', '<p><strong>中村：</strong><br>信頼です。</p><p><strong>中村：</strong><br>中立です。</p>');
    expect(turns(article)).toEqual([['中村', '信頼です。'], ['中村', '中立です。']]);
  });

  it('never reads list items or headings as turns', () => {
    const article = transcript('en', 'en-US', '<p>Guest: Priya Nair</p><ul><li>Priya Nair: yields will fall.</li></ul><h3>Priya Nair: the interview</h3><p>Plain text that follows the list.</p>');
    expect(article.blocks.map((block) => [block.type, block.speaker])).toEqual([
      ['list-item', undefined],
      ['heading', undefined],
      ['paragraph', undefined],
    ]);
  });
});

describe('speaker labels in a long transcript', () => {
  it('works out what each written label says once, however many turns repeat it', () => {
    const asked: string[] = [];
    const rules: TextRules = {
      ...techflowTextRules,
      speakerRole(label) {
        asked.push(label);
        return techflowTextRules.speakerRole(label);
      },
    };
    const turnsOf = (speaker: string) => Array.from({ length: 20 }, (_, i) => ({ kind: 'paragraph' as const, bold: false, text: `${speaker} : réponse numéro ${i}.` }));
    const structured = structureArticle({
      lines: [...turnsOf('Léa Marchand'), ...turnsOf('Animateur Paul')],
      title: 'Podcast',
      rules,
      meta: emptyMeta(),
    });
    expect(asked.sort()).toEqual(['Animateur Paul', 'Léa Marchand']);
    const labels = structured.blocks.filter((block) => block.type === 'speaker-label');
    expect(labels).toHaveLength(40);
    expect(labels.at(-1)?.speaker).toBe('Paul');
  });
});

describe('startsCapitalisedOrDigit', () => {
  it('agrees with the Unicode capital-letter-or-number pattern on any word (property)', () => {
    const first = fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom('É', 'é', 'Ł', 'Ω', 'ω', '٣', 'Ⅻ', '𝐀', '😀', '深', 'ア'));
    fc.assert(
      fc.property(first, fc.string({ maxLength: 6 }), (start, rest) => {
        const word = start + rest;
        expect(startsCapitalisedOrDigit(word)).toBe(/^[\p{Lu}\p{N}]/u.test(word));
      }),
      { numRuns: 2_000 },
    );
  });
});
