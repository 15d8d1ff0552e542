import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The content script that runs at document start (entrypoints/techflow-warmup.content.ts). */
const WARM_UP_SCRIPT = 'techflow-warmup';

// Chrome gets MV3 (its only option); Firefox gets MV2 because Firefox MV3 treats
// host permissions as optional, so a fresh install would annotate nothing until
// the reader found and granted them by hand.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'assets/locales' },
  publicDir: 'assets/public',
  // The Firefox sources zip is what AMO reviewers rebuild from: test output does not belong in it.
  zip: { excludeSources: ['tests/.artifacts/**'] },
  // Explicit imports everywhere: pure modules must run in Node and tests unchanged.
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // Both browsers preload modules natively; Vite's polyfill would put a `fetch` in the popup bundle.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The polyfill module points `wxt/browser` at webextension-polyfill in every build, and WXT's
    // content-script wrapper imports it: the document-start warm-up, which never calls a browser
    // API through it, would carry the whole polyfill (3 KB gzip of the 60 KB content-script budget).
    // There it resolves to WXT's own `browser` (Firefox's `browser`, else Chrome's `chrome`).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.name === WARM_UP_SCRIPT)) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` holds the library's data-loss marker apart from IndexedDB (utils/storage/integrity.ts).
    permissions: ['contextMenus', 'storage', 'unlimitedStorage'],
    host_permissions: ['*://*.techflowpost.com/*'],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_page_saveCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'techflow-annotator@example.org',
              // 140 (ESR) is the first release that reads `data_collection_permissions`.
              strict_min_version: '140.0',
              // Nothing leaves the browser: Firefox shows "no data collected" at install.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
