/**
 * The MV3 service worker stopped mid-session, in Chromium (Firefox's MV2 background page is not
 * stopped by the browser). Stopping goes through the DevTools protocol, as the browser does when the
 * worker idles: the next hover, save and popup open still work and nothing saved is lost; a save
 * the stop interrupts leaves the article either whole or absent in the library, never half; so
 * does a huge article's save in parts stopped between its parts.
 */
import { describe, expect, it } from 'vitest';
import { pageFixture } from '../fixtures/pages/fixtures';
import { readRawLibrary, useExtensionBrowser, type ExtensionWorker, type TestPage } from './harness';
import { waitUntil } from './harness/wait';

const ANNOTATE = 'techflow-annotator:annotate';

/** One article as the library holds it: its record, whether its body is there, and its highlight rows. */
interface StoredArticleState {
  key: string;
  highlightCount: number;
  hasBody: boolean;
  highlightRows: number;
}

/** Every article of the library with its body and highlight rows, and what no article owns. */
async function libraryContents(worker: ExtensionWorker): Promise<{ articles: StoredArticleState[]; orphanRows: number; orphanBodies: number }> {
  const { articles, bodies, highlights } = await readRawLibrary(worker);
  const keys = new Set(articles.map((article) => article.key));
  return {
    articles: articles.map((article) => ({
      key: article.key,
      highlightCount: article.highlightCount,
      hasBody: bodies.some((body) => body.key === article.key),
      highlightRows: highlights.filter((highlight) => highlight.articleKey === article.key).length,
    })),
    orphanRows: highlights.filter((highlight) => !keys.has(highlight.articleKey)).length,
    orphanBodies: bodies.filter((body) => !keys.has(body.key)).length,
  };
}

function dockText(page: TestPage): Promise<string[]> {
  return page.getByRole('toolbar', { name: 'TechFlow Annotator' }).texts();
}

/**
 * Clicks Save, stops the worker at once (the save's own messages may wake it: no wait to see it
 * stopped), waits for the dock to leave "Saving…", and checks the library holds no orphaned rows.
 * Returns the dock's text and the library.
 */
async function saveWithWorkerStopped(page: TestPage, worker: ExtensionWorker, timeout: number) {
  if (worker.status() !== 'running') await worker.start();
  await page.getByRole('button', { name: 'Save' }).click();
  await worker.stop({ untilStopped: false });
  const settled = await waitUntil(async () => {
    const [text = ''] = await dockText(page);
    return text.startsWith('Saving') ? undefined : text;
  }, { timeout, describe: () => 'the dock to leave "Saving…"' });
  const contents = await libraryContents(worker);
  expect(contents.orphanRows).toBe(0);
  expect(contents.orphanBodies).toBe(0);
  return { settled, contents };
}

describe('chromium: the service worker stopped mid-session', () => {
  const session = useExtensionBrowser('chromium');

  it('the next hover, save and popup open work after the worker stopped, and nothing saved is lost', async () => {
    const { browser } = session;
    const worker = await browser.worker();
    const first = await browser.openPage(browser.site.urlOf('en-US-interview'));
    await first.waitForMeasure(ANNOTATE);
    await first.getByRole('button', { name: 'Save' }).click();
    await first.getByRole('button', { name: 'Undo' }).waitFor();
    const before = await libraryContents(worker);
    expect(before.articles).toHaveLength(1);

    const page = await browser.openPage(browser.site.urlOf('fr-FR-keynote'));
    await page.waitForMeasure(ANNOTATE);
    await page.getByRole('toolbar', { name: 'TechFlow Annotator' }).waitFor();
    await worker.stop();
    expect(worker.status()).toBe('stopped');

    await page.textRange('Ethereum').hover();
    expect(await page.waitForTooltip()).toContain('Ethereum');
    await page.moveMouse(2, 2);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor({ timeout: 20_000 });
    expect(await dockText(page)).toEqual([expect.stringMatching(/^Saved · \d+ highlights/)]);

    await worker.stop();
    const popup = await browser.openPopup();
    // The newest article comes first; its highlights may push the older one out of the rendered rows.
    await popup.getByRole('article', { name: /Zeng Ming/ }).waitFor({ timeout: 20_000 });
    await popup.waitFor(() => document.body.innerText.includes('2 articles') || undefined);

    // The open popup may wake the worker again at once: stop it without waiting to see it stopped.
    await worker.stop({ untilStopped: false });
    await first.reload();
    await first.waitForMeasure(ANNOTATE);
    // The dock mounts once the page is idle after annotating: wait for it to say what it knows.
    await expect.poll(async () => (await dockText(first)).join(' '), { timeout: 15_000 }).toMatch(/^Saved · \d+ highlights/);

    const after = await libraryContents(worker);
    expect(after.articles).toEqual(expect.arrayContaining(before.articles));
    expect(after.articles).toHaveLength(2);
    expect(page.errors).toEqual([]);
    expect(first.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });

  it('a save the worker stops in the middle of leaves the article whole or absent, and the page says which', async () => {
    const { browser } = session;
    const worker = await browser.worker();
    // Several articles, each stopped at a slightly different moment of its save.
    for (const name of ['zh-CN-podcast', 'fr-FR-podcast', 'en-US-rerender']) {
      const page = await browser.openPage(browser.site.urlOf(name));
      await page.waitForMeasure(ANNOTATE);
      // The page ends in a state it can explain: saved (the resent request completed it), or Save
      // offered again with a message; the library holds the article whole, or not at all.
      const { settled, contents } = await saveWithWorkerStopped(page, worker, 20_000);
      for (const article of contents.articles) {
        expect(article, article.key).toMatchObject({ hasBody: true, highlightRows: article.highlightCount });
      }
      const stored = contents.articles.find((article) => article.key === pageFixture(name).key);
      if (settled.startsWith('Saved')) expect(stored, `${name} says saved`).toBeDefined();
      else expect(settled, `${name} after an interrupted save`).toMatch(/^Save/);
      expect(page.errors).toEqual([]);
      await page.close();
    }
    expect(worker.errors).toEqual([]);
  });

  it('a huge article saved in parts, the worker stopped between them, ends whole (sent again) or absent, never half', async () => {
    const { browser } = session;
    const worker = await browser.worker();
    // About 50,000 highlights: far more than one message holds, so the save goes in some thirty parts.
    const name = 'en-US-megabyte-paragraph';
    const page = await browser.openPage(browser.site.urlOf(name));
    await page.waitForMeasure(ANNOTATE, { timeout: 60_000 });
    // The parts flow for seconds; the stop lands among them and takes the parts received so far.
    const { settled, contents } = await saveWithWorkerStopped(page, worker, 60_000);
    const stored = contents.articles.find((article) => article.key === pageFixture(name).key);
    if (settled.startsWith('Saved')) {
      expect(stored).toMatchObject({ hasBody: true, highlightRows: stored?.highlightCount });
      expect(stored!.highlightCount).toBeGreaterThan(10_000);
      expect(settled).toContain(`Saved · ${stored!.highlightCount} highlights`);
    } else {
      expect(settled, 'after an interrupted save').toMatch(/^Save/);
      expect(stored).toBeUndefined();
    }
    expect(page.errors).toEqual([]);
    expect(worker.errors).toEqual([]);
    await page.close();
  }, 150_000);
});
