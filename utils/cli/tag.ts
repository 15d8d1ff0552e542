/**
 * `npm run --silent tag -- [--lang xx] [--url URL] FILE...`: tags each file and prints one JSON line
 * per file, `{"file", "lang", "tags"}`. Plain text is tagged as read (UTF-8; offsets into that text).
 * `.html` goes through the extension's own extraction (`extractFromHtml`), and its line also carries
 * `"text"`, the extracted text the offsets refer to. The page address is `--url`, else the page's
 * canonical link or og:url.
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../extract/from-html';
import { detectLanguage, normaliseLanguage, tagText } from '../tagging';

const USAGE = 'usage: npm run --silent tag -- [--lang zh-CN|zh-TW|en|fr|ja|ko|vi] [--url URL] FILE...';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The address a saved page declares for itself, so a file saved from the site needs no --url. */
function declaredUrl(html: string): string | undefined {
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  const ogUrl = /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  return canonical ?? ogUrl;
}

const args = process.argv.slice(2);
let lang: string | undefined;
let url: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] as string;
  if (arg === '--lang') {
    lang = normaliseLanguage(args[i + 1]);
    if (!lang) usage(`unknown language: ${args[i + 1] ?? '(missing)'}`);
    i += 1;
  } else if (arg === '--url') {
    url = args[i + 1];
    if (!url) usage('--url needs a value');
    i += 1;
  } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
  else files.push(arg);
}
if (files.length === 0) usage('no input files');

function tagFile(file: string): Record<string, unknown> {
  const content = readFileSync(file, 'utf8');
  if (!/\.html?$/i.test(file)) {
    const fileLang = lang ?? detectLanguage(content);
    return { file, lang: fileLang, tags: tagText(content, { lang: fileLang }) };
  }
  const pageUrl = url ?? declaredUrl(content);
  if (!pageUrl) throw new Error('no --url given and the page declares no canonical URL');
  const result = extractFromHtml(content, pageUrl);
  if (!result.ok) throw new Error(`not an article (${result.reason}): ${result.message}`);
  const { text } = result.article;
  const fileLang = lang ?? normaliseLanguage(result.article.lang) ?? detectLanguage(text);
  return { file, lang: fileLang, text, tags: tagText(text, { lang: fileLang }) };
}

let failed = false;
for (const file of files) {
  try {
    process.stdout.write(`${JSON.stringify(tagFile(file))}\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exit(failed ? 1 : 0);
