import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractArticle, extractArticleInSlices } from '../../../utils/extract';
import { pageFixtures, readPageHtml } from '../../fixtures/pages/fixtures';
import { loadDocument } from './helpers';

/** How often Readability ran: it belongs to the first task, the cleanup to the second. */
const readability = vi.hoisted(() => ({ calls: 0 }));

// Extraction imports Readability's own file (see utils/extract/readability-module.d.ts).
vi.mock('@mozilla/readability/Readability.js', async (importOriginal) => {
  const real = { Readability: (await importOriginal<typeof import('@mozilla/readability/Readability.js')>()).default };
  class Readability extends real.Readability<Node> {
    override parse() {
      readability.calls += 1;
      return super.parse();
    }
  }
  return { default: Readability };
});

beforeEach(() => {
  readability.calls = 0;
});

/** Slicing is for huge articles only; none of these pages is one. */
const noSlices = () => Promise.reject(new Error('an ordinary page was read in slices'));

function fixtureDocument(name: string): { doc: Document; url: string } {
  const fixture = pageFixtures.find((entry) => entry.name === name)!;
  return { doc: loadDocument(readPageHtml(fixture), fixture.url), url: fixture.url };
}

describe('an ordinary article extracted in two tasks', () => {
  it('gives every page fixture exactly what extractArticle gives', async () => {
    for (const fixture of pageFixtures) {
      const { doc, url } = fixtureDocument(fixture.name);
      const result = await extractArticleInSlices(doc, url, { runInSlices: noSlices, nextTask: () => Promise.resolve(true) });
      expect(result, fixture.name).toEqual(extractArticle(doc, url));
    }
  });

  it('lets the page run after Readability and before the cleanup', async () => {
    const { doc, url } = fixtureDocument('fr-FR-podcast');
    const events: string[] = [];
    let release: (goOn: boolean) => void = () => undefined;
    const result = extractArticleInSlices(doc, url, {
      runInSlices: noSlices,
      nextTask: () => {
        events.push(`page runs after ${readability.calls} Readability pass`);
        return new Promise<boolean>((resolve) => {
          release = resolve;
        });
      },
    });
    expect(result).toBeInstanceOf(Promise);
    void Promise.resolve(result).then(() => events.push('extracted'));
    await Promise.resolve();
    expect(events).toEqual(['page runs after 1 Readability pass']);
    release(true);
    expect(await result).toMatchObject({ ok: true });
    expect(events).toEqual(['page runs after 1 Readability pass', 'extracted']);
  });

  it('gives no result when the tab moved on while the page ran', async () => {
    const { doc, url } = fixtureDocument('fr-FR-podcast');
    const result = await extractArticleInSlices(doc, url, { runInSlices: noSlices, nextTask: () => Promise.resolve(false) });
    expect(result).toBeNull();
  });

  it('refuses a page that is not an article at once, before Readability', async () => {
    const notArticle = pageFixtures.find((fixture) => !fixture.isArticle && fixture.name.startsWith('challenge'))!;
    const { doc, url } = fixtureDocument(notArticle.name);
    const nextTask = vi.fn(() => Promise.resolve(true));
    const result = await extractArticleInSlices(doc, url, { runInSlices: noSlices, nextTask });
    expect(result).toMatchObject({ ok: false, reason: 'challenge-page' });
    expect(nextTask).not.toHaveBeenCalled();
    expect(readability.calls).toBe(0);
  });
});
