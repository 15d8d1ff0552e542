/** The built extension installs and starts in both browsers, with only the permissions README explains. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, useExtensionBrowser } from './harness';
import { extensionDir, REPO_ROOT } from './harness/browsers';

/** The extension API as page-evaluated code sees it: `browser` in Firefox, `chrome` in Chromium. */
type ExtensionGlobals = { browser?: Browser; chrome?: Browser };

interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
}

describe.each(BROWSER_NAMES)('%s: the extension', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('starts: its popup page runs with the extension API and the built manifest', async () => {
    const popup = await session.browser.openPopup();
    const manifestVersion = await popup.evaluate(() => {
      const globals = globalThis as ExtensionGlobals;
      return (globals.browser ?? globals.chrome)?.runtime.getManifest().manifest_version;
    });
    expect(manifestVersion).toBe(browserName === 'chromium' ? 3 : 2);
    expect(popup.errors).toEqual([]);
  });

  it('leaves a TechFlow article page free of console errors and uncaught exceptions', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.site.urlOf('en-US-interview'));
    await page.textRange('Why stablecoin yields matter').hover();
    expect(page.errors).toEqual([]);
  });
});

describe('chromium: the extension service worker', () => {
  const session = useExtensionBrowser('chromium');

  it('runs the built background, and stop() ends that instance: a restart is a fresh worker', async () => {
    const worker = await session.browser.worker();
    expect(worker.status()).toBe('running');
    expect(await worker.evaluate(() => (globalThis as ExtensionGlobals).chrome?.runtime.getManifest().manifest_version, undefined)).toBe(3);
    await worker.evaluate(() => {
      (globalThis as { tfaInstanceMark?: string }).tfaInstanceMark = 'first instance';
    }, undefined);

    await worker.stop();
    expect(worker.status()).toBe('stopped');
    await expect(worker.evaluate(() => 1, undefined)).rejects.toThrow(/stopped/);

    await worker.start();
    expect(await worker.evaluate(() => (globalThis as { tfaInstanceMark?: string }).tfaInstanceMark ?? 'fresh', undefined)).toBe(
      'fresh',
    );
    expect(worker.errors).toEqual([]);
  });
});

describe('the built manifests', () => {
  it('request only permissions that README.md explains', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const name of BROWSER_NAMES) {
      const manifest = JSON.parse(readFileSync(join(extensionDir(name), 'manifest.json'), 'utf8')) as BuiltManifest;
      // MV2 lists host access among permissions; MV3 has its own key.
      const requested = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
      expect(requested.length).toBeGreaterThan(0);
      for (const permission of requested) expect(readme, `${name} requests ${permission}`).toContain(`\`${permission}\``);
    }
  });
});
