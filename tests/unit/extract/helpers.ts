/** Shared helpers for extraction tests: run extraction on a fixture or on a page built in the test. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { expect } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import type { ExtractedArticle, ExtractionResult } from '../../../utils/extract/types';
import { pageFixture, readPageHtml } from '../../fixtures/pages/fixtures';

export function loadDocument(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

const extracted = new Map<string, { result: ExtractionResult; doc: Document }>();

/** Extraction of a page fixture; parsed once per test file, since jsdom parsing is the slow part. */
export function extractFixture(name: string): { result: ExtractionResult; doc: Document } {
  const cached = extracted.get(name);
  if (cached) return cached;
  const fixture = pageFixture(name);
  const doc = loadDocument(readPageHtml(fixture), fixture.url);
  const entry = { result: extractArticle(doc, fixture.url), doc };
  extracted.set(name, entry);
  return entry;
}

export function articleOf(result: ExtractionResult): ExtractedArticle {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result.article;
}

export function extractedFixture(name: string): ExtractedArticle {
  return articleOf(extractFixture(name).result);
}

/** A current-site article page around the given body HTML (trusted test markup). */
export function articlePage(options: { lang: string; title: string; body: string; lead?: string; credits?: string }): string {
  const lead = options.lead ? `<div class="quote">${options.lead}</div>` : '';
  return `<!DOCTYPE html><html lang="${options.lang}"><head><title>${options.title} | 深潮 TechFlow</title></head><body>
<header><nav><a href="/">Home</a><a href="/article">Articles</a></nav></header>
<main><article><h1>${options.title}</h1><div class="art_info">${options.credits ?? ''}</div>${lead}
<div class="art_detail_content">${options.body}</div><div class="share_wrap"><span>Share</span></div></article></main>
<footer><p>© TechFlow</p></footer></body></html>`;
}

export function extractPage(html: string, url: string): ExtractionResult {
  return extractArticle(loadDocument(html, url), url);
}

export function paragraphs(...texts: string[]): string {
  return texts.map((text) => `<p>${text}</p>`).join('\n');
}

/** Every block's offsets point at its text, and the text is the blocks joined by the separator. */
export function expectConsistentOffsets(article: ExtractedArticle): void {
  for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text);
  expect(article.blocks.map((block) => block.text).join('\n\n')).toBe(article.text);
}
