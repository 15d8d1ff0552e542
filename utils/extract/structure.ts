/**
 * The TechFlow cleanup: from the lines of an article body to its blocks and metadata. Header lines
 * become metadata, the footer is cut, the lead is kept once, newsflash by-lines go, bold short
 * paragraphs become headings, and transcript turns give each paragraph its speaker.
 */
import type { TextRules } from '../site/adapter';
import { dateLine, type WrittenDate } from './dates';
import type { Line } from './lines';
import { applyMeta, type CollectedMeta, parseMetaLine } from './meta-lines';
import { type LabelCandidate, labelReader, SpeakerResolver } from './speakers';
import { sameTextAs } from './text';
import { type ArticleBlock, BLOCK_SEPARATOR, type BlockType } from './types';

/** How many leading lines may hold header lines (branding, title, credits, podcast notes). */
const HEADER_SCAN_LINES = 16;
/** Ordinary paragraphs allowed before the header lines end (an intro may precede podcast notes). */
const MAX_PROSE_IN_HEADER = 2;
/** How many trailing lines may hold the footer boilerplate. */
const FOOTER_SCAN_LINES = 12;
/** How many leading lines may carry the newsflash by-line. */
const NEWSFLASH_SCAN_LINES = 2;
/** A bold paragraph up to this long, not ending like a sentence, is a section title. */
const BOLD_HEADING_MAX_CHARS = 60;
/** Level given to bold-paragraph section titles: below the page's h1 and the body's h2 sections. */
const BOLD_HEADING_LEVEL = 3;
const SENTENCE_OR_CLAUSE_END = /[:：.。!?！？,，;；…]$/u;

export interface StructureInput {
  lines: Line[];
  title: string;
  /** The page's pull quote (`div.quote`), if any. */
  lead?: string;
  rules: TextRules;
  /** Metadata gathered so far (from lines outside the body); completed in place. */
  meta: CollectedMeta;
}

export interface Structured {
  blocks: ArticleBlock[];
  text: string;
  lead?: string;
  /** A date line in the header that had no label (the page's own publication date). */
  headerDate?: WrittenDate;
}

interface Draft {
  type: BlockType;
  text: string;
  level?: number;
  speaker?: string;
}

/** Cuts the footer: from its first line to the end, reading any credit lines in it first. */
function cutFooter(lines: Line[], rules: TextRules, meta: CollectedMeta): Line[] {
  const from = Math.max(0, lines.length - FOOTER_SCAN_LINES);
  const start = lines.findIndex((line, i) => i >= from && rules.startsFooter(line.text));
  const kept = start < 0 ? lines : lines.slice(0, start);
  if (start >= 0) {
    for (const line of lines.slice(start)) {
      for (const entry of parseMetaLine(line.text, rules, line.href) ?? []) applyMeta(meta, entry, line.href);
    }
  }
  // Credit lines just before the footer ("原文链接：…", "来源：…") are metadata too.
  let end = kept.length;
  while (end > 0) {
    const line = kept[end - 1]!;
    const entries = line.kind === 'heading' ? null : parseMetaLine(line.text, rules, line.href);
    if (!entries || entries.some((entry) => entry.field === 'intro')) break;
    for (const entry of entries) applyMeta(meta, entry, line.href);
    end--;
  }
  return kept.slice(0, end);
}

/** Reads and removes header lines: title repeats, credits, podcast notes, a bare date. */
/** Reads a line's speaker label; one per article, so each written label is read once. */
type LabelReader = ReturnType<typeof labelReader>;

function cutHeader(lines: Line[], input: StructureInput, result: Structured, readLabel: LabelReader): Line[] {
  const { rules, meta } = input;
  const isTitle = sameTextAs(input.title);
  const isLead = input.lead ? sameTextAs(input.lead) : () => false;
  const kept: Line[] = [];
  let prose = 0;
  let scanned = 0;
  let index = 0;
  for (; index < lines.length && scanned < HEADER_SCAN_LINES && prose <= MAX_PROSE_IN_HEADER; index++) {
    const line = lines[index]!;
    // The pull quote is no header line and no prose: it is kept once, first, whether Readability
    // took it in beside the body or not, so the header lines found after it are the same either way.
    if (isLead(line.text)) continue;
    scanned++;
    if ((line.kind === 'heading' || isBoldHeading(line)) && !isTitle(line.text)) break;
    if (isTitle(line.text)) continue;
    const entries = parseMetaLine(line.text, rules, line.href);
    // An editor's intro is the lead only when the page has no pull quote; otherwise it stays text.
    if (entries && !(input.lead && entries.some((entry) => entry.field === 'intro'))) {
      for (const entry of entries) applyMeta(meta, entry, line.href);
      continue;
    }
    // A date alone in the header is the page's publication date, not prose.
    const date = dateLine(line.text);
    if (date) {
      result.headerDate ??= { date, text: line.text };
      continue;
    }
    const candidate = readLabel(line.text);
    if (candidate && candidate.rest === '') break;
    kept.push(line);
    prose++;
  }
  return [...kept, ...lines.slice(index)];
}

/** The first line, if it opens with the site's newsflash by-line, without it. */
function stripNewsflashByline(lines: Line[], rules: TextRules): Line[] {
  return lines.map((line, i) => {
    if (i >= NEWSFLASH_SCAN_LINES || line.kind !== 'paragraph') return line;
    const byline = rules.newsflashBylineLength(line.text);
    return byline > 0 ? { ...line, text: line.text.slice(byline) } : line;
  });
}

function isBoldHeading(line: Line): boolean {
  return (
    line.kind === 'paragraph' &&
    line.bold &&
    line.text.length <= BOLD_HEADING_MAX_CHARS &&
    !SENTENCE_OR_CLAUSE_END.test(line.text)
  );
}

/** Turns lines into blocks, splitting speaker labels off and carrying each turn's speaker. */
function draftBlocks(lines: Line[], input: StructureInput, readLabel: LabelReader): Draft[] {
  const { rules, meta } = input;
  const inSummary: boolean[] = [];
  const candidates: Array<LabelCandidate | null> = [];
  let summary = false;
  for (const line of lines) {
    if (line.kind === 'heading' || isBoldHeading(line)) summary = rules.isSummaryHeading(line.text);
    inSummary.push(summary);
    candidates.push(line.kind === 'paragraph' && !summary ? readLabel(line.text) : null);
  }
  const resolver = new SpeakerResolver(
    { hosts: meta.hosts, guests: meta.guests },
    candidates.filter((candidate): candidate is LabelCandidate => candidate !== null),
  );

  const drafts: Draft[] = [];
  let speaker: string | undefined;
  lines.forEach((line, i) => {
    const candidate = candidates[i];
    const named = candidate ? resolver.speakerOf(candidate) : null;
    if (line.kind === 'heading' || (isBoldHeading(line) && !named)) {
      drafts.push({ type: 'heading', text: line.text, level: line.level ?? BOLD_HEADING_LEVEL });
      speaker = undefined;
      return;
    }
    if (line.kind !== 'paragraph') {
      drafts.push({ type: line.kind, text: line.text });
      return;
    }
    if (candidate && named) {
      speaker = named;
      drafts.push({ type: 'speaker-label', text: candidate.label, speaker });
      if (candidate.rest) drafts.push({ type: 'paragraph', text: candidate.rest, speaker });
      return;
    }
    drafts.push(inSummary[i] || speaker === undefined ? { type: 'paragraph', text: line.text } : { type: 'paragraph', text: line.text, speaker });
  });
  return drafts;
}

/** Lays blocks end to end with the separator, recording each block's offsets and section. */
function layOut(drafts: Draft[]): { blocks: ArticleBlock[]; text: string } {
  const blocks: ArticleBlock[] = [];
  let offset = 0;
  let section: string | undefined;
  for (const draft of drafts) {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    if (draft.type === 'heading') section = draft.text;
    const block: ArticleBlock = { type: draft.type, text: draft.text, start: offset, end: offset + draft.text.length };
    if (draft.speaker !== undefined) block.speaker = draft.speaker;
    if (draft.level !== undefined) block.level = draft.level;
    if (section !== undefined) block.section = section;
    blocks.push(block);
    offset = block.end;
  }
  return { blocks, text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR) };
}

export function structureArticle(input: StructureInput): Structured {
  const result: Structured = { blocks: [], text: '' };
  const { rules } = input;
  let lines = input.lines.filter((line) => !rules.isInterfaceText(line.text) && !rules.isBranding(line.text));
  lines = cutFooter(lines, rules, input.meta);
  const readLabel = labelReader(rules);
  lines = cutHeader(lines, input, result, readLabel);

  const lead = input.lead ?? input.meta.intro;
  const drafts: Draft[] = [];
  if (lead) {
    // The lead is kept once, first, where the page shows it; repeats in the body go.
    const isLead = sameTextAs(lead);
    lines = lines.filter((line) => !isLead(line.text));
    drafts.push({ type: 'quote', text: lead });
    result.lead = lead;
  }
  lines = stripNewsflashByline(lines, rules).filter((line) => line.text.length > 0);
  drafts.push(...draftBlocks(lines, input, readLabel));
  Object.assign(result, layOut(drafts));
  return result;
}
