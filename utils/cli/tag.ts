/**
 * `npm run --silent tag -- [--lang xx] FILE...`: tags each file and prints one JSON line per file,
 * `{"file", "lang", "tags"}`. Plain text is tagged as read (UTF-8; offsets into that text).
 */
import { readFileSync } from 'node:fs';
import { detectLanguage, normaliseLanguage, tagText } from '../tagging';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent tag -- [--lang zh-CN|zh-TW|en|fr|ja|ko|vi] FILE...\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let lang: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] as string;
  if (arg === '--lang') {
    lang = normaliseLanguage(args[i + 1]);
    if (!lang) usage(`unknown language: ${args[i + 1] ?? '(missing)'}`);
    i += 1;
  } else files.push(arg);
}
if (files.length === 0) usage('no input files');

let failed = false;
for (const file of files) {
  try {
    const text = readFileSync(file, 'utf8');
    const fileLang = lang ?? detectLanguage(text);
    process.stdout.write(`${JSON.stringify({ file, lang: fileLang, tags: tagText(text, { lang: fileLang }) })}\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exit(failed ? 1 : 0);
