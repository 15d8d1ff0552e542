import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { adapterForUrl, techflow } from '../../../utils/site';
import { pageFixtures, readPageHtml } from '../../fixtures/pages/fixtures';

function documentOf(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('detectArticle on every page fixture', () => {
  it.each(pageFixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const detection = techflow.detectArticle(documentOf(readPageHtml(fixture), fixture.url), fixture.url);
    expect(detection.isArticle).toBe(fixture.isArticle);
    if (detection.isArticle) expect(detection.address.key).toBe(fixture.key);
    else expect(detection.reason).toBe(fixture.reason);
  });
});

describe('detectArticle without the site markers', () => {
  const url = 'https://www.techflowpost.com/en-US/article/40001';
  const prose = 'Bitcoin miners are turning their sites into data centres for artificial intelligence. '.repeat(3);

  it('accepts an article whose body class changed, from its title and prose', () => {
    const doc = documentOf(`<html><body><main><h1>Miners pivot</h1><p>${prose}</p></main></body></html>`, url);
    expect(techflow.detectArticle(doc, url)).toMatchObject({ isArticle: true });
  });

  it('refuses an empty application shell at an article URL', () => {
    const doc = documentOf('<html><body><div id="__next"></div></body></html>', url);
    expect(techflow.detectArticle(doc, url)).toMatchObject({ isArticle: false, reason: 'no-content' });
  });

  it('refuses a menu of links with a heading at an article URL', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/en-US/article/${i}">Story number ${i} about Ethereum</a>`).join('');
    const doc = documentOf(`<html><body><main><h1>Latest</h1>${links}</main></body></html>`, url);
    expect(techflow.detectArticle(doc, url)).toMatchObject({ isArticle: false, reason: 'no-content' });
  });

  it('refuses an article page at a URL that is not an article', () => {
    const listUrl = 'https://www.techflowpost.com/en-US/article';
    const doc = documentOf(`<html><body><article><h1>Miners pivot</h1><div class="art_detail_content"><p>${prose}</p></div></article></body></html>`, listUrl);
    expect(techflow.detectArticle(doc, listUrl)).toMatchObject({ isArticle: false, reason: 'not-article-url' });
  });
});

describe('adapterForUrl', () => {
  it('finds the TechFlow adapter for any TechFlow page and none for other sites', () => {
    expect(adapterForUrl('https://www.techflowpost.com/zh-CN/article')?.name).toBe('techflow');
    expect(adapterForUrl('http://www.techflowpost.com:4000/')?.name).toBe('techflow');
    expect(adapterForUrl('https://www.example.com/zh-CN/article/1')).toBeNull();
    expect(adapterForUrl('not a url')).toBeNull();
  });
});
