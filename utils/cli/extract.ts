/**
 * `npm run --silent extract -- FILE.html [--url URL]`: prints the article extracted from a saved
 * TechFlow page as JSON (metadata, blocks with speakers, plain text). Without `--url`, the page's
 * canonical link or og:url is used. Exits 1 with a JSON error when the page is not an article,
 * 2 on bad usage or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../extract/from-html';

const USAGE = 'usage: npm run --silent extract -- FILE.html [--url https://www.techflowpost.com/…]';

interface Arguments {
  file: string;
  url?: string;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--url') {
      url = argv[++i];
      if (!url) return '--url needs a value';
    } else if (argument.startsWith('--url=')) {
      url = argument.slice('--url='.length);
    } else if (argument === '--help' || argument === '-h') {
      return USAGE;
    } else if (argument.startsWith('-')) {
      return `unknown option ${argument}`;
    } else if (file === undefined) {
      file = argument;
    } else {
      return `unexpected argument ${argument}`;
    }
  }
  if (!file) return 'no HTML file given';
  return url === undefined ? { file } : { file, url };
}

/** The address the saved page declares for itself, so a file saved from the site needs no --url. */
function declaredUrl(html: string): string | undefined {
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  const ogUrl = /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  return canonical ?? ogUrl;
}

function fail(code: number, error: string, message: string): never {
  process.stdout.write(`${JSON.stringify({ ok: false, error, message }, null, 2)}\n`);
  process.exit(code);
}

const parsed = parseArguments(process.argv.slice(2));
if (typeof parsed === 'string') fail(2, 'usage', `${parsed}\n${USAGE}`);

let html: string;
try {
  html = readFileSync(parsed.file, 'utf8');
} catch (error) {
  fail(2, 'unreadable-file', `cannot read ${parsed.file}: ${(error as Error).message}`);
}

const url = parsed.url ?? declaredUrl(html);
if (!url) fail(2, 'usage', `no --url given and ${parsed.file} declares no canonical URL\n${USAGE}`);

const result = extractFromHtml(html, url);
if (!result.ok) fail(1, result.reason, result.message);
process.stdout.write(`${JSON.stringify({ ok: true, article: result.article }, null, 2)}\n`);
