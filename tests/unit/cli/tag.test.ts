import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface TagLine {
  file: string;
  lang: string;
  text?: string;
  tags: Array<{ kind: string; start: number; end: number; text: string }>;
}

function runTag(...args: string[]): TagLine[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'utils/cli/tag.ts', ...args], { encoding: 'utf8' });
  return output.trim().split('\n').map((line) => JSON.parse(line) as TagLine);
}

describe('npm run tag', () => {
  it('prints one JSON line per plain-text file, with offsets into the file as read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfa-tag-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, '币安宣布上线 ETH 永续合约。');
    writeFileSync(en, 'Coinbase expects Base to grow.');
    const [first, second] = runTag(zh, en);
    expect(first?.lang).toBe('zh-CN');
    expect(second?.lang).toBe('en');
    const text = '币安宣布上线 ETH 永续合约。';
    for (const tag of first?.tags ?? []) expect(text.slice(tag.start, tag.end)).toBe(tag.text);
    expect(first?.tags.filter((tag) => tag.kind !== 'claim').map((tag) => tag.text)).toEqual(['币安', 'ETH']);
    expect(first?.text).toBeUndefined();
  }, 30_000);

  it('extracts .html like the extension does and includes the extracted text the offsets refer to', () => {
    const [line] = runTag('tests/fixtures/pages/fr-FR-keynote.html');
    expect(line?.lang).toBe('fr');
    expect(line?.text).toMatch(/Zeng Ming/);
    expect(line?.tags.length).toBeGreaterThan(0);
    for (const tag of line?.tags ?? []) expect(line?.text?.slice(tag.start, tag.end)).toBe(tag.text);
  }, 30_000);
});
