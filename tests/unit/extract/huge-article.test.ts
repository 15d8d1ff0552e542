import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractArticle, extractArticleInSlices } from '../../../utils/extract';
import { collectLines, LineCollector } from '../../../utils/extract/lines';
import { pageFixtures, readPageHtml } from '../../fixtures/pages/fixtures';
import { loadDocument } from './helpers';

/** Whether Readability runs at all: a huge article must never reach it. */
const readability = vi.hoisted(() => ({ calls: 0, refuse: false }));

// Extraction imports Readability's own file (see utils/extract/readability-module.d.ts).
vi.mock('@mozilla/readability/Readability.js', async (importOriginal) => {
  const real = { Readability: (await importOriginal<typeof import('@mozilla/readability/Readability.js')>()).default };
  class Readability extends real.Readability<Node> {
    override parse() {
      readability.calls += 1;
      return readability.refuse ? null : super.parse();
    }
  }
  return { default: Readability };
});

beforeEach(() => {
  readability.calls = 0;
  readability.refuse = false;
});

/** Runs every step with a deadline already past, so each step reads as little as it can, and counts them. */
function everyStepLate(): { steps: number; runInSlices(step: (deadline: number) => boolean): Promise<boolean> } {
  const slicer = {
    steps: 0,
    async runInSlices(step: (deadline: number) => boolean) {
      for (;;) {
        slicer.steps += 1;
        if (step(-Infinity)) return true;
        await Promise.resolve();
      }
    },
  };
  return slicer;
}

const articles = pageFixtures.filter((fixture) => fixture.isArticle);

/** Each fixture parsed once for the whole file (extraction never changes the document; parsing is the slow part). */
const parsed = new Map<string, Document>();
function fixtureDocument(name: string): { doc: Document; url: string } {
  const fixture = pageFixtures.find((entry) => entry.name === name)!;
  let doc = parsed.get(name);
  if (!doc) {
    doc = loadDocument(readPageHtml(fixture), fixture.url);
    parsed.set(name, doc);
  }
  return { doc, url: fixture.url };
}

describe('huge articles are read from the body element in slices', () => {
  it.each(articles.map((fixture) => fixture.name))('%s: lines read in slices are the lines read in one go', (name) => {
    const { doc } = fixtureDocument(name);
    const collector = new LineCollector(doc.body, { skip: 'nav, script' });
    let steps = 1;
    while (!collector.step(-Infinity, () => 0)) steps += 1;
    expect(collector.finish()).toEqual(collectLines(doc.body, { skip: 'nav, script' }));
    expect(steps).toBeGreaterThan(1);
  });

  it.each(articles.map((fixture) => fixture.name))(
    '%s: read as huge, the article is the body-element extraction, and Readability never runs',
    async (name) => {
      const { doc, url } = fixtureDocument(name);
      readability.refuse = true;
      const expected = extractArticle(doc, url);
      readability.calls = 0;
      const slicer = everyStepLate();
      const result = extractArticleInSlices(doc, url, { runInSlices: slicer.runInSlices, hugeChars: 1 });
      expect(result).toBeInstanceOf(Promise);
      expect(await result).toEqual(expected);
      expect(readability.calls).toBe(0);
    },
  );

  it('gives every page under the size of a huge article exactly what extractArticle gives, at once', () => {
    for (const fixture of pageFixtures) {
      const { doc } = fixtureDocument(fixture.name);
      const slicer = everyStepLate();
      const result = extractArticleInSlices(doc, fixture.url, { runInSlices: slicer.runInSlices });
      expect(result, fixture.name).toEqual(extractArticle(doc, fixture.url));
      expect(slicer.steps, fixture.name).toBe(0);
    }
  });

  it('reads a long body in many slices', async () => {
    const fixture = articles[0]!;
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1}: Bitcoin and <b>Ethereum</b> moved.</p>`).join('');
    const html = readPageHtml(fixture).replace(/(<div class="art_detail_content"[^>]*>)/, `$1${paragraphs}`);
    const doc = loadDocument(html, fixture.url);
    const slicer = everyStepLate();
    const result = await extractArticleInSlices(doc, fixture.url, { runInSlices: slicer.runInSlices, hugeChars: 1 });
    expect(result).toMatchObject({ ok: true, article: { method: 'body-selector' } });
    expect(slicer.steps).toBeGreaterThan(10);
  });

  it('stops reading, with no result, when the tab moves on', async () => {
    const { doc, url } = fixtureDocument(articles[0]!.name);
    const result = await extractArticleInSlices(doc, url, { runInSlices: () => Promise.resolve(false), hugeChars: 1 });
    expect(result).toBeNull();
  });
});
