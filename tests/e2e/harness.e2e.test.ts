/**
 * The harness itself, on a page the extension does not touch: every action and reading behaves the
 * same in both browsers, so tests of the extension can rely on it.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, BROWSER_NAMES, useExtensionBrowser } from './harness';

const SELF_TEST_PAGE = 'harness-reader-actions';

describe.each(BROWSER_NAMES)('%s: the browser-test harness', (browserName) => {
  const session = useExtensionBrowser(browserName);

  async function openSelfTest() {
    const { browser } = session;
    return browser.openPage(browser.site.urlOf(SELF_TEST_PAGE));
  }

  it('serves fixture pages at their real address and a 404 page elsewhere', async () => {
    const page = await openSelfTest();
    expect(await page.url()).toBe('https://example.org/harness/reader-actions');
    expect(await page.visibleText()).toContain('The quick brown fox');

    await page.goto('https://www.techflowpost.com/no/such/page');
    expect(await page.visibleText()).toContain('This page could not be found.');
  });

  it('hovers a text range and reads the tooltip it opens, inside a shadow root', async () => {
    const page = await openSelfTest();
    expect(await page.tooltips()).toEqual([]);
    await page.textRange('lazy dog').hover();
    expect(await page.waitForTooltip()).toBe('A dog that is lazy');
    await page.press('Escape');
    await page.getByRole('tooltip').waitFor({ state: 'hidden' });
  });

  it('selects text with a real mouse drag, and with a script selection and mouseup', async () => {
    const page = await openSelfTest();
    expect(await page.textRange('brown fox jumps').select()).toBe('brown fox jumps');
    await page.waitFor(() => document.getElementById('selection-echo')?.textContent === 'brown fox jumps');

    expect(await page.textRange('river bank').select({ method: 'script' })).toBe('river bank');
    await page.waitFor(() => document.getElementById('selection-echo')?.textContent === 'river bank');
  });

  it('scrolls to text below the fold before acting on it', async () => {
    const page = await openSelfTest();
    await page.textRange('far below the fold').hover();
    await page.waitFor(() => document.getElementById('pointer-echo')?.textContent === 'far');
  });

  it('clicks buttons by role and name inside the extension-style shadow root', async () => {
    const page = await openSelfTest();
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.getByRole('button', { name: /^Saved/ }).waitFor()).toEqual(['Saved (1)']);
    await page.getByRole('button', { name: 'Close panel' }).click();
    await page.getByRole('button', { name: 'Panel closed' }).waitFor();
    expect(await page.getByRole('button', { name: 'Invisible' }).count()).toBe(0);
  });

  it('types into a field found by its label and presses keys and chords', async () => {
    const page = await openSelfTest();
    await page.getByRole('searchbox', { name: 'Search' }).fill('bitcoin 比特币');
    await page.waitFor(() => document.getElementById('typed-echo')?.textContent === 'bitcoin 比特币');
    await page.press('Control+a');
    await page.waitFor(() => document.getElementById('key-echo')?.textContent === 'Control+a');
  });

  it('reads User Timing measures, with their detail', async () => {
    const page = await openSelfTest();
    const [measure] = await page.waitForMeasure('techflow-annotator:harness-self-test');
    expect(measure?.detail).toEqual({ from: 'page' });
  });

  it('follows a client-side navigation and goes back', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.site.urlOf('zh-CN-list'));
    const listUrl = await page.url();
    const listItem = { name: '以太坊 Pectra 升级下周上线' };
    expect(await page.getByRole('heading', listItem).count()).toBe(1);

    const articleUrl = browser.site.urlOf('en-US-interview');
    await page.navigateClientSide(articleUrl);
    expect(await page.url()).toBe(articleUrl);
    expect(await page.getByRole('heading', { name: /^Arcadia Labs co-founder: stablecoin yields/ }).count()).toBe(1);
    expect(await page.getByRole('heading', listItem).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');

    await page.goBack();
    expect(await page.url()).toBe(listUrl);
    expect(await page.getByRole('heading', listItem).count()).toBe(1);
  });

  it('collects console errors and uncaught exceptions', async () => {
    const page = await openSelfTest();
    expect(page.errors).toEqual([]);
    await page.getByRole('button', { name: 'Break the page' }).click();
    await expect.poll(() => page.errors.map((problem) => problem.kind).sort()).toEqual([
      'console-error',
      'uncaught-exception',
    ]);
    expect(page.errors.map((problem) => problem.text).join('\n')).toMatch(/deliberate uncaught error/);
  });

  it('takes screenshots', async () => {
    const page = await openSelfTest();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `harness-${browserName}.png`);
    await page.screenshot(path);
    expect(existsSync(path) && statSync(path).size).toBeGreaterThan(1_000);
  });

  it('opens the extension popup as a page', async () => {
    const popup = await session.browser.openPopup();
    expect(await popup.url()).toBe(`${session.browser.extensionOrigin}/popup.html`);
    await popup.waitFor(() => document.body.innerText.trim().length > 0);
  });
});
