/**
 * Chromium through playwright-core: the MV3 build loaded unpacked into a persistent context, every
 * http(s) request answered from the fixture site (`context.route`), so pages keep their real https
 * addresses, and the extension's service worker reachable for evaluation and stopping.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page, type Worker } from 'playwright-core';
import { executablePath, extensionDir } from './browsers';
import { ChromiumIsolatedWorld } from './chromium-isolated-world';
import { ChromiumWorkerControl } from './chromium-worker';
import type { PageBackend, PageProblem } from './driver';
import type { BrowserBackend, LaunchOptions } from './extension-browser';
import type { FixtureSite } from './fixture-site';

/** The service worker registers at start-up; this bounds a slow start on a loaded machine. */
const WORKER_START_TIMEOUT_MS = 20_000;

class PlaywrightPage implements PageBackend {
  private readonly isolated: ChromiumIsolatedWorld;

  constructor(private readonly page: Page) {
    this.isolated = new ChromiumIsolatedWorld(page);
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
    return this.isolated.call<T>(functionSource, args);
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
    return this.page.mouse.wheel(deltaX, deltaY);
  }
  keyDown(key: string): Promise<void> {
    return this.page.keyboard.down(key);
  }
  keyUp(key: string): Promise<void> {
    return this.page.keyboard.up(key);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }
  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }
  async screenshot(path: string, fullPage: boolean): Promise<void> {
    await this.page.screenshot({ path, fullPage });
  }
  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewportSize({ width, height });
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  devToolsSession(): Promise<CDPSession> {
    return this.page.context().newCDPSession(this.page);
  }
  onProblem(listener: (problem: PageProblem) => void): void {
    this.page.on('console', (message) => {
      if (message.type() === 'error') listener({ kind: 'console-error', text: message.text() });
    });
    this.page.on('pageerror', (error) => listener({ kind: 'uncaught-exception', text: error.stack ?? String(error) }));
  }
}

export async function launchChromium(site: FixtureSite, options: LaunchOptions): Promise<BrowserBackend> {
  const extension = options.extensionPath ?? extensionDir('chromium');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'tfa-chromium-'));
  // A profile the caller gave outlives this browser; one made here does not.
  const removeProfile = () => {
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: executablePath('chromium'),
    headless: options.headless,
    viewport: options.viewport,
    locale: options.locale,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  try {
    // Every web request is answered locally: the tests never touch the network.
    await context.route(/^https?:\/\//, async (route) => {
      const answer = site.respond(new URL(route.request().url()));
      await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    });
    const isOurWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const firstWorker =
      context.serviceWorkers().find(isOurWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: WORKER_START_TIMEOUT_MS }));
    // Node's URL gives non-web schemes a "null" origin, so the origin is rebuilt from the host.
    const extensionOrigin = `chrome-extension://${new URL(firstWorker.url()).host}`;
    const ourWorker = (worker: Worker) => worker.url().startsWith(`${extensionOrigin}/`);
    const workerErrors: PageProblem[] = [];
    firstWorker.on('console', (message) => {
      if (message.type() === 'error') workerErrors.push({ kind: 'console-error', text: message.text() });
    });
    let workerControl: ChromiumWorkerControl | undefined;
    const wrappers = new WeakMap<Page, PlaywrightPage>();
    const wrap = (page: Page): PlaywrightPage => {
      let wrapper = wrappers.get(page);
      if (!wrapper) {
        wrapper = new PlaywrightPage(page);
        wrappers.set(page, wrapper);
      }
      return wrapper;
    };

    return {
      name: 'chromium',
      extensionOrigin,
      addressing: { toBrowserUrl: (url) => url, toSiteUrl: (url) => url },
      newPage: async () => wrap(await context.newPage()),
      async openExtensionPage(url) {
        const page = wrap(await context.newPage());
        await page.goto(url);
        return page;
      },
      closed: new Promise<void>((resolvePromise) => context.once('close', () => resolvePromise())),
      pages: async () => context.pages().filter((page) => !workerControl?.owns(page)).map(wrap),
      async worker() {
        workerControl ??= await ChromiumWorkerControl.open(context, extensionOrigin);
        // Playwright keeps one handle per worker registration; it follows restarts.
        const worker = context.serviceWorkers().find(ourWorker) ?? firstWorker;
        return workerControl.handle(worker, workerErrors);
      },
      async close() {
        await context.close();
        removeProfile();
      },
    };
  } catch (error) {
    await context.close();
    removeProfile();
    throw error;
  }
}
