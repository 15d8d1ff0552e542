/**
 * What the stores get, checked on the built packages: a localised name and description (en, fr,
 * zh_CN), icons at every size the manifests name, at that size; no network call of the extension's
 * own, both in the bundled code (no request API in it) and in a browser session that records every
 * request (reading, hovering, saving, the popup and its exports).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, pageFixture } from '../fixtures/pages/fixtures';
import { BROWSER_NAMES, useExtensionBrowser } from './harness';
import { extensionDir } from './harness/browsers';

/** The UI languages the store listings must read in. */
const STORE_LOCALES = ['en', 'fr', 'zh_CN'];

/**
 * Calls that would make a request: `fetch(`, but not a method called fetch (`index.fetch(`), the
 * request classes, `sendBeacon`, and loaders of remote code.
 */
const NETWORK_APIS = /(?<![\w$.])fetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bRTCPeerConnection\b|\bWebTransport\b|\bimportScripts\s*\(/g;

interface Manifest {
  name: string;
  description: string;
  default_locale?: string;
  icons: Record<string, string>;
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(BROWSER_NAMES)('%s package', (browserName) => {
  const dir = extensionDir(browserName);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('has a name and description in English, French and Simplified Chinese', () => {
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
    const descriptions = new Set<string>();
    for (const locale of STORE_LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName?.message, locale).toBeTruthy();
      expect(messages.extDescription?.message.length, locale).toBeLessThanOrEqual(132);
      descriptions.add(messages.extDescription!.message);
    }
    expect(descriptions.size).toBe(STORE_LOCALES.length);
  });

  it('has an icon at every size the stores and toolbars use, each at its size', () => {
    expect(Object.keys(manifest.icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
    for (const [size, file] of Object.entries(manifest.icons)) {
      expect(pngSize(join(dir, file)), file).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('bundles no code that makes a request', () => {
    const found: string[] = [];
    for (const file of builtFiles(dir).filter((path) => /\.(?:m?js|html)$/.test(path))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(NETWORK_APIS)) {
        // A method called fetch (MiniSearch's tree) is declared `fetch(key, …) {`: not a request.
        if (/^fetch\s*\([\w$,\s]*\)\s*\{/.test(text.slice(match.index))) continue;
        found.push(`${relative(dir, file)}: …${text.slice(Math.max(0, match.index - 60), match.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe.each(BROWSER_NAMES)('%s: requests while reading, saving and exporting', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('are only the pages the reader opened and what those pages load', async () => {
    const { browser } = session;
    const pageUrl = browser.site.urlOf('en-US-interview');
    const page = await browser.openPage(pageUrl);
    await page.waitForMeasure('techflow-annotator:annotate');
    const pageRequests = browser.site.requests.length;
    await page.textRange('Morpho').hover();
    await page.waitForTooltip();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    const popup = await browser.openPopup();
    await popup.getByRole('article', { name: /Arcadia Labs co-founder/ }).waitFor();
    await popup.evaluate(() => {
      HTMLAnchorElement.prototype.click = () => undefined;
    });
    for (const format of ['Markdown', 'CSV', 'JSON']) await popup.getByRole('button', { name: `Export ${format}` }).click();
    await popup.getByRole('button', { name: 'Export JSON' }).waitFor();

    // Loading the page asked only for the page and what its HTML names (images, styles, scripts).
    const html = readFileSync(join(PAGES_DIR, pageFixture('en-US-interview').file), 'utf8');
    const unexpected = browser.site.requests
      .slice(0, pageRequests)
      .filter((url) => url.href.replace(/^http:/, 'https:') !== pageUrl && url.pathname !== '/favicon.ico' && !html.includes(url.pathname));
    expect(unexpected.map((url) => url.href)).toEqual([]);
    // Everything after it (the extension hovering, saving, the popup, exports) asked for nothing
    // but, at most, the page's icon.
    expect(browser.site.requests.slice(pageRequests).filter((url) => url.pathname !== '/favicon.ico').map((url) => url.href)).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });
});
