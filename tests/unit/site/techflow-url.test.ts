import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleKey, parseArticleUrl } from '../../../utils/site/techflow-url';
import { SITE_LOCALES } from '../../../utils/site/types';

describe('parseArticleUrl recognises every TechFlow article URL form', () => {
  const articles: Array<[url: string, key: string, form: string, kind: string, locale: string]> = [
    ['https://www.techflowpost.com/zh-CN/article/30438', 'techflow:zh-CN:article:30438', 'localised', 'article', 'zh-CN'],
    ['https://www.techflowpost.com/en-US/article/31934', 'techflow:en-US:article:31934', 'localised', 'article', 'en-US'],
    ['https://www.techflowpost.com/fr-FR/article/29120?utm_source=x', 'techflow:fr-FR:article:29120', 'localised', 'article', 'fr-FR'],
    ['https://www.techflowpost.com/zh-TW/article/30001#comments', 'techflow:zh-TW:article:30001', 'localised', 'article', 'zh-TW'],
    ['https://www.techflowpost.com/ja-JP/article/30002/', 'techflow:ja-JP:article:30002', 'localised', 'article', 'ja-JP'],
    ['https://www.techflowpost.com/ko-KR/article/30003', 'techflow:ko-KR:article:30003', 'localised', 'article', 'ko-KR'],
    ['https://www.techflowpost.com/vi-VN/article/30004', 'techflow:vi-VN:article:30004', 'localised', 'article', 'vi-VN'],
    ['https://www.techflowpost.com/zh-CN/newsletter/201245', 'techflow:zh-CN:newsletter:201245', 'localised', 'newsletter', 'zh-CN'],
    ['https://www.techflowpost.com/en-US/newsletter/201246', 'techflow:en-US:newsletter:201246', 'localised', 'newsletter', 'en-US'],
    ['https://www.techflowpost.com/article/30438', 'techflow:zh-CN:article:30438', 'alias', 'article', 'zh-CN'],
    ['https://techflowpost.com/article/30438', 'techflow:zh-CN:article:30438', 'alias', 'article', 'zh-CN'],
    ['http://www.techflowpost.com/article/30438', 'techflow:zh-CN:article:30438', 'alias', 'article', 'zh-CN'],
    ['https://www.techflowpost.com/newsletter/201245', 'techflow:zh-CN:newsletter:201245', 'alias', 'newsletter', 'zh-CN'],
    ['https://www.techflowpost.com/article/detail_17805.html', 'techflow:zh-CN:article:17805', 'legacy-detail', 'article', 'zh-CN'],
    ['https://www.techflowpost.com/newsletter/detail_58213.html', 'techflow:zh-CN:newsletter:58213', 'legacy-detail', 'newsletter', 'zh-CN'],
    ['https://www.techflowpost.com/express/58213', 'techflow:zh-CN:newsletter:58213', 'legacy-express', 'newsletter', 'zh-CN'],
    ['https://www.techflowpost.com/en-US/article/detail_17805.html', 'techflow:en-US:article:17805', 'legacy-detail', 'article', 'en-US'],
    // Firefox tests serve the site on a local port; case-variant hosts and locales are the same place.
    ['http://www.techflowpost.com:43117/fr-FR/article/29120', 'techflow:fr-FR:article:29120', 'localised', 'article', 'fr-FR'],
    ['https://WWW.TechFlowPost.com/zh-cn/article/30438', 'techflow:zh-CN:article:30438', 'localised', 'article', 'zh-CN'],
    ['https://www.techflowpost.com/en/article/31934', 'techflow:en-US:article:31934', 'localised', 'article', 'en-US'],
  ];

  it.each(articles)('%s', (url, key, urlForm, kind, locale) => {
    expect(parseArticleUrl(url)).toMatchObject({ key, urlForm, kind, locale });
  });

  it('gives the same key to the no-locale alias, the zh-CN form and the ASP.NET form of one article', () => {
    const keys = [
      'https://www.techflowpost.com/article/30438',
      'https://www.techflowpost.com/zh-CN/article/30438',
      'https://www.techflowpost.com/article/detail_30438.html',
    ].map((url) => parseArticleUrl(url)?.key);
    expect(new Set(keys)).toEqual(new Set(['techflow:zh-CN:article:30438']));
  });

  it('keeps translations apart: the en-US edition of an article has its own key', () => {
    expect(parseArticleUrl('https://www.techflowpost.com/en-US/article/30438')?.key).not.toBe(
      parseArticleUrl('https://www.techflowpost.com/article/30438')?.key,
    );
  });

  it('points every form at the current-site URL', () => {
    expect(parseArticleUrl('https://techflowpost.com/express/58213')?.canonicalUrl).toBe(
      'https://www.techflowpost.com/zh-CN/newsletter/58213',
    );
    expect(parseArticleUrl('http://www.techflowpost.com:8080/fr-FR/article/29120?x=1')?.canonicalUrl).toBe(
      'https://www.techflowpost.com/fr-FR/article/29120',
    );
  });

  it('accepts a URL object as well as a string', () => {
    expect(parseArticleUrl(new URL('https://www.techflowpost.com/article/1'))?.id).toBe('1');
  });
});

describe('parseArticleUrl rejects what is not an article', () => {
  const notArticles = [
    'https://www.techflowpost.com/',
    'https://www.techflowpost.com/zh-CN',
    'https://www.techflowpost.com/zh-CN/article',
    'https://www.techflowpost.com/zh-CN/article/',
    'https://www.techflowpost.com/zh-CN/article?pageType=allArticle',
    'https://www.techflowpost.com/en-US/newsletter?articleType=2&is_hot=1',
    'https://www.techflowpost.com/zh-CN/topic/120',
    'https://www.techflowpost.com/zh-CN/article/abc',
    'https://www.techflowpost.com/zh-CN/article/30438/comments',
    'https://www.techflowpost.com/de-DE/article/30438',
    'https://www.techflowpost.com/zh-CN/author/30438',
    'https://www.techflowpost.com/article/detail_.html',
    'https://www.techflowpost.com.evil.example/article/30438',
    'https://evil.example/www.techflowpost.com/article/30438',
    'https://techflowpost.com.cn/article/30438',
    'https://m.techflowpost.com/article/30438',
    'https://www.odaily.news/zh-CN/article/30438',
    'ftp://www.techflowpost.com/article/30438',
    'file:///home/reader/www.techflowpost.com/article/30438',
    'not a url',
    '',
  ];

  it.each(notArticles)('%s', (url) => {
    expect(parseArticleUrl(url)).toBeNull();
  });

  it('never throws, and accepts only TechFlow hosts, whatever the input', () => {
    const host = fc.constantFrom(
      'www.techflowpost.com', 'techflowpost.com', 'techflowpost.com.evil.example', 'evil.example',
      'm.techflowpost.com', 'techflowpost.co', 'xn--techflowpost-9ja.com',
    );
    const path = fc.array(fc.oneof(fc.constantFrom('zh-CN', 'fr-FR', 'article', 'newsletter', 'express', 'detail_12.html', '42', '..', '%2F'), fc.string({ maxLength: 8 })), { maxLength: 4 });
    const input = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('https', 'http', 'ftp', 'file'), host, path).map(([scheme, name, parts]) => `${scheme}://${name}/${parts.join('/')}`),
    );
    fc.assert(
      fc.property(input, (url) => {
        const address = parseArticleUrl(url);
        if (address) expect(new URL(url).hostname).toMatch(/^(www\.)?techflowpost\.com$/);
      }),
      { numRuns: 500 },
    );
  });

});

describe('parseArticleUrl agrees with the canonical key rule on any well-formed address', () => {
  it('maps every host, port, locale, form, query and fragment of one article to one key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('techflowpost.com', 'www.techflowpost.com'),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.option(fc.constantFrom(...SITE_LOCALES), { nil: undefined }),
        fc.constantFrom('article', 'newsletter', 'express'),
        fc.boolean(),
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.webQueryParameters(),
        fc.webFragments(),
        (host, port, locale, section, detail, id, query, fragment) => {
          const path = `${locale ? `/${locale}` : ''}/${section}/${detail ? `detail_${id}.html` : id}`;
          const url = `https://${host}${port ? `:${port}` : ''}${path}?${query}#${fragment}`;
          const kind = section === 'article' ? 'article' : 'newsletter';
          expect(parseArticleUrl(url)?.key).toBe(articleKey(kind, locale ?? 'zh-CN', String(id)));
        },
      ),
    );
  });
});
