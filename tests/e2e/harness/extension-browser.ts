/**
 * A browser with the built extension loaded, serving the fixture site: the one object a browser
 * test starts from, whichever browser runs it.
 */
import { assertBrowserInstalled, assertExtensionBuilt, type BrowserName } from './browsers';
import { launchChromium } from './chromium';
import type { ExtensionWorker, PageBackend, SiteAddressing } from './driver';
import { FixtureSite } from './fixture-site';
import { launchFirefox } from './firefox';
import { TestPage, UI_TIMEOUT_MS } from './test-page';
import { waitUntil } from './wait';

export interface LaunchOptions {
  headless: boolean;
  viewport: { width: number; height: number };
  /**
   * The browser's language (`fr`, `zh-CN`). Chromium uses it for its UI and `chrome.i18n`; Firefox
   * only for `Accept-Language`, since ESR ships its UI in English alone.
   */
  locale?: string;
  /**
   * A build to load instead of `.output/chrome-mv3` (unpacked) or `.output/firefox-mv2` (temporary
   * add-on), e.g. the previous release for an update test.
   */
  extensionPath?: string;
  /**
   * Chromium only: a profile folder kept after the browser closes (the caller removes it). With
   * `extensionPath` it lets a test relaunch with another build in the same place: an update.
   */
  profileDir?: string;
}

/** What each driver module provides to `ExtensionBrowser`. */
export interface BrowserBackend {
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  addressing: SiteAddressing;
  newPage(): Promise<PageBackend>;
  openExtensionPage(url: string): Promise<PageBackend>;
  /** Every open tab, each always wrapped by the same object. */
  pages(): Promise<PageBackend[]>;
  worker(): Promise<ExtensionWorker>;
  /** Firefox only: installs another build of the same add-on over the running one, as an update. */
  installUpdate?(buildDir: string): Promise<void>;
  /** Settles when the browser goes away, whoever closed it (a reader closing the window, `close()`). */
  closed: Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_OPTIONS: LaunchOptions = { headless: true, viewport: { width: 1280, height: 800 } };

export class ExtensionBrowser {
  private readonly testPages = new Map<PageBackend, TestPage>();

  constructor(
    private readonly backend: BrowserBackend,
    /** The fixture site every request is answered from; `site.urlOf(name)` gives a fixture page's address. */
    readonly site: FixtureSite,
  ) {}

  get name(): BrowserName {
    return this.backend.name;
  }

  get extensionOrigin(): string {
    return this.backend.extensionOrigin;
  }

  /** Whether `worker()` works here: Chromium's MV3 service worker, yes; Firefox's MV2 background page, no. */
  get canControlWorker(): boolean {
    return this.backend.name === 'chromium';
  }

  private adopt(backend: PageBackend): TestPage {
    let page = this.testPages.get(backend);
    if (!page) {
      page = new TestPage(backend, this.backend.addressing);
      this.testPages.set(backend, page);
    }
    return page;
  }

  async newPage(): Promise<TestPage> {
    return this.adopt(await this.backend.newPage());
  }

  /** A new tab at a site address, e.g. `https://www.techflowpost.com/fr-FR/article/1`, loaded. */
  async openPage(siteUrl: string): Promise<TestPage> {
    const page = await this.newPage();
    await page.goto(siteUrl);
    return page;
  }

  /** A page of the extension (`popup.html`, …) opened in a tab. */
  async openExtensionPage(path: string): Promise<TestPage> {
    return this.adopt(await this.backend.openExtensionPage(`${this.extensionOrigin}/${path}`));
  }

  /** The toolbar popup, opened as a tab (its document is the same as in the real popup). */
  openPopup(): Promise<TestPage> {
    return this.openExtensionPage('popup.html');
  }

  /** Waits for a tab the tests did not open (opened by the extension or a page) whose site address matches. */
  async waitForPage(matches: (siteUrl: string) => boolean, options: { timeout?: number } = {}): Promise<TestPage> {
    const backend = await waitUntil(
      async () =>
        (await this.backend.pages()).find(
          (candidate) => !this.testPages.has(candidate) && matches(this.backend.addressing.toSiteUrl(candidate.url())),
        ),
      { timeout: options.timeout ?? UI_TIMEOUT_MS, describe: () => 'a new tab at a matching address' },
    );
    return this.adopt(backend);
  }

  /** The extension's service worker (Chromium only; see `canControlWorker`). */
  worker(): Promise<ExtensionWorker> {
    return this.backend.worker();
  }

  /** Whether `installUpdate` works here: Firefox, yes; Chromium updates by relaunching (`extensionPath` + `profileDir`). */
  get canUpdateInPlace(): boolean {
    return this.backend.installUpdate !== undefined;
  }

  /**
   * Firefox only (see `canUpdateInPlace`): installs another build of the extension (same add-on id)
   * over the running one in the same profile, as the browser applies an update; close the tabs
   * first, since the old build's pages go with it.
   */
  installUpdate(buildDir: string): Promise<void> {
    if (!this.backend.installUpdate) {
      return Promise.reject(new Error(`${this.name} cannot update in place: relaunch with extensionPath and profileDir.`));
    }
    return this.backend.installUpdate(buildDir);
  }

  /** Closes every tab the tests opened or adopted, so each test starts from a clean slate. */
  async closePages(): Promise<void> {
    const pages = [...this.testPages.values()];
    this.testPages.clear();
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
  }

  /** Settles when the browser has gone, e.g. the reader closed its window in a headed session. */
  whenClosed(): Promise<void> {
    return this.backend.closed;
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

export async function launchExtensionBrowser(
  name: BrowserName,
  options: Partial<LaunchOptions> = {},
): Promise<ExtensionBrowser> {
  assertBrowserInstalled(name);
  if (!options.extensionPath) assertExtensionBuilt(name);
  const site = new FixtureSite();
  const settings = { ...DEFAULT_OPTIONS, ...options };
  const backend = name === 'chromium' ? await launchChromium(site, settings) : await launchFirefox(site, settings);
  return new ExtensionBrowser(backend, site);
}
