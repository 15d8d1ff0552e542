/**
 * `npm run demo`: builds the extension, opens a browser with it on a bundled TechFlow article served
 * at its real address, and prints what the extension found there, read from the page: its User Timing
 * measures (with their details) and the highlights it registered. Headed when there is a display
 * (the browser stays open until you close it), headless otherwise; writes a screenshot either way.
 *
 *   npm run demo -- [--browser chromium|firefox] [--page FIXTURE_NAME] [--screenshot PATH] [--headless]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTIFACTS_DIR, assertBrowserInstalled, BROWSER_NAMES, REPO_ROOT, type BrowserName } from './harness/browsers';
import { buildExtension } from './harness/build';
import { launchExtensionBrowser } from './harness/extension-browser';
import type { MeasureEntry } from './harness/in-page';
import type { TestPage } from './harness/test-page';

/** The seed article: a French keynote, built into a current-site page by the fixtures. */
const DEFAULT_PAGE = 'fr-FR-keynote';
/** Annotating takes well under a second; this allows for a cold start on a slow machine. */
const ANNOTATE_TIMEOUT_MS = 30_000;
/** The highlight layers the reading UI registers (`utils/reading/painter.ts`), in reader's words. */
const HIGHLIGHT_LAYERS: ReadonlyArray<[string, string]> = [
  ['tfa-token', 'tokens'],
  ['tfa-company', 'companies'],
  ['tfa-claim', 'claims'],
];

const { values: options } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    page: { type: 'string', default: DEFAULT_PAGE },
    screenshot: { type: 'string' },
    headless: { type: 'boolean', default: false },
  },
});

function browserName(value: string | undefined): BrowserName {
  const name = BROWSER_NAMES.find((candidate) => candidate === value);
  if (!name) throw new Error(`--browser must be one of ${BROWSER_NAMES.join(', ')}, not ${value}.`);
  return name;
}

/** How many ranges each `tfa-*` highlight layer holds, read from the page's highlight registry. */
function highlightCounts(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate((layers: string[]) => {
    const counts: Record<string, number> = {};
    for (const layer of layers) counts[layer] = CSS.highlights.get(layer)?.size ?? 0;
    return counts;
  }, HIGHLIGHT_LAYERS.map(([layer]) => layer));
}

/** Puts the pointer on the first highlighted mention, so the screenshot shows its tooltip. */
async function hoverFirstMention(page: TestPage): Promise<string | null> {
  const point = await page.evaluate((layers: string[]) => {
    for (const layer of layers) {
      const drawn = CSS.highlights.get(layer)?.values().next().value;
      if (!(drawn instanceof AbstractRange)) continue;
      // Mentions are drawn with static ranges, which have no geometry: measure a live copy.
      const first = document.createRange();
      first.setStart(drawn.startContainer, drawn.startOffset);
      first.setEnd(drawn.endContainer, drawn.endOffset);
      first.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = first.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, HIGHLIGHT_LAYERS.map(([layer]) => layer));
  if (!point) return null;
  await page.moveMouse(point.x, point.y);
  return page.waitForTooltip().catch(() => null);
}

function describeMeasure(measure: MeasureEntry): string {
  const detail = measure.detail === null ? '' : `  ${JSON.stringify(measure.detail)}`;
  return `${measure.name}: ${measure.duration.toFixed(1)} ms${detail}`;
}

/** The extracted article's title, language and size, as the extract measure's detail records them. */
function describeArticle(measures: MeasureEntry[]): string | null {
  const detail = measures.find((measure) => measure.name === 'techflow-annotator:extract')?.detail;
  if (typeof detail !== 'object' || detail === null) return null;
  const { title, lang, blocks } = detail as { title?: unknown; lang?: unknown; blocks?: unknown };
  if (typeof title !== 'string' || typeof lang !== 'string') return null;
  return `Article: “${title}” (language ${lang}, ${String(blocks)} blocks)`;
}

async function main(): Promise<number> {
  const name = browserName(options.browser);
  const headed = Boolean(process.env.DISPLAY) && !options.headless;
  const screenshot = resolve(options.screenshot ?? join(ARTIFACTS_DIR, `demo-${name}.png`));

  assertBrowserInstalled(name);
  console.log(`Building the extension for ${name}…`);
  await buildExtension([name]);

  const browser = await launchExtensionBrowser(name, { headless: !headed });
  const stop = () => void browser.close().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  try {
    const url = browser.site.urlOf(options.page);
    console.log(`Opening ${url} in ${name} (${headed ? 'headed' : 'headless'})…`);
    const page = await browser.openPage(url);
    const annotated = await page
      .waitForMeasure('techflow-annotator:annotate', { timeout: ANNOTATE_TIMEOUT_MS })
      .then(() => true)
      .catch(() => false);

    console.log('');
    console.log(`Page: ${await page.evaluate(() => document.title)}`);
    const measures = await page.measures();
    for (const measure of measures) console.log(`Measure ${describeMeasure(measure)}`);
    const article = describeArticle(measures);
    if (article) console.log(article);
    const counts = await highlightCounts(page);
    console.log(`Highlighted: ${HIGHLIGHT_LAYERS.map(([layer, label]) => `${counts[layer] ?? 0} ${label}`).join(', ')}`);
    const tooltip = annotated ? await hoverFirstMention(page) : null;
    if (tooltip) console.log(`Tooltip on the first mention: ${tooltip.replace(/\s+/g, ' ')}`);
    for (const problem of page.errors) console.log(`Page ${problem.kind}: ${problem.text}`);

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot(screenshot);
    console.log(`Screenshot: ${relative(REPO_ROOT, screenshot)}`);

    if (!annotated) {
      console.log(`\nThe extension recorded no techflow-annotator:annotate measure within ${ANNOTATE_TIMEOUT_MS / 1000} s: it did not annotate this page.`);
    }
    if (headed) {
      console.log('\nThe browser stays open: close its window (or press Ctrl+C) to finish.');
      await browser.whenClosed();
    }
    return annotated ? 0 : 1;
  } finally {
    process.off('SIGINT', stop);
    await browser.close().catch(() => undefined);
  }
}

process.exitCode = await main();
