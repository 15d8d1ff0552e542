/** The browser-test harness: see `tests/e2e/README.md`. */
export { BROWSER_NAMES, ARTIFACTS_DIR, type BrowserName } from './browsers';
export { catchDownloads, caughtDownload, type CaughtDownload } from './downloads';
export type { ExtensionWorker, PageProblem } from './driver';
export { ExtensionBrowser, launchExtensionBrowser, type LaunchOptions } from './extension-browser';
export { FixtureSite } from './fixture-site';
export type { MeasureEntry } from './in-page';
export { readRawLibrary, type RawHighlight, type RawLibrary } from './raw-library';
export { MEASURE_PREFIX, RoleLocator, TestPage, TextRange } from './test-page';
export { useExtensionBrowser } from './vitest-hooks';
