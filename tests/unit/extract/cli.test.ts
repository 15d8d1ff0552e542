import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pageFixture, PAGES_DIR } from '../../fixtures/pages/fixtures';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../..', import.meta.url));

async function extractCli(...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'utils/cli/extract.ts', ...args], { cwd: repo });
    return { code: 0, json: JSON.parse(stdout) as Record<string, unknown> };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, json: JSON.parse(failure.stdout) as Record<string, unknown> };
  }
}

describe('npm run extract', () => {
  it('prints the article of a saved page, finding its URL in the page itself', async () => {
    const { code, json } = await extractCli(`${PAGES_DIR}/zh-CN-newsflash.html`);
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, article: { key: pageFixture('zh-CN-newsflash').key, lang: 'zh-CN' } });
  }, 30_000);

  it('uses --url when given and exits 1 with a JSON reason for a page that is not an article', async () => {
    const { code, json } = await extractCli(`${PAGES_DIR}/challenge.html`, '--url', pageFixture('challenge').url);
    expect(code).toBe(1);
    expect(json).toMatchObject({ ok: false, error: 'challenge-page' });
  }, 30_000);

  it('exits 2 on a missing file', async () => {
    const { code, json } = await extractCli(`${PAGES_DIR}/no-such-page.html`);
    expect(code).toBe(2);
    expect(json).toMatchObject({ ok: false, error: 'unreadable-file' });
  }, 30_000);
});
