/**
 * Extraction on hostile and broken pages: markup in the page's text stays text, addresses that are
 * not web addresses never become metadata, broken pages give an article or a clear refusal, and no
 * page — however malformed — makes extraction throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractedArticleSchema } from '../../../utils/messaging/schemas';
import * as v from 'valibot';
import { extractArticle } from '../../../utils/extract';
import { BIDI_OVERRIDE, LONG_WORD, VISIBLE_IMG_PAYLOAD, ZERO_WIDTH_SPACE } from '../../fixtures/pages/hostile-text';
import { articleOf, articlePage, extractedFixture, extractFixture, extractPage, loadDocument } from './helpers';

const URL = 'https://www.techflowpost.com/en-US/article/7100';

describe('a page whose text is hostile', () => {
  const article = extractedFixture('en-US-hostile');

  it('keeps markup in the title, credits and paragraphs as literal text', () => {
    expect(article.title).toContain(VISIBLE_IMG_PAYLOAD);
    expect(article.title).toContain('<script>');
    expect(article.text).toContain(`2026 ${VISIBLE_IMG_PAYLOAD}`);
    expect(article.text).toContain("javascript:(self.tfaPwned");
    expect(article.authors.join(' ')).toContain('<script>');
  });

  it('keeps bidi overrides, zero-width characters and the 5,000-letter word as they are in the page', () => {
    expect(article.title).toContain(BIDI_OVERRIDE);
    expect(article.text).toContain(`Bit${ZERO_WIDTH_SPACE}coin`);
    expect(article.text).toContain(LONG_WORD);
  });

  it('drops a javascript: source link and a javascript: cover, and the article passes the message schema', () => {
    expect(article.sourceUrl).toBeUndefined();
    expect(article.coverUrl).toBeUndefined();
    expect(v.safeParse(ExtractedArticleSchema, article).success).toBe(true);
  });

  it('keeps only web addresses from credit lines and cover images', () => {
    const page = (href: string, cover: string) =>
      articlePage({
        lang: 'en',
        title: 'Links',
        credits: `<span>Original link: <a href="${href}">the original</a></span>`,
        body: '<p>Spot bitcoin ETFs took in two billion dollars this week, and Ethereum funds followed.</p>',
      }).replace('</head>', `<meta property="og:image" content="${cover}"></head>`);
    const hostile = articleOf(extractPage(page('javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>'), URL));
    expect(hostile.sourceUrl).toBeUndefined();
    expect(hostile.coverUrl).toBeUndefined();
    const ordinary = articleOf(extractPage(page('https://example.com/original', 'https://image.techflowpost.com/c.jpg'), URL));
    expect(ordinary.sourceUrl).toBe('https://example.com/original');
    expect(ordinary.coverUrl).toBe('https://image.techflowpost.com/c.jpg');
  });
});

describe('broken pages give an article or a clear refusal', () => {
  it('malformed HTML: the article is what the repaired body holds', () => {
    const article = extractedFixture('en-US-malformed');
    expect(article.text).toContain('I expect Bitcoin to reach 150,000 dollars by the end of 2026');
    expect(article.text).toContain('& copy;');
  });

  it('an empty body element: "no content", with a message', () => {
    expect(extractFixture('en-US-empty').result).toMatchObject({ ok: false, reason: 'no-content', message: expect.any(String) });
  });

  it('Readability misled by a longer block: the body element is read instead', () => {
    const article = extractedFixture('en-US-readability-fails');
    expect(article.method).toBe('body-selector');
    expect(article.text).toContain('I expect Solana to double by the end of 2026.');
    expect(article.text).not.toContain('Related reading');
  });
});

/** Pieces of tag soup: unbalanced, misnested, unknown and void tags, entities, scripts and text. */
const soupPiece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<b>', '</i>', '<table>', '<td>', '</tr>', '<ul><li>', '<br>', '<h2>', '</h2>',
    '<script>var x = 1;</script>', '<style>p{}</style>', '<!--', '-->', '&amp', '&#xZZ;', '&nbsp;', '<img src=x>',
    '<a href="javascript:void 0">', '</a>', '<svg><p>', '<template>', '</template>', '<textarea>', '<noscript>',
    '\u202E', '\u200B', '\uFEFF', '\n\n',
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Bitcoin', 'Ethereum', 'Coinbase', 'I expect Solana to double by the end of 2026.', '比特币将在明年突破十万美元。'),
);

describe('extraction never throws', () => {
  it('on any tag soup inside the body element: an article or a refusal with a message', () => {
    fc.assert(
      fc.property(fc.array(soupPiece, { maxLength: 60 }), fc.boolean(), (pieces, withBodyElement) => {
        const soup = pieces.join('');
        const html = withBodyElement
          ? articlePage({ lang: 'en', title: 'Soup', body: soup })
          : `<html><body><main><h1>Soup</h1>${soup}</main></body></html>`;
        const result = extractArticle(loadDocument(html, URL), URL);
        if (result.ok) {
          expect(v.safeParse(ExtractedArticleSchema, result.article).success).toBe(true);
        } else {
          expect(result.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
