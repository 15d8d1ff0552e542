/**
 * Hostile pages, in Chromium and Firefox. Markup, bidi overrides and zero-width characters in an
 * article reach the tooltips, the popup and every export as text, and none of it runs (a watcher in
 * the page and in the popup would see it); a claim's card full of markup stays on screen. A
 * paragraph of a million characters laced with markup is annotated, its cards show under the
 * pointer, and its markup stays text. The page's own scripts try every way in they have —
 * `window.postMessage`, DOM events (including the content script's own event names), fake extension
 * messages, synthetic clicks and keys, the page's IndexedDB — and cannot reach the worker, read the
 * library or save anything.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CHANNEL } from '../../utils/messaging';
import { BIDI_OVERRIDE, PWNED_GLOBAL, VISIBLE_IMG_PAYLOAD, ZERO_WIDTH_SPACE } from '../fixtures/pages/hostile-text';
import { BROWSER_NAMES, catchDownloads, caughtDownload, type TestPage, useExtensionBrowser } from './harness';

const ANNOTATE = 'techflow-annotator:annotate';
const HOSTILE = 'en-US-hostile';
/** Annotating a million-character paragraph takes seconds, many more on a loaded 2-core machine. */
const MEGABYTE_ANNOTATE_TIMEOUT_MS = 60_000;
/** The hostile article's title as the site shows it: markup as text, up to the bidi override. */
const HOSTILE_TITLE_START = `Bitcoin ${VISIBLE_IMG_PAYLOAD}`;

/**
 * Watches a document for anything hostile text could make run: the payloads' global, elements the
 * payloads would create (in the document, not as text), and script errors. Installed in the page's
 * main world, where inline handlers would run.
 */
async function watchForExecution(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.matches('img[src="x"], script, svg[onload], iframe')) seen.push(node.outerHTML.slice(0, 80));
        }
      }
    }).observe(document, { subtree: true, childList: true });
    (window as unknown as { tfaWatch: string[] }).tfaWatch = seen;
  });
}

async function executed(page: TestPage): Promise<{ pwned: unknown; elements: string[] }> {
  return page.evaluate((global) => {
    const win = window as unknown as Record<string, unknown> & { tfaWatch?: string[] };
    return { pwned: win[global] ?? null, elements: win.tfaWatch ?? [] };
  }, PWNED_GLOBAL);
}

/** Every element with `role` lies inside the viewport (nothing stretched past its edges). */
async function expectOnScreen(page: TestPage, role: string): Promise<void> {
  const { boxes, viewport } = await page.getByRole(role).boxes();
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.left, `${role} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width, `${role} right edge`).toBeLessThanOrEqual(viewport.width);
    expect(box.top, `${role} top edge`).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height, `${role} bottom edge`).toBeLessThanOrEqual(viewport.height);
  }
}

async function pointerAway(page: TestPage): Promise<void> {
  await page.moveMouse(2, 2);
  await page.getByRole('tooltip').waitFor({ state: 'hidden' });
}

describe.each(BROWSER_NAMES)('%s: hostile article text', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('shows markup, bidi overrides and zero-width text as inert text in tooltips, the popup and every export; none of it runs', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.site.urlOf(HOSTILE));
    await watchForExecution(page);
    await page.waitForMeasure(ANNOTATE);

    await page.textRange('demand keeps rising').hover();
    const claim = await page.waitForTooltip();
    expect(claim).toContain(VISIBLE_IMG_PAYLOAD);
    expect(claim).toContain('<script>');
    await expectOnScreen(page, 'tooltip');
    await pointerAway(page);
    await page.textRange('flows were strong').hover();
    expect(await page.waitForTooltip()).toContain(BIDI_OVERRIDE);
    // The override stays inside the element showing the page's text: the card's own words keep their order.
    expect(await page.getByRole('tooltip').unisolatedText(BIDI_OVERRIDE)).toEqual([]);
    await pointerAway(page);
    await page.textRange('will triple by the end of 2026').hover();
    expect(await page.waitForTooltip()).toContain(`Cardano${ZERO_WIDTH_SPACE}`);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();

    const popup = await browser.openPopup();
    await watchForExecution(popup);
    const [row] = await popup.getByRole('article', { name: new RegExp(`^${HOSTILE_TITLE_START.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).waitFor();
    expect(row).toContain(`${VISIBLE_IMG_PAYLOAD}"(self.${PWNED_GLOBAL}`);
    expect(row).toContain('<script>');
    // A bidi override in page text stays inside the element showing that text: it cannot reverse the
    // popup's own words around it.
    const leaks = await popup.evaluate((override) => {
      const leaking: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node.textContent ?? '').includes(override)) continue;
        const holder = node.parentElement!;
        if (!['isolate', 'plaintext'].includes(getComputedStyle(holder).unicodeBidi)) leaking.push(holder.outerHTML.slice(0, 120));
      }
      return leaking;
    }, BIDI_OVERRIDE);
    expect(leaks).toEqual([]);
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'a 5,000-letter word widens the popup').toBeLessThanOrEqual(0);

    await catchDownloads(popup);
    await popup.getByRole('button', { name: 'Export Markdown' }).click();
    const zip = unzipSync((await caughtDownload(popup, 0)).bytes);
    const markdown = Object.values(zip).map((bytes) => strFromU8(bytes)).join('\n');
    // The body escapes markup (link targets aside); the front matter holds it in quoted YAML strings.
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/gm, '');
    expect(body).toContain('\\<img src\\=x onerror\\=');
    expect(body).not.toMatch(/(?<!\\)<(?!https?:\/\/)/);
    expect(body).not.toMatch(/\]\((?!<https?:)/);
    expect(markdown).not.toContain(BIDI_OVERRIDE);
    await popup.getByRole('button', { name: 'Export CSV' }).click();
    const csv = (await caughtDownload(popup, 1)).text;
    expect(csv).toContain(`${VISIBLE_IMG_PAYLOAD}""(self.${PWNED_GLOBAL}`);
    await popup.getByRole('button', { name: 'Export JSON' }).click();
    const json = JSON.parse((await caughtDownload(popup, 2)).text) as unknown;
    expect(JSON.stringify(json)).toContain(VISIBLE_IMG_PAYLOAD);

    // Another article's card links to the saved hostile one by its title: markup shown as text there too.
    const other = await browser.openPage(browser.site.urlOf('en-US-interview'));
    await watchForExecution(other);
    await other.waitForMeasure(ANNOTATE);
    await other.textRange('Coinbase').hover();
    await expect.poll(() => other.tooltips(), { timeout: 10_000 }).toEqual([expect.stringContaining('Also in 1 saved article')]);
    const [card] = await other.tooltips();
    expect(card).toContain(HOSTILE_TITLE_START);
    expect(await other.getByRole('tooltip').unisolatedText(BIDI_OVERRIDE)).toEqual([]);

    expect(await executed(page)).toEqual({ pwned: null, elements: [] });
    expect(await executed(popup)).toEqual({ pwned: null, elements: [] });
    expect(await executed(other)).toEqual({ pwned: null, elements: [] });
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('annotates a megabyte paragraph laced with markup: cards show under the pointer, the markup stays text, nothing runs', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.site.urlOf('en-US-megabyte-paragraph'));
    await watchForExecution(page);
    await page.waitForMeasure(ANNOTATE, { timeout: MEGABYTE_ANNOTATE_TIMEOUT_MS });
    await page.textRange('Coinbase').hover();
    expect(await page.waitForTooltip()).toContain('Coinbase');
    await expectOnScreen(page, 'tooltip');
    await pointerAway(page);
    await page.textRange('Solana').hover();
    expect(await page.waitForTooltip()).toContain('Solana');
    expect(await page.textRange(`Coinbase ${VISIBLE_IMG_PAYLOAD}`).select({ method: 'script' })).toContain(VISIBLE_IMG_PAYLOAD);
    expect(await executed(page)).toEqual({ pwned: null, elements: [] });
    expect(page.errors).toEqual([]);
  }, MEGABYTE_ANNOTATE_TIMEOUT_MS + 30_000);
});

/** Everything a page script can try, from the page's main world; returns what it managed to observe. */
function attackFromPage({ channel, runtimeId }: { channel: string; runtimeId: string }): Promise<Record<string, unknown>> {
  const key = 'techflow:en-US:article:29001';
  const article = { url: 'https://www.techflowpost.com/en-US/article/29001', key, title: 'Forged', text: 'Forged', blocks: [] };
  const forged = { channel, type: 'saveArticle', payload: { article, highlights: [] } };
  const outcome: Record<string, unknown> = {};
  // The extension's UI and storage, as the page sees them.
  const host = document.querySelector('tfa-ui');
  outcome.shadowRoot = host ? host.shadowRoot !== null : 'no host';
  outcome.hostText = host?.textContent ?? '';
  // 1. Window messages, in the extension's envelope and as WXT's own content-script messages.
  window.postMessage(forged, '*');
  window.postMessage({ ...forged, type: 'savePage', payload: {} }, '*');
  // 2. DOM events: the names the content script's framework listens to are built from the extension
  //    id, which is public (the store id, the add-on id).
  const runtimeIds = [runtimeId];
  for (const id of runtimeIds) {
    for (const script of ['techflow', 'techflow-warmup']) {
      const detail = { contentScriptName: script, messageId: 'page' };
      document.dispatchEvent(new CustomEvent(`${id}:${script}:wxt:content-script-started`, { detail }));
      window.postMessage({ type: `${id}:${script}:wxt:content-script-started`, contentScriptName: script, messageId: 'page' }, '*');
      const change = new Event(`${id}:${script}:wxt:locationchange`);
      Object.assign(change, { newUrl: new URL('https://www.techflowpost.com/en-US/article/1'), oldUrl: new URL(location.href) });
      window.dispatchEvent(change);
    }
  }
  document.dispatchEvent(new CustomEvent('tfa:save', { detail: forged, bubbles: true }));
  // 3. Fake extension messages: the page has no extension API of its own; a made-up one reaches nothing.
  const globals = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
  outcome.pageHasRuntime = typeof globals.chrome?.runtime?.sendMessage === 'function' || globals.browser !== undefined;
  try {
    (globals.chrome as { runtime: { sendMessage: (id: string, message: unknown) => void } } | undefined)?.runtime.sendMessage(
      runtimeId,
      forged,
    );
  } catch (error) {
    outcome.sendMessageError = String(error);
  }
  // 4. Synthetic input: a Save shortcut and a click on the extension's host element.
  for (const type of ['keydown', 'keyup'] as const) {
    document.dispatchEvent(new KeyboardEvent(type, { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
  }
  host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return Promise.resolve(outcome);
}

describe.each(BROWSER_NAMES)('%s: the page’s own scripts', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('cannot reach the worker, read the library or forge a save, and the extension keeps working', async () => {
    const { browser } = session;
    const popup = await browser.openPopup();
    await popup.getByRole('heading', { name: 'Nothing saved yet' }).waitFor();

    const page = await browser.openPage(browser.site.urlOf('en-US-interview'));
    await page.waitForMeasure(ANNOTATE);
    await page.getByRole('toolbar', { name: 'TechFlow Annotator' }).waitFor();
    // The id the framework's event names carry: the extension's id in Chromium, the add-on id in Firefox.
    const runtimeId = browserName === 'chromium' ? new URL(browser.extensionOrigin).host : 'techflow-annotator@example.org';
    const outcome = await page.evaluate(attackFromPage, { channel: CHANNEL, runtimeId });
    expect(outcome).toMatchObject({ pageHasRuntime: false, shadowRoot: false, hostText: '' });

    const library = await page.evaluate(async () => {
      const names = 'databases' in indexedDB ? (await indexedDB.databases()).map((database) => database.name) : [];
      return names;
    });
    expect(library).not.toContain('techflow-annotator-library');

    // Still working: a hover shows the card, Save still says Save (nothing was saved), and a real click saves.
    await page.textRange('Morpho').hover();
    expect(await page.waitForTooltip()).toContain('Morpho');
    expect(await page.getByRole('toolbar', { name: 'TechFlow Annotator' }).texts()).toEqual([expect.stringMatching(/^Save/)]);
    expect(await popup.getByRole('heading', { name: 'Nothing saved yet' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await popup.getByRole('article', { name: /Arcadia Labs co-founder/ }).waitFor();
    expect(await popup.getByRole('article').count()).toBe(1);
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });
});
