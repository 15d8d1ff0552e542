/**
 * Firefox ESR through puppeteer-core (WebDriver BiDi): the MV2 build installed as a temporary add-on,
 * and a local fixture server set as Firefox's HTTP proxy, so pages load at their real host and path
 * (`http://www.techflowpost.com/...`, no port). Sites are served over http; the fixture hosts are
 * declared secure contexts so secure-only APIs (clipboard, …) behave as on the real https site.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { executablePath, extensionDir } from './browsers';
import type { PageBackend, PageProblem } from './driver';
import type { BrowserBackend, LaunchOptions } from './extension-browser';
import type { FixtureSite } from './fixture-site';
import { FirefoxSandbox } from './firefox-sandbox';
import { startFixtureServer } from './fixture-server';
import { waitUntil } from './wait';

/** An extension page replaces the tab's content process; this bounds how long that may take. */
const EXTENSION_PAGE_TIMEOUT_MS = 15_000;

class PuppeteerPage implements PageBackend {
  private readonly sandbox: FirefoxSandbox;

  constructor(
    private readonly page: Page,
    browser: Browser,
  ) {
    this.sandbox = new FirefoxSandbox(browser, page);
  }

  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  evaluateWithShadowRoots<T>(functionSource: string, args: readonly unknown[]): Promise<T> {
    return this.sandbox.call<T>(functionSource, args);
  }
  mouseMove(x: number, y: number, steps: number): Promise<void> {
    return this.page.mouse.move(x, y, { steps });
  }
  mouseDown(): Promise<void> {
    return this.page.mouse.down();
  }
  mouseUp(): Promise<void> {
    return this.page.mouse.up();
  }
  wheel(deltaX: number, deltaY: number): Promise<void> {
    return this.page.mouse.wheel({ deltaX, deltaY });
  }
  // Puppeteer's key names are the DOM `KeyboardEvent.key` values the tests use; it rejects unknown ones.
  keyDown(key: string): Promise<void> {
    return this.page.keyboard.down(key as KeyInput);
  }
  keyUp(key: string): Promise<void> {
    return this.page.keyboard.up(key as KeyInput);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key as KeyInput);
  }
  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }
  async screenshot(path: string, fullPage: boolean): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage });
  }
  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewport({ width, height });
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  onProblem(listener: (problem: PageProblem) => void): void {
    this.page.on('console', (message) => {
      if (message.type() === 'error') listener({ kind: 'console-error', text: message.text() });
    });
    this.page.on('pageerror', (error: unknown) =>
      listener({ kind: 'uncaught-exception', text: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  }
}

function geckoId(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id; the harness needs it.');
  return id;
}

/** https site addresses are loaded over http through the proxy; everything else is left alone. */
const addressing = {
  toBrowserUrl: (url: string) => url.replace(/^https:\/\//, 'http://'),
  toSiteUrl: (url: string) => url.replace(/^http:\/\//, 'https://'),
};

export async function launchFirefox(site: FixtureSite, options: LaunchOptions): Promise<BrowserBackend> {
  const server = await startFixtureServer(site);
  const profileDir = mkdtempSync(join(tmpdir(), 'tfa-firefox-'));
  const buildDir = options.extensionPath ?? extensionDir('firefox');
  const addonId = geckoId(buildDir);
  // Fixed per run, so the extension's moz-extension:// origin is known before it is installed.
  const uuid = randomUUID();
  const hosts = [...new Set(site.pages.map((page) => new URL(page.url).hostname))];
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: executablePath('firefox'),
      headless: options.headless,
      userDataDir: profileDir,
      defaultViewport: options.viewport,
      // Lets WebDriver BiDi open moz-extension:// pages (the popup) in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': server.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'dom.security.https_first': false,
        'dom.security.https_first_schemeless': false,
        'dom.securecontext.allowlist': hosts.join(','),
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        ...(options.locale ? { 'intl.accept_languages': options.locale } : {}),
      },
    });
    const openBrowser = browser;
    const install = async (dir: string) => {
      const installed = await openBrowser.installExtension(dir);
      if (installed !== addonId) throw new Error(`Firefox installed the extension as ${installed}, expected ${addonId}.`);
    };
    await install(buildDir);

    const wrappers = new WeakMap<Page, PuppeteerPage>();
    const wrap = (page: Page): PuppeteerPage => {
      let wrapper = wrappers.get(page);
      if (!wrapper) {
        wrapper = new PuppeteerPage(page, openBrowser);
        wrappers.set(page, wrapper);
      }
      return wrapper;
    };

    return {
      name: 'firefox',
      extensionOrigin: `moz-extension://${uuid}`,
      addressing,
      newPage: async () => wrap(await openBrowser.newPage()),
      async openExtensionPage(url) {
        const page = await openBrowser.newPage();
        // The tab switches to the extension's process, which puppeteer reports as a detached frame
        // although the tab keeps working: start the load, then wait for the page itself.
        page.goto(url).catch(() => undefined);
        await waitUntil(
          async () => {
            const ready = await page
              .evaluate((wanted: string) => location.href === wanted && document.readyState === 'complete', url)
              .catch(() => false);
            return ready || undefined;
          },
          { timeout: EXTENSION_PAGE_TIMEOUT_MS, describe: () => `${url} to load` },
        );
        return wrap(page);
      },
      async installUpdate(dir) {
        if (geckoId(dir) !== addonId) throw new Error(`${dir} is another add-on than ${addonId}: not an update.`);
        // A temporary add-on installed again under the same id replaces the installed one as an
        // update does (reason "update"): same moz-extension origin, same profile, data kept.
        await install(dir);
      },
      closed: new Promise<void>((resolvePromise) => openBrowser.once('disconnected', () => resolvePromise())),
      pages: async () => (await openBrowser.pages()).map(wrap),
      worker() {
        return Promise.reject(
          new Error(
            'Firefox runs the MV2 background as a page WebDriver BiDi cannot reach: worker control is Chromium-only ' +
              '(check `browser.canControlWorker`).',
          ),
        );
      },
      async close() {
        await openBrowser.close();
        await server.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
