/**
 * Metadata lines ("作者｜X", "Date de diffusion : 12 mars 2025", "原文链接：URL"): recognising them
 * with the site's text rules and gathering what they say.
 */
import type { MetaField, TextRules } from '../site/adapter';
import { parseDate } from './dates';
import { splitNames } from './names';
import type { ArticleMeta } from './types';

/** Longest value a line naming people can have; longer text is a sentence, not a credit line. */
const MAX_NAMES_VALUE = 120;
/** Longest original title; a title may end with "?" or "!", but never holds a full stop "。". */
const MAX_TITLE_VALUE = 200;
/** Longest source name ("Bankless", "Crypto Frontier, episode 12"). */
const MAX_SOURCE_VALUE = 100;
/** A value ending like a sentence is a speaker's turn ("Host: thanks for joining us."), not a credit. */
const SENTENCE_END = /[。！？!?.…]$/u;
const URL_IN_TEXT = /https?:\/\/[^\s，。、）)]+/u;

const NAME_FIELDS = ['authors', 'editors', 'translators', 'compilers', 'guests', 'hosts'] as const;
type NameField = (typeof NAME_FIELDS)[number];

export interface MetaEntry {
  field: MetaField;
  value: string;
}

function isNameField(field: MetaField): field is NameField {
  return (NAME_FIELDS as readonly string[]).includes(field);
}

function plausible(entry: MetaEntry, href: string | undefined): boolean {
  const { field, value } = entry;
  if (!value) return false;
  if (isNameField(field)) return value.length <= MAX_NAMES_VALUE && !SENTENCE_END.test(value);
  if (field === 'date') return parseDate(value) !== null;
  if (field === 'sourceUrl') return URL_IN_TEXT.test(value) || href !== undefined;
  if (field === 'intro') return true;
  if (field === 'originalTitle') return value.length <= MAX_TITLE_VALUE && !value.includes('。');
  return value.length <= MAX_SOURCE_VALUE && (URL_IN_TEXT.test(value) || !SENTENCE_END.test(value));
}

/** Longest label the site writes before a separator ("Date de diffusion", "Người dẫn chương trình"). */
const MAX_LABEL_CHARS = 30;

function separatorAt(text: string, from: number, rules: TextRules): number {
  for (let i = from; i < text.length; i++) if (rules.labelSeparators.includes(text[i]!)) return i;
  return -1;
}

/**
 * Where a second label starts inside a value ("X 编辑：Y" → at "编辑"), and its field: a known
 * label after a space, right before a separator. Null when the value holds no other label.
 */
function nextLabel(value: string, rules: TextRules): { start: number; separator: number; field: MetaField } | null {
  for (let separator = separatorAt(value, 0, rules); separator >= 0; separator = separatorAt(value, separator + 1, rules)) {
    for (let start = Math.max(1, separator - MAX_LABEL_CHARS); start < separator; start++) {
      if (!/\s/u.test(value[start - 1]!)) continue;
      const field = rules.metaField(value.slice(start, separator));
      if (field) return { start, separator, field };
    }
  }
  return null;
}

/**
 * The metadata a line carries, or null if it is not a metadata line. One line may carry several
 * ("作者：X 编辑：Y"); every part must be plausible for the line to count.
 */
export function parseMetaLine(text: string, rules: TextRules, href?: string): MetaEntry[] | null {
  const separator = separatorAt(text.slice(0, MAX_LABEL_CHARS + 1), 0, rules);
  if (separator <= 0) return null;
  let field: MetaField | undefined = rules.metaField(text.slice(0, separator));
  if (!field) return null;
  let rest = text.slice(separator + 1);
  const entries: MetaEntry[] = [];
  while (field) {
    const next: ReturnType<typeof nextLabel> = field === 'intro' ? null : nextLabel(rest, rules);
    if (!next) {
      entries.push({ field, value: rest.trim() });
      break;
    }
    entries.push({ field, value: rest.slice(0, next.start).trim() });
    rest = rest.slice(next.separator + 1);
    field = next.field;
  }
  return entries.every((entry) => plausible(entry, href)) ? entries : null;
}

/** What credit lines say: the article's people, source and date, and an editor's intro. */
export type CollectedMeta = Pick<ArticleMeta, NameField | 'originalTitle' | 'source' | 'sourceUrl' | 'date' | 'dateText'> & {
  intro?: string;
};

export function emptyMeta(): CollectedMeta {
  return { authors: [], editors: [], translators: [], compilers: [], guests: [], hosts: [] };
}

function addNames(list: string[], names: readonly string[]): void {
  for (const name of names) if (!list.includes(name)) list.push(name);
}

/** Records what a metadata entry says; the first value of a single-valued field wins. */
export function applyMeta(meta: CollectedMeta, entry: MetaEntry, href?: string): void {
  const { field, value } = entry;
  if (isNameField(field)) {
    addNames(meta[field], splitNames(value));
    return;
  }
  switch (field) {
    case 'originalTitle':
      meta.originalTitle ??= value;
      break;
    case 'source': {
      const url = URL_IN_TEXT.exec(value)?.[0] ?? href;
      const name = value.replace(URL_IN_TEXT, '').replace(/[\s:：|｜-]+$/u, '').trim();
      if (name) meta.source ??= name;
      if (url) meta.sourceUrl ??= url;
      break;
    }
    case 'sourceUrl':
      meta.sourceUrl ??= URL_IN_TEXT.exec(value)?.[0] ?? href;
      break;
    case 'date':
      if (meta.dateText === undefined) {
        meta.dateText = value;
        meta.date = parseDate(value) ?? undefined;
      }
      break;
    case 'intro':
      meta.intro ??= value;
      break;
  }
}
