import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { articleOf, articlePage, extractFixture, extractPage, loadDocument, paragraphs } from './helpers';

/** What the mocked Readability returns: its real result, nothing, a menu instead of the article, or an exception. */
const readabilityMode = vi.hoisted(() => ({ value: 'real' as 'real' | 'null' | 'menu' | 'throw' }));

// Extraction imports Readability's own file (see utils/extract/readability-module.d.ts).
vi.mock('@mozilla/readability/Readability.js', async (importOriginal) => {
  const real = { Readability: (await importOriginal<typeof import('@mozilla/readability/Readability.js')>()).default };
  class Readability {
    private readonly inner: InstanceType<typeof real.Readability>;
    constructor(
      private readonly doc: Document,
      options: ConstructorParameters<typeof real.Readability>[1],
    ) {
      this.inner = new real.Readability(doc, options);
    }
    parse() {
      if (readabilityMode.value === 'null') return null;
      if (readabilityMode.value === 'throw') throw new Error('Readability failed');
      if (readabilityMode.value === 'menu') {
        const menu = this.doc.createElement('div');
        menu.append(this.doc.createElement('p'), this.doc.createElement('p'));
        menu.firstElementChild?.append('Home');
        menu.lastElementChild?.append('Articles');
        return { title: 'Menu', content: menu, textContent: 'Home Articles', length: 13, excerpt: '', byline: null, dir: null, siteName: null, lang: null, publishedTime: null };
      }
      return this.inner.parse();
    }
  }
  return { default: Readability };
});

beforeEach(() => {
  readabilityMode.value = 'real';
});

describe('when Readability fails, the body element is the fallback', () => {
  it.each(['null', 'throw', 'menu'] as const)('Readability returning %s: the podcast still comes out whole', (mode) => {
    const reference = articleOf(extractFixture('zh-CN-podcast').result);
    readabilityMode.value = mode;
    const { doc } = extractFixture('zh-CN-podcast');
    const article = articleOf(extractArticle(doc, reference.url));
    expect(article.method).toBe('body-selector');
    expect(article.text).toBe(reference.text);
    expect(article.blocks).toEqual(reference.blocks);
    expect(article.guests).toEqual(reference.guests);
  });

  it('uses Readability when it agrees with the body element', () => {
    expect(articleOf(extractFixture('zh-CN-short').result).method).toBe('readability');
  });

  it('leaves share buttons and related lists inside the body out of the fallback', () => {
    readabilityMode.value = 'null';
    const html = articlePage({
      lang: 'en',
      title: 'ETF flows',
      body: `${paragraphs('Spot bitcoin ETFs took in two billion dollars this week.')}<div class="related_box"><a href="/en-US/article/1">Related: Ethereum ETF</a></div><button>Share</button>`,
    });
    const article = articleOf(extractPage(html, 'https://www.techflowpost.com/en-US/article/7001'));
    expect(article.text).toBe('Spot bitcoin ETFs took in two billion dollars this week.');
  });

  it('says "no content" when neither Readability nor a body element yields text', () => {
    readabilityMode.value = 'menu';
    const html = '<html><body><nav><a href="/">Home</a></nav><main><h1>Title</h1><p>' + 'Text of an article in a page without the site body class. '.repeat(3) + '</p></main></body></html>';
    expect(extractPage(html, 'https://www.techflowpost.com/en-US/article/7002')).toMatchObject({ ok: false, reason: 'no-content' });
  });

  it('still finds an article in unknown markup through Readability alone', () => {
    const text = 'Bitcoin miners are turning their sites into data centres for artificial intelligence companies. ';
    const html = `<html lang="en"><body><nav><a href="/">Home</a></nav><main><h1>Miners pivot to AI</h1>${paragraphs(text.repeat(3), text.repeat(2))}</main></body></html>`;
    const article = articleOf(extractPage(html, 'https://www.techflowpost.com/en-US/article/7003'));
    expect(article).toMatchObject({ method: 'readability', title: 'Miners pivot to AI', lang: 'en' });
    expect(article.blocks).toHaveLength(2);
  });
});

describe('extraction never throws', () => {
  const tags = ['p', 'div', 'span', 'strong', 'h2', 'li', 'ul', 'article', 'br', 'table', 'td', 'script', 'a', 'blockquote'];
  const words = ['比特币', 'ETH', 'Host:', '主持人：', '陈墨：', 'Résumé des points clés', '欢迎加入深潮 TechFlow 官方社群', 'https://t.me/TechFlowDaily', '作者：X', 'var arg1=\'0\'', ' ', '\u00a0', '<', '&amp;', 'Date de diffusion : 12 mars 2025'];
  const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...words),
      fc.string({ maxLength: 20 }),
      fc.tuple(fc.constantFrom(...tags), fc.option(fc.constantFrom('art_detail_content', 'quote', 'share_wrap'), { nil: undefined }), fc.array(tie('node'), { maxLength: 5 })).map(
        ([tag, className, children]) => `<${tag}${className ? ` class="${className}"` : ''}>${children.join('')}</${tag}>`,
      ),
    ),
  })).node;

  it('returns an article with consistent offsets or a reason, for any HTML at an article URL', () => {
    // One window, many documents: building a jsdom window per run would dominate the test's time.
    const parser = new (loadDocument('', 'https://www.techflowpost.com/').defaultView!.DOMParser)();
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), fc.constantFrom('zh-CN', 'en-US', 'fr-FR'), (nodes, locale) => {
        const url = `https://www.techflowpost.com/${locale}/article/8001`;
        const result = extractArticle(parser.parseFromString(`<html><body>${nodes.join('')}</body></html>`, 'text/html'), url);
        if (result.ok) {
          for (const block of result.article.blocks) expect(result.article.text.slice(block.start, block.end)).toBe(block.text);
        } else {
          expect(['no-content', 'challenge-page', 'not-found']).toContain(result.reason);
        }
      }),
      { numRuns: 120 },
    );
    // Readability under jsdom takes tens of milliseconds even on tiny pages (its selector engine).
  }, 30_000);
});
