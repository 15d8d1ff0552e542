/**
 * The layout of a text as claims see it: which lines are headings, metadata, speaker labels or body
 * text, who holds the turn (carried across paragraphs until the next label), which lines sit in a
 * summary section.
 */
import { cachedClass } from './char-class';
import { foldHanText, simplifiedCode } from './han';
import type { LexiconLang } from './lexicon/types';
import { isCjk, listMarkerEnd, splitLines, trimSpanInPlace, type Span } from './sentences';
import { isDisclaimerLabel, isMetadataLabel, labelKey, looksLikeName, participantsIn, roleOf, sourceName, splitLabel, type LabelSplit, type Role } from './speakers';

export type LineRole = 'heading' | 'metadata' | 'label' | 'text';

export interface DocumentLine {
  /** The trimmed line. */
  start: number;
  end: number;
  role: LineRole;
  /** Where the line's own text starts, after an inline speaker label. */
  contentStart: number;
  /** Who holds the turn, for transcript text. */
  speaker?: string;
  /** Whether the line belongs to a summary section (要点总结, Key takeaways…): no speakers there. */
  summary: boolean;
  /** Paragraph number: lines between two blank lines share it. */
  block: number;
}

/** Headings are short lines without a final punctuation mark; longer ones are paragraphs that lack it. */
const HEADING_MAX_LATIN = 110;
const HEADING_MAX_CJK = 45;
/** Titles repeated in the body (the page title, then the article's own) are no longer than this. */
const REPEATED_HEADING_MAX = 300;
/** A metadata value longer than this, or ending like a sentence, is a turn ("主持人：那你怎么看？"), not a list of names. */
const METADATA_VALUE_MAX = 80;
/** Announcements of a speech are short lines ending with a colon. */
const SPEECH_ANNOUNCEMENT_MAX = 120;


/** 1 for each UTF-16 unit of `chars` (one unit each): a code read instead of a one-character string per test. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i += 1) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Marks that end a sentence: a line ending with one (before closing quotes or brackets) is not a heading. */
const TERMINAL_MARKS = codeTable('.!?。！？…');
/** Closing quotes and brackets, looked through to find the mark a line really ends with ("…。」", "（第 42 期）"). */
const CLOSING_MARKS = codeTable('」』”"’\')）》】]»');

function endsLikeSentence(line: string): boolean {
  let i = line.length - 1;
  while (i > 0 && CLOSING_MARKS[line.charCodeAt(i)] === 1) i -= 1;
  return TERMINAL_MARKS[line.charCodeAt(i)] === 1;
}

function endsWithColon(line: string): boolean {
  const last = line[line.length - 1];
  return last === ':' || last === '：';
}

const SUMMARY_HEADINGS = [
  '要点总结', '精彩观点摘要', '观点摘要', '要点', '核心观点', '内容摘要', '本期要点', '总结', '摘要', '精彩观点', '本期看点', '重点摘要',
  '内容提要', '太长不看', '划重点', '要点速览', '精华摘要', '核心要点', '精彩摘要', '观点精华', '重点总结', '本文要点',
  'résumé des points clés', 'synthèse des idées fortes', 'points clés', 'résumé', 'à retenir', "l'essentiel", 'l’essentiel',
  'en bref', 'points à retenir', 'idées fortes', 'principaux enseignements', 'les points clés', 'synthèse',
  'key takeaways', 'takeaways', 'key points', 'highlights', 'summary', 'tl;dr', 'tldr', 'key insights', 'main points',
  'in brief', 'at a glance', 'top insights', 'key quotes', 'key highlights', 'episode highlights', 'quick take',
  '要点まとめ', 'まとめ', 'ポイント', '要約', 'ハイライト', '主なポイント', '重要ポイント', '概要', 'サマリー',
  '요약', '핵심 요약', '주요 내용', '핵심 포인트', '핵심 내용', '하이라이트', '요점', '핵심 정리',
  'tóm tắt', 'điểm chính', 'những điểm chính', 'tóm tắt ý chính', 'điểm nổi bật', 'ý chính', 'những điểm nổi bật',
];

/** Lines announcing a single speaker's speech ("Voici l'intégralité du discours :", "以下为演讲全文："). */
const SPEECH_ANNOUNCEMENT =
  /^(?:(?:voici|ci-dessous)\b.{0,40}(?:discours|intervention|allocution|conférence|keynote|présentation)|(?:below is|here is|the following is)\b.{0,40}(?:speech|talk|keynote|remarks|address)|以下(?:为|是|為).{0,12}(?:演讲|讲话|发言|演說|演講|講話|發言)|以下.{0,10}(?:講演|スピーチ)|다음은.{0,20}(?:연설|강연)|(?:dưới đây là|sau đây là).{0,30}(?:bài phát biểu|bài nói))/iu;

/** What `normaliseHeading` strips from the start of a heading, one character at a time. */
const isHeadingLead = cachedClass(/[#\s\-–—•·*▪●◆■►【\[（(]/u);
/** What `normaliseHeading` strips from the end of a heading, one character at a time. */
const isHeadingTrail = cachedClass(/[\s:：】\]）)]/u);

/**
 * A heading lowercased and folded, without its leading marks (#, bullets, opening brackets) and
 * trailing colons and closing brackets, spaces collapsed. The marks at either end are cut by reading
 * codes from the ends: an anchored pattern per end was tried at every position of the line.
 */
function normaliseHeading(text: string): string {
  const folded = foldHanText(text.toLowerCase());
  let start = 0;
  while (start < folded.length && isHeadingLead(folded.charCodeAt(start))) start += 1;
  let end = folded.length;
  while (end > start && isHeadingTrail(folded.charCodeAt(end - 1))) end -= 1;
  return folded.slice(start, end).replace(/\s+/g, ' ');
}

/** Summary headings by their first character, so a line is compared with a handful of them at most. */
const SUMMARY_BY_FIRST = new Map<string, string[]>();
for (const summary of SUMMARY_HEADINGS) {
  const first = summary[0] ?? '';
  SUMMARY_BY_FIRST.set(first, [...(SUMMARY_BY_FIRST.get(first) ?? []), summary]);
}
/** How much a heading may add after a summary name ("Key takeaways from this episode"). */
const SUMMARY_HEADING_EXTRA = 30;


/**
 * Whether the first character `normaliseHeading` would keep cannot start any summary heading, read
 * without normalising the line: most headings are not summaries. Only BMP characters whose lowercase
 * is one unit and needs no context (not İ, not Σ) are judged; for any other the answer is false.
 */
function cannotBeSummary(line: string): boolean {
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (isHeadingLead(code)) continue;
    if (code >= 0xd800 || code === 0x130 || code === 0x3a3) return false;
    const lower = String.fromCharCode(code).toLowerCase();
    return lower.length === 1 && !SUMMARY_BY_FIRST.has(String.fromCharCode(simplifiedCode(lower.charCodeAt(0))));
  }
  return true;
}

export function isSummaryHeading(line: string): boolean {
  if (cannotBeSummary(line)) return false;
  const heading = normaliseHeading(line);
  for (const summary of SUMMARY_BY_FIRST.get(heading[0] ?? '') ?? []) {
    if (heading.startsWith(summary) && heading.length <= summary.length + SUMMARY_HEADING_EXTRA) return true;
  }
  return false;
}

/** Maps a site locale ("zh-TW", "fr-FR", "en-US") to the lexicon that reads it; `undefined` for unknown ones. */
export function lexiconLangOf(lang: string | undefined): LexiconLang | undefined {
  const base = (lang ?? '').toLowerCase().slice(0, 2);
  return base === 'zh' || base === 'en' || base === 'fr' || base === 'ja' || base === 'ko' || base === 'vi' ? base : undefined;
}

function isCjkText(text: string): boolean {
  return text.length > 0 && isCjk(text.charCodeAt(0));
}

function looksLikeHeading(line: string): boolean {
  if (line.length > HEADING_MAX_LATIN || endsLikeSentence(line) || endsWithColon(line)) return false;
  const max = isCjkText(line) || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line.slice(0, 8)) ? HEADING_MAX_CJK : HEADING_MAX_LATIN;
  return line.length <= max;
}

function valueIsSentence(value: string): boolean {
  return value.length > METADATA_VALUE_MAX || endsLikeSentence(value);
}

/** The speaker a title names before its colon ("…d'Alibaba, Zeng Ming : AI + Crypto…", "对话 Arthur Hayes：…"). */
function titleSpeaker(title: string): string | undefined {
  const colon = title.search(/\s:\s|：/u);
  if (colon < 0) return undefined;
  const head = title.slice(0, colon).trim();
  const lastPart = head.split(/[,，、]/u).pop()?.trim() ?? '';
  if (looksLikeName(lastPart)) return lastPart;
  const fromRole = sourceName(lastPart);
  return fromRole && fromRole !== lastPart && looksLikeName(fromRole) ? fromRole : undefined;
}

interface Participants {
  hosts: string[];
  guests: string[];
}

function resolveRole(role: Role, written: string, participants: Participants): string {
  if ((role === 'host' || role === 'question') && participants.hosts.length === 1) return participants.hosts[0] ?? written;
  if ((role === 'guest' || role === 'answer') && participants.guests.length === 1) return participants.guests[0] ?? written;
  return written;
}

function lineOf(span: Span, role: LineRole, contentStart: number, speaker: string | undefined, summary: boolean, block: number): DocumentLine {
  const line: DocumentLine = { start: span.start, end: span.end, role, contentStart, summary, block };
  if (speaker && !summary) line.speaker = speaker;
  return line;
}

/** What a label prefix is, worked out once per distinct prefix (transcripts repeat the same few). */
interface LabelFacts {
  key: string;
  metadata: boolean;
  disclaimer: boolean;
  role: ReturnType<typeof roleOf>;
  /** The key of the name a role label carries ("主持人 Lin" → "lin"), or "" when it carries none. */
  roleNameKey: string;
  name: boolean;
}

function labelFacts(cache: Map<string, LabelFacts>, prefix: string): LabelFacts {
  let facts = cache.get(prefix);
  if (!facts) {
    const role = roleOf(prefix);
    const roleNameKey = role?.name ? labelKey(role.name) : '';
    facts = { key: labelKey(prefix), metadata: isMetadataLabel(prefix), disclaimer: isDisclaimerLabel(prefix), role, roleNameKey, name: looksLikeName(prefix) };
    cache.set(prefix, facts);
  }
  return facts;
}

/** Bullets open list items; numbers ("一、", "2.", "（三）") may also number sections. */
const BULLET_START = /^[-–—•·*▪●◆■►]/u;
/** Marks that open section headings rather than list items when the line stands alone (■, ◆, ▶). */
const HEADING_MARK_START = /^[■□◆◇▶►▼]/u;

function isBlank(span: Span | undefined): boolean {
  return span === undefined || span.end === span.start;
}

/** Whether the line at `index` has a blank line (or the text's edge) on both sides. */
function standsAlone(spans: Span[], index: number): boolean {
  return isBlank(spans[index - 1]) && isBlank(spans[index + 1]);
}

/** Reads the layout of `text`: every non-blank line with its role and turn. */
export function analyseDocument(text: string): DocumentLine[] {
  const spans = splitLines(text);
  for (const span of spans) trimSpanInPlace(text, span);
  const participants: Participants = { hosts: [], guests: [] };
  const labelCounts = new Map<string, number>();
  const labelCache = new Map<string, LabelFacts>();

  // First pass: participants named in metadata, and how often each label prefix opens a line. Each
  // line's label split is kept for the second pass.
  const splits: (LabelSplit | null)[] = new Array<LabelSplit | null>(spans.length).fill(null);
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index] as Span;
    if (span.end === span.start) continue;
    const split = splitLabel(text, span.start, span.end);
    splits[index] = split;
    if (!split) continue;
    const facts = labelFacts(labelCache, split.prefix);
    const value = facts.metadata ? text.slice(span.start + split.contentOffset, span.end) : '';
    if (facts.metadata && !valueIsSentence(value)) {
      const role = facts.role?.role;
      if (role === 'host') participants.hosts.push(...participantsIn(value));
      if (role === 'guest') participants.guests.push(...participantsIn(value));
      continue;
    }
    const role = facts.role;
    if (facts.name || role) labelCounts.set(facts.key, (labelCounts.get(facts.key) ?? 0) + 1);
    // "主持人 Lin：" also confirms a later bare "Lin：".
    if (role?.name) labelCounts.set(facts.roleNameKey, (labelCounts.get(facts.roleNameKey) ?? 0) + 1);
  }
  const participantKeys = new Set([...participants.hosts, ...participants.guests].map(labelKey));

  const lines: DocumentLine[] = [];
  let speaker: string | undefined;
  let summary = false;
  let block = 0;
  let previousBlank = true;
  let title: string | undefined;
  const headings = new Set<string>();
  // Lengths of the headings so far: a line of another length is no repeated heading, and is not hashed whole to ask.
  const headingLengths = new Set<number>();
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index] as Span;
    if (span.end === span.start) {
      if (!previousBlank) block += 1;
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    const line = text.slice(span.start, span.end);

    const isTitle = title === undefined;
    if (isTitle) title = line;

    // The first line is the title ("Arthur Hayes : le bitcoin va exploser"), not a turn, unless it is a
    // bare label ("Arthur Hayes :") or ends like a sentence.
    const labelSplit = splits[index] ?? null;
    const split = labelSplit && isTitle && !labelSplit.alone && !endsLikeSentence(line) ? null : labelSplit;
    if (split) {
      const value = text.slice(span.start + split.contentOffset, span.end);
      const facts = labelFacts(labelCache, split.prefix);
      if (facts.disclaimer || (facts.metadata && !valueIsSentence(value))) {
        lines.push(lineOf(span, 'metadata', span.start, speaker, summary, block));
        continue;
      }
      if (/^https?:\/\//.test(value)) {
        lines.push(lineOf(span, 'metadata', span.start, speaker, summary, block));
        continue;
      }
      const role = facts.role;
      const key = facts.key;
      const confirmed =
        role !== null ||
        (facts.name &&
          ((labelCounts.get(key) ?? 0) >= 2 || participantKeys.has(key) || (split.alone && (/\s/.test(split.prefix.trim()) || /\p{Script=Han}{2}|\p{Script=Hangul}{2}/u.test(split.prefix)))));
      if (confirmed) {
        const written = role?.name ?? split.prefix.replace(/\s*[（(][^）)]*[）)]\s*$/u, '').trim();
        speaker = role && !role.name ? resolveRole(role.role, written, participants) : written;
        summary = false;
        if (split.alone) lines.push(lineOf(span, 'label', span.start, speaker, summary, block));
        else lines.push(lineOf(span, 'text', span.start + split.contentOffset, speaker, summary, block));
        continue;
      }
    }

    const marker = listMarkerEnd(text, span.start, span.end);
    // A numbered line alone in its paragraph numbers a section ("一、PeerDAS 解决了什么问题", "2. Layer 2s");
    // bulleted lines, and numbered lines inside a list, are items.
    // A line opened by a box or triangle mark alone in its paragraph is a section heading (■企業の買いは続く), as Japanese news sets them.
    const headingCandidate = marker === span.start || ((!BULLET_START.test(line) || HEADING_MARK_START.test(line)) && standsAlone(spans, index));
    if (headingCandidate && looksLikeHeading(line) && isSummaryHeading(line)) {
      summary = true;
      speaker = undefined;
      lines.push(lineOf(span, 'heading', span.start, speaker, summary, block));
      headings.add(line);
      headingLengths.add(line.length);
      continue;
    }
    if (headingCandidate && (looksLikeHeading(line) || (isTitle && !endsLikeSentence(line)) || (line.length <= REPEATED_HEADING_MAX && headingLengths.has(line.length) && headings.has(line)))) {
      // A short unpunctuated line inside a summary can be one of its items rather than a new section.
      if (summary && line.length > 24) {
        lines.push(lineOf(span, 'text', span.start, speaker, summary, block));
        continue;
      }
      summary = false;
      lines.push(lineOf(span, 'heading', span.start, speaker, summary, block));
      headings.add(line);
      headingLengths.add(line.length);
      continue;
    }
    if (endsWithColon(line) && line.length < SPEECH_ANNOUNCEMENT_MAX && SPEECH_ANNOUNCEMENT.test(line) && title) {
      const named = titleSpeaker(title);
      if (named) speaker = named;
      summary = false;
    }
    lines.push(lineOf(span, 'text', span.start + newsflashBylineLength(line), speaker, summary, block));
  }
  return lines;
}

/**
 * A newsflash's by-line (深潮 TechFlow 消息，, 深潮 TechFlow 소식,, 深潮 TechFlow ニュース、) names the
 * outlet, not the news: the line's sentences start after it.
 */
const NEWSFLASH_BYLINE = /^(?:深潮\s*TechFlow\s*(?:消息|訊息|讯|訊|소식|ニュース|報道|报道|news|tin tức)?|TechFlow\s*(?:消息|訊息|소식|ニュース|news|tin tức))\s*[，,、]\s*/iu;

function newsflashBylineLength(line: string): number {
  return line.charCodeAt(0) === 0x6df1 || line.charCodeAt(0) === 0x54 ? (NEWSFLASH_BYLINE.exec(line)?.[0].length ?? 0) : 0;
}
