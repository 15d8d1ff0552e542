/**
 * The reading order's identity check: on every page the well-formed check accepts, the article read
 * from the body element alone (drawn first) is Readability's article (saved) block for block, so
 * the drawn mentions — ranges, kinds and ids — are the same as drawing from Readability's.
 * Runs over every page fixture and variants of each made by editing its DOM.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ArticleAlignment } from '../../../utils/anchoring/article-alignment';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { extractArticle, extractFromBody } from '../../../utils/extract';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { findArticleRoot } from '../../../utils/reading/article-root';
import { placeTags } from '../../../utils/reading/mentions';
import { isWellFormedTechflowArticle } from '../../../utils/site/techflow-page';
import { techflow } from '../../../utils/site/techflow';
import { analyseArticle } from '../../../utils/tagging/analyse';
import { pageFixtures, readPageHtml, type PageFixture } from '../../fixtures/pages/fixtures';

type Edit = (doc: Document) => void;

function body(doc: Document): Element {
  return doc.querySelector('div.art_detail_content')!;
}

function append(doc: Document, parent: Element | null, tag: string, text: string, attributes: Record<string, string> = {}): Element {
  const element = doc.createElement(tag);
  element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent?.append(element);
  return element;
}

function firstParagraph(doc: Document): Element {
  return body(doc).querySelector('p') ?? append(doc, body(doc), 'p', 'Bitcoin rose.');
}

/** Edits a page may plausibly show while keeping the template: the check may accept these. */
const TEMPLATE_EDITS: Record<string, Edit> = {
  'as served': () => undefined,
  'no lead': (doc) => doc.querySelector('div.quote')?.remove(),
  'short lead sentence': (doc) => {
    const quote = doc.querySelector('div.quote') ?? append(doc, null, 'div', '', { class: 'quote' });
    quote.textContent = 'Bitcoin moved. Ethereum followed.';
    if (!quote.isConnected) body(doc).before(quote);
  },
  'lead repeats the first paragraph': (doc) => {
    const quote = doc.querySelector('div.quote');
    if (quote) quote.textContent = firstParagraph(doc).textContent;
  },
  'long lead': (doc) => {
    const quote = doc.querySelector('div.quote');
    if (quote) quote.textContent = `${quote.textContent} `.repeat(4);
  },
  'credit lines in the info bar': (doc) => {
    const info = doc.querySelector('div.art_info');
    if (info) append(doc, info, 'span', 'Author: Jane Doe. Editor: Li Wei.');
  },
  'no title element': (doc) => doc.querySelector('article h1')?.remove(),
  'title element differs from the document title': (doc) => {
    const h1 = doc.querySelector('article h1');
    if (h1) h1.textContent = 'Solana and Coinbase: a different headline.';
  },
  'one paragraph': (doc) => {
    const paragraphs = Array.from(body(doc).children);
    for (const extra of paragraphs.slice(1)) extra.remove();
  },
  'two short paragraphs': (doc) => {
    body(doc).replaceChildren();
    append(doc, body(doc), 'p', 'Coinbase listed a new token.');
    append(doc, body(doc), 'p', 'Bitcoin fell, and Ethereum rose.');
  },
  'blocks in reverse order': (doc) => body(doc).replaceChildren(...Array.from(body(doc).children).reverse()),
  'empty paragraphs between blocks': (doc) => {
    for (const block of Array.from(body(doc).children)) block.after(doc.createElement('p'));
  },
  'single line break inside a paragraph': (doc) => {
    const paragraph = firstParagraph(doc);
    paragraph.append(doc.createElement('br'), doc.createTextNode('Tether minted USDT.'));
  },
  'no share, poster, label or cover': (doc) => {
    for (const part of Array.from(doc.querySelectorAll('div.share_wrap, div.poster_wrap, div.art_label, div.art_cover'))) part.remove();
  },
  'sub-heading unlike the title': (doc) => append(doc, body(doc), 'h3', 'Zxq vvk'),
  'absolute link in a paragraph': (doc) => append(doc, firstParagraph(doc), 'a', ' Uniswap docs', { href: 'https://example.org/uniswap' }),
};

/** Edits Readability treats differently from the body element: the check must reject each. */
const REJECTED_EDITS: Record<string, Edit> = {
  'heading that repeats the title': (doc) => {
    body(doc).prepend(append(doc, null, 'h2', doc.querySelector('article h1')?.textContent ?? doc.title));
  },
  'relative link': (doc) => append(doc, firstParagraph(doc), 'a', ' more', { href: '/en-US/article/1' }),
  'javascript: link': (doc) => append(doc, firstParagraph(doc), 'a', ' more', { href: 'javascript:void 0' }),
  'two line breaks in a row': (doc) => firstParagraph(doc).append(doc.createElement('br'), doc.createElement('br'), 'Kraken grew.'),
  'classed paragraph': (doc) => firstParagraph(doc).setAttribute('class', 'share-tools'),
  'hidden paragraph': (doc) => firstParagraph(doc).setAttribute('hidden', ''),
  'paragraph hidden by style': (doc) => firstParagraph(doc).setAttribute('style', 'display: none'),
  'text after the body in the article': (doc) =>
    append(doc, doc.querySelector('article'), 'p', 'Kraken opened a new office in Dublin to serve European clients.'),
  'list in the body': (doc) => append(doc, append(doc, body(doc), 'ul', ''), 'li', 'Tether minted one billion USDT'),
  'table in the body': (doc) => append(doc, append(doc, append(doc, body(doc), 'table', ''), 'tr', ''), 'td', 'Solana validators voted.'),
  'division in the body': (doc) => append(doc, body(doc), 'div', 'Circle grew USDC supply.'),
  'second article element': (doc) => append(doc, doc.body, 'article', 'Related: Bitcoin weekly.'),
  'role on a paragraph': (doc) => firstParagraph(doc).setAttribute('role', 'dialog'),
  'body mostly links': (doc) => {
    for (const paragraph of Array.from(body(doc).querySelectorAll('p'))) {
      const link = append(doc, null, 'a', paragraph.textContent ?? '', { href: 'https://example.org/' });
      paragraph.replaceChildren(link);
    }
  },
};

function loadPage(fixture: PageFixture, edit: Edit): Document {
  const doc = new JSDOM(readPageHtml(fixture), { url: fixture.url, virtualConsole: new VirtualConsole() }).window.document;
  // Edits shape an article's template; pages without a body element stay as they are.
  if (doc.querySelector('div.art_detail_content')) edit(doc);
  return doc;
}

function regionsOf(article: ExtractedArticle, liveText: string) {
  return new ArticleAlignment(article.text, article.blocks, liveText).regions();
}

/**
 * Fixtures whose template the edits vary: the podcast the speed budget is measured on, a keynote
 * with a long lead, and short Chinese and Korean pages (Readability's thresholds bite on them).
 * Readability under jsdom takes up to half a second a page here, so not every fixture gets every edit.
 */
const VARIED = new Set(['fr-FR-podcast', 'fr-FR-keynote', 'zh-CN-newsflash', 'zh-CN-short', 'ko-KR-short', 'en-US-interview']);
const articleFixtures = pageFixtures.filter((fixture) => VARIED.has(fixture.name));
const cases = [
  ...pageFixtures.map((fixture) => [fixture.name, 'as served'] as const),
  ...articleFixtures.flatMap((fixture) =>
    Object.keys(TEMPLATE_EDITS)
      .filter((edit) => edit !== 'as served')
      .map((edit) => [fixture.name, edit] as const),
  ),
];

describe('reading order: the article drawn first is Readability’s wherever the page is accepted', () => {
  const accepted: string[] = [];

  it.each(cases)(
    '%s, %s: accepted only if the drawn mentions and the saved article are unchanged',
    (name, edit) => {
      const fixture = pageFixtures.find((entry) => entry.name === name)!;
      const doc = loadPage(fixture, TEMPLATE_EDITS[edit]!);
      const drawnFirst = isWellFormedTechflowArticle(doc) ? extractFromBody(doc, fixture.url) : null;
      if (!drawnFirst?.ok) return;
      accepted.push(`${name}, ${edit}`);
      const saved = extractArticle(doc, fixture.url);
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      // The cleanup's output is the same text cut into the same blocks: every region is the same.
      expect(drawnFirst.article.text).toBe(saved.article.text);
      expect(drawnFirst.article.blocks.map(({ text, start, end }) => ({ text, start, end }))).toEqual(
        saved.article.blocks.map(({ text, start, end }) => ({ text, start, end })),
      );
      const index = buildTextIndex(findArticleRoot(doc, techflow.page)!);
      const before = regionsOf(saved.article, index.text);
      expect(regionsOf(drawnFirst.article, index.text)).toEqual(before);
      // Equal regions place any tags alike; the pages as served also check it with the tagger's real tags.
      if (edit !== 'as served') return;
      const { tags } = analyseArticle({ key: saved.article.key, lang: saved.article.lang, text: index.textWithLineBreaks() });
      const mentions = (regions: typeof before) => placeTags(tags, regions).map(({ id, start, end, tag }) => ({ id, start, end, kind: tag.kind }));
      expect(mentions(regionsOf(drawnFirst.article, index.text))).toEqual(mentions(before));
    },
  );

  it('accepts the podcast the speed budget is measured on, and many variants', () => {
    expect(accepted).toContain('fr-FR-podcast, as served');
    expect(accepted.length).toBeGreaterThan(40);
  });

  it.each(articleFixtures.flatMap((fixture) => Object.keys(REJECTED_EDITS).map((edit) => [fixture.name, edit] as const)))(
    '%s, %s: rejected',
    (name, edit) => {
      const fixture = pageFixtures.find((entry) => entry.name === name)!;
      expect(isWellFormedTechflowArticle(loadPage(fixture, REJECTED_EDITS[edit]!))).toBe(false);
    },
  );

  it.each(['en-US-malformed', 'en-US-hostile', 'zh-CN-legacy', 'en-US-readability-fails', 'en-US-rerender'])(
    '%s: not well-formed (Readability reads it differently, or it is not the current template)',
    (name) => {
      const fixture = pageFixtures.find((entry) => entry.name === name)!;
      expect(isWellFormedTechflowArticle(loadPage(fixture, () => undefined))).toBe(false);
    },
  );
});
