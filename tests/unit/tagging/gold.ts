/** Reads gold articles written with the inline marks described in tests/fixtures/gold/GUIDELINES.md. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  kind: 'token' | 'company';
  /** Canonical name when the mark gives one. */
  name?: string;
}

export interface GoldClaim {
  start: number;
  end: number;
  text: string;
  speaker?: string;
  stance?: 'bullish' | 'bearish' | 'neutral';
}

export interface GoldArticle {
  file: string;
  split: 'dev' | 'heldout';
  lang: string;
  text: string;
  entities: GoldEntity[];
  claims: GoldClaim[];
}

export class GoldSyntaxError extends Error {}

const ENTITY_KINDS = new Set(['token', 'company']);
const STANCES = new Set(['bullish', 'bearish', 'neutral']);

function parseClaimAttrs(attrs: string, at: number): Pick<GoldClaim, 'speaker' | 'stance'> {
  const result: Pick<GoldClaim, 'speaker' | 'stance'> = {};
  for (const pair of attrs.split(';')) {
    const [rawKey, ...rest] = pair.split('=');
    const key = rawKey?.trim();
    const value = rest.join('=').trim();
    if (key === 'speaker' && value) result.speaker = value;
    else if (key === 'stance' && STANCES.has(value)) result.stance = value as GoldClaim['stance'];
    else throw new GoldSyntaxError(`bad claim attribute "${pair}" at ${at}`);
  }
  return result;
}

/** Turns marked-up text into plain text plus entity and claim spans (UTF-16 offsets into the plain text). */
export function parseGold(markup: string): Pick<GoldArticle, 'text' | 'entities' | 'claims'> {
  let text = '';
  const entities: GoldEntity[] = [];
  const claims: GoldClaim[] = [];
  let openClaim: { start: number; attrs: Pick<GoldClaim, 'speaker' | 'stance'>; at: number } | null = null;
  let i = 0;
  while (i < markup.length) {
    if (markup.startsWith('{{', i)) {
      const close = markup.indexOf('}}', i);
      if (close < 0) throw new GoldSyntaxError(`unclosed entity mark at ${i}`);
      const [surface, kind, name, ...extra] = markup.slice(i + 2, close).split('|');
      if (!surface || !kind || !ENTITY_KINDS.has(kind) || extra.length > 0) {
        throw new GoldSyntaxError(`bad entity mark at ${i}: ${markup.slice(i, close + 2)}`);
      }
      const start = text.length;
      text += surface;
      entities.push({ start, end: text.length, text: surface, kind: kind as GoldEntity['kind'], ...(name ? { name } : {}) });
      i = close + 2;
    } else if (markup.startsWith('<<', i)) {
      if (openClaim) throw new GoldSyntaxError(`nested claim mark at ${i}`);
      // Attributes end at the first "|" that comes before any entity mark or the claim's end.
      const bar = markup.indexOf('|', i);
      const nextEntity = markup.indexOf('{{', i);
      const end = markup.indexOf('>>', i);
      const hasAttrs = bar >= 0 && (end < 0 || bar < end) && (nextEntity < 0 || bar < nextEntity) && /=/.test(markup.slice(i + 2, bar));
      openClaim = { start: text.length, attrs: hasAttrs ? parseClaimAttrs(markup.slice(i + 2, bar), i) : {}, at: i };
      i = hasAttrs ? bar + 1 : i + 2;
    } else if (markup.startsWith('>>', i)) {
      if (!openClaim) throw new GoldSyntaxError(`claim close without open at ${i}`);
      const claimText = text.slice(openClaim.start);
      if (claimText.includes('\n\n')) throw new GoldSyntaxError(`claim spans a blank line at ${openClaim.at}`);
      claims.push({ start: openClaim.start, end: text.length, text: claimText, ...openClaim.attrs });
      openClaim = null;
      i += 2;
    } else {
      text += markup[i];
      i += 1;
    }
  }
  if (openClaim) throw new GoldSyntaxError(`unclosed claim mark at ${openClaim.at}`);
  return { text, entities, claims };
}

const GOLD_ROOT = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));

/** Loads every gold article of a split, sorted by file name. */
export function loadGold(split: 'dev' | 'heldout'): GoldArticle[] {
  const dir = join(GOLD_ROOT, split);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.gold.txt'))
    .sort()
    .map((file) => ({ file: `${split}/${file}`, split, lang: langOf(file), ...parseGold(readFileSync(join(dir, file), 'utf8')) }));
}

/** `zh-CN-podcast.gold.txt` → `zh-CN`; `fr-keynote.gold.txt` → `fr`. */
export function langOf(file: string): string {
  const match = /^(zh-CN|zh-TW|en|fr|ja|ko|vi)-/.exec(file);
  if (!match?.[1]) throw new GoldSyntaxError(`gold file name must start with a site language: ${file}`);
  return match[1];
}
