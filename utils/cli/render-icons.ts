/**
 * Renders `assets/icon.svg` to the PNG sizes the stores and browsers ask for
 * (`npm run icons`), using the same headless Chromium as the browser tests.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Toolbar (16, 32), extensions page (48), Firefox add-ons (96), Chrome Web Store (128). */
const SIZES = [16, 32, 48, 96, 128] as const;

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  mkdirSync('assets/public/icon', { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.screenshot({ path: `assets/public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((size) => `${size}.png`).join(', ')} to assets/public/icon/.`);
