/**
 * Time horizons of claims: the phrase as written plus a normalised range.
 *
 * Representation of `Horizon.from`/`Horizon.to`:
 * - calendar phrases ("by 2027", "2025年底", "T2 2026") give ISO dates `YYYY-MM-DD`;
 *   an open start ("by 2027") starts at `now` when it is given, else `from` is left out;
 * - relative durations ("dans les six à dix-huit mois", "未来两年", "in the next 5 years") give ISO
 *   dates counted from `now` when it is given, else ISO 8601 durations counted from the time of
 *   writing: "未来两年" → from `P0D` to `P2Y`, "dans les six à dix-huit mois" → `P6M`…`P18M`;
 * - phrases relative to the calendar ("next year", "年内", "下半年", "before Q2") need `now`:
 *   without it only `text` is set; vague phrases ("long term", "bientôt") only ever set `text`.
 */
import type { Horizon } from '../types';
import { foldHanText } from './han';
import type { LexiconLang } from './lexicon/types';
import { parseSmallNumber } from './numbers';

type Unit = 'Y' | 'M' | 'W' | 'D';

interface Offset {
  value: number;
  unit: Unit;
}

type Value =
  | { kind: 'calendar'; from?: string; to?: string; openStart?: boolean }
  | { kind: 'relative'; from: Offset; to: Offset }
  | { kind: 'yearFromNow'; yearOffset: number; part: Part; preposition: Preposition }
  | { kind: 'periodFromNow'; months: number; offset: number; week: boolean }
  | { kind: 'vague' };

interface Rule {
  regex: RegExp;
  /**
   * Text the rule cannot match without (a literal its pattern requires, same flags), tested first: most
   * claims hold none, and one literal search is far cheaper than trying the rule at every position.
   */
  gate?: RegExp;
  /** The rule needs a digit (a year, a quarter number): skipped for claims without one. */
  digits?: boolean;
  /** Higher wins when two rules match the same claim (a dated phrase beats "soon"). */
  priority: number;
  read: (match: RegExpExecArray) => Value | undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function ymd(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day of `month` (1–12) of `year`, by the Gregorian rule the Date object follows, without
 * making one; years before 100 (which `Date.UTC` reads as 19xx) and anything else odd go to `Date`.
 */
export function lastDay(year: number, month: number): number {
  if (!Number.isInteger(year) || year < 100 || year > 100_000 || !Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

function isoDate(date: Date): string {
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A span of months inside a year: [first month, last month]. */
type Part = [number, number];

const WHOLE_YEAR: Part = [1, 12];
const PARTS: Record<string, Part> = {
  early: [1, 3], beginning: [1, 3], start: [1, 3], début: [1, 3], 初: [1, 3], 年初: [1, 3], 初め: [1, 3], 초: [1, 3], 'đầu': [1, 3], 'đầu năm': [1, 3],
  mid: [4, 9], middle: [4, 9], mi: [4, 9], milieu: [4, 9], 中: [4, 9], 年中: [4, 9], 半ば: [4, 9], 중반: [4, 9], 'giữa': [4, 9],
  late: [10, 12], end: [10, 12], fin: [10, 12], 底: [10, 12], 末: [10, 12], 年底: [10, 12], 年末: [10, 12], 말: [10, 12], 'cuối': [10, 12],
  h1: [1, 6], h2: [7, 12], 'first half': [1, 6], 'second half': [7, 12], 上半年: [1, 6], 下半年: [7, 12], 前半: [1, 6], 後半: [7, 12],
  上期: [1, 6], 下期: [7, 12], 上半期: [1, 6], 下半期: [7, 12], 상반기: [1, 6], 하반기: [7, 12], 'nửa đầu': [1, 6], 'nửa cuối': [7, 12],
  'nửa sau': [7, 12], 'premier semestre': [1, 6], 'second semestre': [7, 12], 'deuxième semestre': [7, 12],
};

function quarterPart(quarter: number): Part {
  return [quarter * 3 - 2, quarter * 3];
}

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, premier: 1, '1er': 1, deuxième: 2,
  '2e': 2, troisième: 3, '3e': 3, quatrième: 4, '4e': 4, 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4,
  i: 1, ii: 2, iii: 3, iv: 4,
};

type Preposition = 'by' | 'before' | 'after' | 'in';

const PREPOSITIONS: Record<string, Preposition> = {
  by: 'by', until: 'by', till: 'by', through: 'by', "d'ici": 'by', 'd’ici': 'by', "jusqu'en": 'by', 'jusqu’en': 'by',
  到: 'by', 至: 'by', 截至: 'by', 截止: 'by', まで: 'by', までに: 'by', 까지: 'by', 'đến': 'by', 'tới': 'by', 'cho đến': 'by',
  before: 'before', avant: 'before', 前: 'before', 之前: 'before', 以前: 'before', 이전: 'before', 전: 'before', 'trước': 'before',
  after: 'after', since: 'after', from: 'after', après: 'after', dès: 'after', depuis: 'after', 'à partir de': 'after', 后: 'after',
  以后: 'after', 之后: 'after', 以降: 'after', 이후: 'after', 'sau': 'after', 'từ': 'after', 从: 'after', 自: 'after',
};

function prepositionOf(word: string | undefined): Preposition {
  return (word && PREPOSITIONS[word.toLowerCase()]) || 'in';
}

/** A calendar range of months in a year, shaped by a preposition ("before Q2" ends when Q2 starts). */
function calendar(year: number, part: Part, preposition: Preposition): Value {
  const from = ymd(year, part[0], 1);
  const to = ymd(year, part[1], lastDay(year, part[1]));
  switch (preposition) {
    case 'by':
      return { kind: 'calendar', to, openStart: true };
    case 'before': {
      const startMonth = part[0] === 1 ? 12 : part[0] - 1;
      const startYear = part[0] === 1 ? year - 1 : year;
      return { kind: 'calendar', to: ymd(startYear, startMonth, lastDay(startYear, startMonth)), openStart: true };
    }
    case 'after':
      return { kind: 'calendar', from };
    default:
      return { kind: 'calendar', from, to };
  }
}

/**
 * The same, for a year known only relative to `now` (this year, next year): kept as data and
 * resolved by `finish` once `now` is known (no closure per phrase read).
 */
function calendarFromNow(yearOffset: number, part: Part, preposition: Preposition): Value {
  return { kind: 'yearFromNow', yearOffset, part, preposition };
}

function resolveYearFromNow(now: Date, yearOffset: number, part: Part, preposition: Preposition): { from?: string; to?: string } {
  const value = calendar(now.getUTCFullYear() + yearOffset, part, preposition);
  if (value.kind !== 'calendar') return {};
  const from = value.from ?? (value.openStart ? isoDate(now) : undefined);
  return { ...(from ? { from } : {}), ...(value.to ? { to: value.to } : {}) };
}

function relative(from: number | undefined, to: number | undefined, unit: Unit): Value | undefined {
  if (to === undefined || !Number.isFinite(to)) return undefined;
  return { kind: 'relative', from: { value: from ?? 0, unit }, to: { value: to, unit } };
}

const UNITS: Record<string, Unit> = {
  year: 'Y', years: 'Y', an: 'Y', ans: 'Y', année: 'Y', années: 'Y', 年: 'Y', 년: 'Y', 'năm': 'Y',
  month: 'M', months: 'M', mois: 'M', 月: 'M', 个月: 'M', か月: 'M', ヶ月: 'M', カ月: 'M', 개월: 'M', 달: 'M', 'tháng': 'M',
  week: 'W', weeks: 'W', semaine: 'W', semaines: 'W', 周: 'W', 週間: 'W', 주: 'W', 'tuần': 'W',
  day: 'D', days: 'D', jour: 'D', jours: 'D', 天: 'D', 日: 'D', 일: 'D', 'ngày': 'D',
  quarter: 'M', quarters: 'M', trimestre: 'M', trimestres: 'M', 季度: 'M', 분기: 'M', 'quý': 'M',
  decade: 'Y', decades: 'Y', décennie: 'Y', décennies: 'Y', 十年: 'Y', 'thập kỷ': 'Y', 'thập niên': 'Y',
};

/** Quarters count as three months and decades as ten years. */
function unitFactor(word: string): number {
  const lower = word.toLowerCase();
  if (/^(?:quarters?|trimestres?|季度|분기|quý)$/.test(lower)) return 3;
  if (/^(?:decades?|décennies?|十年|thập kỷ|thập niên)$/.test(lower)) return 10;
  return 1;
}

/** "N units" / "N to M units" read as offsets, `within` meaning from now. */
function duration(first: string | undefined, second: string | undefined, unitWord: string, within: boolean): Value | undefined {
  const unit = UNITS[unitWord.toLowerCase()];
  if (!unit) return undefined;
  const factor = unitFactor(unitWord);
  const a = first === undefined ? 1 : parseSmallNumber(first);
  const b = second === undefined ? undefined : parseSmallNumber(second);
  if (a === undefined) return undefined;
  if (b !== undefined) return relative(a * factor, b * factor, unit);
  return relative(within ? 0 : a * factor, a * factor, unit);
}

function yearOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const year = Number(raw);
  return year >= 1900 && year <= 2200 ? year : undefined;
}

const THIS_OR_NEXT: Record<string, number> = {
  'this year': 0, 'next year': 1, 'cette année': 0, "l'année prochaine": 1, 'l’année prochaine': 1, "l'an prochain": 1,
  'l’an prochain': 1, 今年: 0, 明年: 1, 后年: 2, 来年: 1, 再来年: 2, 올해: 0, 내년: 1, 내후년: 2, 'năm nay': 0, 'năm sau': 1,
  'năm tới': 1, 'năm sau nữa': 2, "l'année": 0, 'l’année': 0, 'the year': 0, year: 0,
};

/** Either an explicit year or one relative to now, then a part of that year. */
function yearPart(yearText: string | undefined, part: Part, preposition: Preposition): Value | undefined {
  const year = yearOf(yearText);
  if (year !== undefined) return calendar(year, part, preposition);
  const offset = yearText === undefined ? 0 : THIS_OR_NEXT[yearText.toLowerCase()];
  return offset === undefined ? undefined : calendarFromNow(offset, part, preposition);
}

function partOf(word: string | undefined): Part | undefined {
  return word ? PARTS[word.toLowerCase()] : undefined;
}

const vague: Rule['read'] = () => ({ kind: 'vague' });

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const en = MONTHS_EN.findIndex((month) => month.startsWith(lower) && lower.length >= 3);
  if (en >= 0) return en + 1;
  return MONTHS_FR.indexOf(lower) + 1;
}

const WRITTEN_RULES: Record<LexiconLang, Rule[]> = {
  en: [
    {
      regex: /\b(?:(by|before|until|in|during|after|through)\s+(?:the\s+)?)?(?:(Q[1-4])|(H[12])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(first|second)\s+half)(?:\s+(?:of\s+)?(?:(\d{4})|(this|next)\s+year))?/i,
      gate: /Q[1-4]|H[12]|quarter|half/i,
      priority: 3,
      read: (m) => {
        const part = m[2] ? quarterPart(Number(m[2].slice(1))) : m[3] ? partOf(m[3]) : m[4] ? quarterPart(ORDINAL_QUARTER[m[4].toLowerCase()] ?? 1) : partOf(`${m[5]} half`);
        if (!part) return undefined;
        return yearPart(m[6] ?? (m[7] ? `${m[7]} year` : undefined), part, prepositionOf(m[1]));
      },
    },
    {
      regex: /\b(?:(by|before|until|in|during|after)\s+)?(?:the\s+)?(end|beginning|start|middle|early|mid|late)(?:-|\s+of\s+(?:the\s+)?|\s+)(\d{4}|this year|next year|year)\b/i,
      gate: /\d{4}|year/i,
      digits: true,
      priority: 3,
      read: (m) => {
        const part = partOf(m[2]);
        return part && yearPart(m[3], part, prepositionOf(m[1]));
      },
    },
    {
      regex: /\bby\s+(?:the\s+)?year[- ]end\b/i,
      gate: /year/i,
      priority: 3,
      read: () => calendarFromNow(0, [12, 12], 'by'),
    },
    {
      regex: /\b(?:(by|before|until|in|during|after)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(\d{4})\b/,
      gate: /\d{4}/,
      digits: true,
      priority: 3,
      read: (m) => {
        const month = monthIndex(m[2] ?? '');
        return month > 0 ? yearPart(m[3], [month, month], prepositionOf(m[1])) : undefined;
      },
    },
    {
      regex: /\b(by|before|until|till|through|in|during|after|since|from)\s+(\d{4})\b/i,
      gate: /\d{4}/i,
      digits: true,
      priority: 2,
      read: (m) => yearPart(m[2], WHOLE_YEAR, prepositionOf(m[1])),
    },
    {
      regex: /\b(?:(later|early|earlier)\s+)?(this|next)\s+(year|quarter|month|week)\b/i,
      gate: /year|quarter|month|week/i,
      priority: 2,
      read: (m) => {
        const offset = m[2]?.toLowerCase() === 'next' ? 1 : 0;
        const unit = m[3]?.toLowerCase();
        if (unit === 'year') return calendarFromNow(offset, m[1]?.toLowerCase() === 'early' ? [1, 3] : WHOLE_YEAR, 'in');
        return relativeCalendar(unit === 'quarter' ? 3 : unit === 'month' ? 1 : 0, offset, unit === 'week');
      },
    },
    {
      regex: /\b(?:in|within|over|during|for)\s+the\s+(?:next|coming|following)\s+(?:(\S+?)(?:\s*(?:-|–|to)\s*(\S+?))?\s+)?(years?|months?|weeks?|days?|decades?|quarters?)\b/i,
      gate: /next|coming|following/i,
      priority: 2,
      read: (m) => duration(m[1] ?? undefined, m[2] ?? undefined, m[3] ?? '', true) ?? durationWithin(m[2] ?? m[1], m[3] ?? ''),
    },
    {
      regex: /\b(within|in)\s+(?:the\s+next\s+)?(\S+?)(?:\s*(?:-|–|to)\s*(\S+?))?\s+(years?|months?|weeks?|days?|decades?)(?:\s+from\s+now)?\b/i,
      gate: /year|month|week|day|decade/i,
      priority: 2,
      read: (m) => duration(m[2], m[3], m[4] ?? '', m[1]?.toLowerCase() === 'within'),
    },
    {
      regex: /\b(?:the\s+)?(?:next|coming)\s+decade\b/i,
      gate: /decade/i,
      priority: 2,
      read: () => relative(0, 10, 'Y'),
    },
    {
      regex: /\b(soon|in the long run|long[- ]term|short[- ]term|medium[- ]term|in the near future|near[- ]term|this cycle|next cycle|eventually|in the future)\b/i,
      priority: 1,
      read: vague,
    },
  ],
  fr: [
    {
      regex: /(?:(?<![\p{L}\p{N}])(d'ici|d’ici|avant|en|au cours du|au|pendant|après|dès)\s+(?:le\s+|la\s+|l'|l’)?)?(?:\b(T[1-4])\b|(?<![\p{L}\p{N}])(premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e)\s+(trimestre|semestre))(?:\s+(?:de\s+)?(?:(\d{4})|(cette année|l['’]année prochaine)))?/iu,
      gate: /T[1-4]|trimestre|semestre/iu,
      digits: true,
      priority: 3,
      read: (m) => {
        let part: Part | undefined;
        if (m[2]) part = quarterPart(Number(m[2].slice(1)));
        else if (m[4]?.toLowerCase() === 'trimestre') part = quarterPart(ORDINAL_QUARTER[m[3]?.toLowerCase() ?? ''] ?? 1);
        else part = (ORDINAL_QUARTER[m[3]?.toLowerCase() ?? ''] ?? 1) === 1 ? [1, 6] : [7, 12];
        return yearPart(m[5] ?? m[6], part, prepositionOf(m[1]));
      },
    },
    {
      regex: /(?<![\p{L}\p{N}])(?:(d'ici|d’ici|avant|en|à|dès|après|au)\s+)?(?:la\s+)?(fin|début|mi|milieu)(?:[- ]|\s+(?:de\s+)?(?:l['’]année\s+)?)(\d{4}|l['’]année prochaine|cette année|l['’]an prochain|l['’]année)/iu,
      gate: /\d{4}|année|an prochain/iu,
      digits: true,
      priority: 3,
      read: (m) => {
        const part = partOf(m[2]);
        return part && yearPart(m[3], part, prepositionOf(m[1]));
      },
    },
    {
      regex: /(?<![\p{L}\p{N}])(?:(d'ici|d’ici|avant|en|dès|après)\s+)?(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(\d{4})/iu,
      gate: /\d{4}/iu,
      digits: true,
      priority: 3,
      read: (m) => {
        const month = monthIndex(m[2] ?? '');
        return month > 0 ? yearPart(m[3], [month, month], prepositionOf(m[1])) : undefined;
      },
    },
    {
      regex: /(?<![\p{L}\p{N}])(d'ici|d’ici|avant|en|dès|après|depuis|jusqu'en|jusqu’en|à partir de|vers)\s+(\d{4})\b/iu,
      gate: /\d{4}/iu,
      digits: true,
      priority: 2,
      read: (m) => yearPart(m[2], WHOLE_YEAR, prepositionOf(m[1])),
    },
    {
      regex: /(?<![\p{L}\p{N}])(?:(au début de|au cours de|durant|pendant)\s+)?(cette année|l['’]année prochaine|l['’]an prochain)/iu,
      gate: /cette année|année prochaine|an prochain/iu,
      priority: 2,
      read: (m) => yearPart(m[2], m[1]?.toLowerCase() === 'au début de' ? [1, 3] : WHOLE_YEAR, 'in'),
    },
    {
      regex: /(?<![\p{L}\p{N}])(le mois prochain|ce mois-ci|ce trimestre|le trimestre prochain|la semaine prochaine)/iu,
      gate: /mois|trimestre|semaine/iu,
      priority: 2,
      read: (m) => {
        const phrase = m[1]?.toLowerCase() ?? '';
        if (phrase.includes('semaine')) return relativeCalendar(0, 1, true);
        return relativeCalendar(phrase.includes('trimestre') ? 3 : 1, phrase.includes('prochain') ? 1 : 0, false);
      },
    },
    {
      regex: /(?<![\p{L}\p{N}])(?:dans|d['’]ici|au cours|durant|pendant)\s+(?:les|des)\s+(?:(\S+?)(?:\s+(?:à|a|-)\s+(\S+?))?\s+)?(?:prochaines?\s+|prochains\s+)?(ans|années|mois|semaines|jours|décennies|trimestres)(?:\s+(?:à venir|prochaines?|prochains|qui viennent))?/iu,
      gate: /ans|années|mois|semaines|jours|décennies|trimestres/iu,
      priority: 2,
      read: (m) => (/derni/i.test(m[0]) ? undefined : duration(m[1], m[2], m[3] ?? '', true)),
    },
    {
      regex: /(?<![\p{L}\p{N}])(dans|d['’]ici|en)\s+(\S+?)(?:\s+(?:à|-)\s+(\S+?))?\s+(ans|années|mois|semaines|jours)\b/iu,
      gate: /ans|années|mois|semaines|jours/iu,
      priority: 2,
      read: (m) => duration(m[2], m[3], m[4] ?? '', m[1]?.toLowerCase() !== 'dans'),
    },
    {
      regex: /(?<![\p{L}\p{N}])(?:la\s+)?(?:prochaine\s+décennie|décennie\s+à\s+venir)/iu,
      gate: /décennie/iu,
      priority: 2,
      read: () => relative(0, 10, 'Y'),
    },
    {
      regex: /(?<![\p{L}\p{N}])(à long terme|à court terme|à moyen terme|bientôt|prochainement|dans un avenir proche|ce cycle|à l['’]avenir|tôt ou tard)/iu,
      priority: 1,
      read: vague,
    },
  ],
  zh: [
    {
      regex: /(到|至|在|于|截至|截止|从|自)?\s*(\d{4})\s*年\s*(?:(年底|年末|年初|年中|底|末|初|中)|(上半年|下半年)|第?([一二三四1-4])季度|(\d{1,2})\s*月份?|Q([1-4]))?\s*(之前|以前|前|之内|以内|内|左右|以后|之后|后)?/i,
      gate: /年/i,
      digits: true,
      priority: 3,
      read: (m) => {
        const part = m[3] ? partOf(m[3]) : m[4] ? partOf(m[4]) : m[5] ? quarterPart(ORDINAL_QUARTER[m[5]] ?? 1) : m[6] ? ([Number(m[6]), Number(m[6])] as Part) : m[7] ? quarterPart(Number(m[7])) : WHOLE_YEAR;
        if (!part || part[0] < 1 || part[1] > 12) return undefined;
        const preposition = m[8] && /前/.test(m[8]) ? 'before' : m[8] && /后/.test(m[8]) ? 'after' : m[8] && /内/.test(m[8]) ? 'by' : prepositionOf(m[1]);
        return yearPart(m[2], part, preposition);
      },
    },
    {
      // 第四季度, and as often without 第: 四季度, 4 季度; 季度末/季度底 before 前 is "by the end of the quarter".
      regex: /(今年|明年|后年)?\s*(?:第?\s*([一二三四1-4])\s*季度(末|底)?|Q([1-4]))\s*(之前|以前|前|之内|内)?/i,
      gate: /季度|Q[1-4]/i,
      priority: 3,
      read: (m) => {
        const part = quarterPart(m[2] ? (ORDINAL_QUARTER[m[2]] ?? 1) : Number(m[4]));
        const preposition = m[5] && /前/.test(m[5]) && !m[3] ? 'before' : m[5] || m[3] ? 'by' : 'in';
        return calendarFromNow(m[1] ? (THIS_OR_NEXT[m[1]] ?? 0) : 0, part, preposition);
      },
    },
    {
      regex: /(今年|明年|后年)(年内|年底|年末|年初|年中|上半年|下半年|底|初|内)?(之前|以前|前)?|(年内|年底|年末|年初|年中|上半年|下半年)(之前|以前|前)?/,
      gate: /年/,
      priority: 2,
      read: (m) => {
        const offset = m[1] ? (THIS_OR_NEXT[m[1]] ?? 0) : 0;
        const partWord = m[2] ?? m[4];
        const within = partWord === '年内' || partWord === '内';
        const part = within || !partWord ? WHOLE_YEAR : partOf(partWord);
        if (!part) return undefined;
        const before = Boolean(m[3] ?? m[5]);
        return calendarFromNow(offset, part, before ? 'by' : within ? 'by' : 'in');
      },
    },
    {
      regex: /(?:未来|今后|接下来的?|在未来的?|此后)\s*([一二两三四五六七八九十半\d]+|几|数)?\s*(?:(?:到|至|-|~|—)\s*([一二两三四五六七八九十\d]+))?\s*(?:个)?(十年|年|月|周|天|季度)/,
      gate: /未来|今后|接下来|此后/,
      priority: 2,
      read: (m) => (m[1] === '几' || m[1] === '数' ? { kind: 'vague' } : duration(m[1], m[2], m[3] ?? '', true)),
    },
    {
      regex: /([一二两三四五六七八九十半\d]+)\s*(?:(?:到|至|-|~)\s*([一二两三四五六七八九十\d]+))?\s*(?:个)?(年|月|周)(内|之内|以内|后|之后|以后)/,
      gate: /[年月周](?:之|以)?[内后]/,
      priority: 2,
      read: (m) => duration(m[1], m[2], m[3] ?? '', /内/.test(m[4] ?? '')),
    },
    {
      regex: /(短期内|短期|中长期|长期来看|长期|近期|很快|不久的将来|本轮周期|这轮周期|下一轮周期|本轮牛市|这轮牛市|本周期|下个周期|未来|将来)/,
      priority: 1,
      read: vague,
    },
  ],
  ja: [
    {
      regex: /(\d{4})\s*年\s*(?:(末|初め|初|中|半ば|前半|後半|上期|下期|上半期|下半期)|第?([1-4一二三四])四半期|(\d{1,2})\s*月)?\s*(までに|まで|以降|中|内|前|以前)?/,
      gate: /年/,
      digits: true,
      priority: 3,
      read: (m) => {
        const part = m[2] ? partOf(m[2]) : m[3] ? quarterPart(ORDINAL_QUARTER[m[3]] ?? 1) : m[4] ? ([Number(m[4]), Number(m[4])] as Part) : WHOLE_YEAR;
        if (!part || part[1] > 12) return undefined;
        const preposition = m[5] === '中' || m[5] === '内' ? 'by' : prepositionOf(m[5]);
        return yearPart(m[1], part, preposition);
      },
    },
    {
      regex: /(今年|来年|再来年)(中|内|末|初め|初|前半|後半|上半期|下半期)?(までに|まで)?|(年内|年末|年初|下半期|上半期)/,
      gate: /年|半期/,
      priority: 2,
      read: (m) => {
        const offset = m[1] ? (THIS_OR_NEXT[m[1]] ?? 0) : 0;
        const partWord = m[2] ?? m[4];
        const within = partWord === '中' || partWord === '内' || partWord === '年内';
        const part = within || !partWord ? WHOLE_YEAR : (partOf(partWord) ?? PARTS[partWord.replace('年', '')]);
        return part ? calendarFromNow(offset, part, within || m[3] ? 'by' : 'in') : undefined;
      },
    },
    {
      regex: /(?:今後|これから|向こう)\s*(\d+|[一二三四五六七八九十]+|数)\s*(?:(?:〜|~|-|から)\s*(\d+|[一二三四五六七八九十]+))?\s*(か月|ヶ月|カ月|年|週間)/,
      gate: /今後|これから|向こう/,
      priority: 2,
      read: (m) => (m[1] === '数' ? { kind: 'vague' } : duration(m[1], m[2], m[3] ?? '', true)),
    },
    {
      regex: /(\d+|[一二三四五六七八九十]+)\s*(年|か月|ヶ月|カ月)\s*(以内|のうちに|後)/,
      gate: /(?:年|月)\s*(?:以内|のうちに|後)/,
      priority: 2,
      read: (m) => duration(m[1], undefined, m[2] ?? '', m[3] !== '後'),
    },
    {
      regex: /(近い将来|長期的|短期的|中長期的|いずれ|近々|将来)/,
      priority: 1,
      read: vague,
    },
  ],
  ko: [
    {
      regex: /(\d{4})\s*년\s*(?:(말|초|중반|상반기|하반기)|(\d)\s*분기|(\d{1,2})\s*월)?\s*(까지|이전|전|내|안에|이후)?/,
      gate: /년/,
      digits: true,
      priority: 3,
      read: (m) => {
        const part = m[2] ? partOf(m[2]) : m[3] ? quarterPart(Number(m[3])) : m[4] ? ([Number(m[4]), Number(m[4])] as Part) : WHOLE_YEAR;
        if (!part || part[1] > 12) return undefined;
        const preposition = m[5] === '내' || m[5] === '안에' ? 'by' : prepositionOf(m[5]);
        return yearPart(m[1], part, preposition);
      },
    },
    {
      // 연말까지 ("by the year's end") runs from now, like 올해 말까지.
      regex: /(올해|내년|내후년)\s*(말|초|상반기|하반기|중)?\s*(까지)?|(연내|연말|연초)\s*(까지)?/,
      gate: /올해|내년|내후년|연내|연말|연초/,
      priority: 2,
      read: (m) => {
        const offset = m[1] ? (THIS_OR_NEXT[m[1]] ?? 0) : 0;
        const word = m[2] ?? (m[4] === '연말' ? '말' : m[4] === '연초' ? '초' : undefined);
        const within = m[2] === '중' || m[4] === '연내';
        const part = within || !word ? WHOLE_YEAR : partOf(word);
        return part ? calendarFromNow(offset, part, within || m[3] || m[5] ? 'by' : 'in') : undefined;
      },
    },
    {
      regex: /(?:향후|앞으로)\s*(\d+|[한두세네다섯여섯일곱여덟아홉열]+|몇)\s*(?:(?:~|-|에서)\s*(\d+)\s*)?(년|개월|달|주)/,
      gate: /향후|앞으로/,
      priority: 2,
      read: (m) => (m[1] === '몇' ? { kind: 'vague' } : duration(m[1], m[2], m[3] ?? '', true)),
    },
    {
      regex: /(\d+|[한두세네다섯여섯일곱여덟아홉열])\s*(년|개월|달)\s*(내|안에|이내|후)/,
      gate: /(?:년|개월|달)\s*(?:내|안에|이내|후)/,
      priority: 2,
      read: (m) => duration(m[1], undefined, m[2] ?? '', m[3] !== '후'),
    },
    {
      regex: /(장기적으로|단기적으로|중장기적으로|머지않아|조만간|가까운 미래|곧)/,
      priority: 1,
      read: vague,
    },
  ],
  vi: [
    {
      regex: /(?:(trước|đến|tới|trong|vào|cho đến|từ|sau)\s+)?(?:(cuối|đầu|giữa)\s+)?(?:(nửa đầu|nửa cuối|nửa sau)\s+)?(?:quý\s+(\d|IV|I{1,3})\s+)?năm\s+(\d{4})/i,
      gate: /năm/i,
      digits: true,
      priority: 3,
      read: (m) => {
        const part = m[2] ? partOf(m[2]) : m[3] ? partOf(m[3]) : m[4] ? quarterPart(ORDINAL_QUARTER[m[4].toLowerCase()] ?? 1) : WHOLE_YEAR;
        return part && yearPart(m[5], part, m[1]?.toLowerCase() === 'trong' ? 'in' : prepositionOf(m[1]));
      },
    },
    {
      regex: /(?:(trước|đến|tới|trong|vào)\s+)?(?:(cuối|đầu|giữa)\s+)?(?:(nửa đầu|nửa cuối|nửa sau)\s+)?(năm nay|năm sau nữa|năm sau|năm tới)/i,
      gate: /năm nay|năm sau|năm tới/i,
      priority: 2,
      read: (m) => {
        const part = m[2] ? partOf(m[2]) : m[3] ? partOf(m[3]) : WHOLE_YEAR;
        return part && yearPart(m[4], part, m[1]?.toLowerCase() === 'trong' ? 'by' : prepositionOf(m[1]));
      },
    },
    {
      regex: /(?:trong vòng|trong)\s+(?:(\S+(?:\s\S+)?)\s+(?:(?:đến|tới|-)\s+(\S+(?:\s\S+)?)\s+)?)?(năm|tháng|tuần|thập kỷ|thập niên)\s+(?:tới|sắp tới|tiếp theo)/i,
      gate: /trong/i,
      priority: 2,
      read: (m) => duration(m[1], m[2], m[3] ?? '', true),
    },
    {
      regex: /(?:trong vòng)\s+(\S+(?:\s\S+)?)\s+(năm|tháng|tuần)/i,
      gate: /trong vòng/i,
      priority: 2,
      read: (m) => duration(m[1], undefined, m[2] ?? '', true),
    },
    {
      regex: /(dài hạn|ngắn hạn|trung hạn|sắp tới|trong tương lai gần|trong tương lai|thời gian tới)/i,
      priority: 1,
      read: vague,
    },
  ],
};

/** A period of whole months (or one week) starting this/next unit, relative to `now`. */
function relativeCalendar(months: number, offset: number, week: boolean): Value {
  return { kind: 'periodFromNow', months, offset, week };
}

function resolvePeriodFromNow(now: Date, months: number, offset: number, week: boolean): { from: string; to: string } {
  if (week) {
    const start = new Date(now.getTime() + offset * 7 * 86_400_000);
    return { from: isoDate(start), to: isoDate(new Date(start.getTime() + 6 * 86_400_000)) };
  }
  const span = Math.max(1, months);
  const currentStart = Math.floor(now.getUTCMonth() / span) * span;
  const first = new Date(Date.UTC(now.getUTCFullYear(), currentStart + offset * span, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + span, 0));
  return { from: isoDate(first), to: isoDate(last) };
}

function durationWithin(count: string | undefined, unitWord: string): Value | undefined {
  return duration(count, undefined, unitWord, true);
}

function shift(now: Date, offset: Offset): string {
  const date = new Date(now.getTime());
  if (offset.unit === 'D') date.setUTCDate(date.getUTCDate() + offset.value);
  else if (offset.unit === 'W') date.setUTCDate(date.getUTCDate() + offset.value * 7);
  else {
    const months = offset.unit === 'Y' ? offset.value * 12 : offset.value;
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + Math.round(months));
    date.setUTCDate(Math.min(day, lastDay(date.getUTCFullYear(), date.getUTCMonth() + 1)));
  }
  return isoDate(date);
}

/** ISO 8601 duration of an offset; fractional years become months ("半年" → P6M). */
function isoDuration(offset: Offset): string {
  if (offset.unit === 'Y' && !Number.isInteger(offset.value)) return `P${Math.round(offset.value * 12)}M`;
  if (offset.value === 0) return 'P0D';
  return `P${offset.value}${offset.unit}`;
}

function finish(text: string, value: Value, now: Date | undefined): Horizon {
  switch (value.kind) {
    case 'calendar': {
      const from = value.from ?? (value.openStart && now ? isoDate(now) : undefined);
      return { text, ...(from ? { from } : {}), ...(value.to ? { to: value.to } : {}) };
    }
    case 'relative':
      return now
        ? { text, from: shift(now, value.from), to: shift(now, value.to) }
        : { text, from: isoDuration(value.from), to: isoDuration(value.to) };
    case 'yearFromNow':
      return now ? { text, ...resolveYearFromNow(now, value.yearOffset, value.part, value.preposition) } : { text };
    case 'periodFromNow':
      return now ? { text, ...resolvePeriodFromNow(now, value.months, value.offset, value.week) } : { text };
    default:
      return { text };
  }
}

/**
 * The rules with every field present, in one order: written rules have four shapes (with or without
 * a gate, a digit need), and reading a rule's fields for every rule of every dated claim was a
 * megamorphic look-up; rules of one shape are read at fixed offsets.
 */
function uniformRule(rule: Rule): Rule {
  return { regex: rule.regex, gate: rule.gate, digits: rule.digits, priority: rule.priority, read: rule.read };
}

const RULES = Object.fromEntries(Object.entries(WRITTEN_RULES).map(([lang, rules]) => [lang, rules.map(uniformRule)])) as Record<LexiconLang, Rule[]>;

/** Each rule's pattern and gate, for the test that every gate holds wherever its rule matches. */
export function horizonRulePatterns(lang: LexiconLang): ReadonlyArray<{ regex: RegExp; gate?: RegExp }> {
  return RULES[lang];
}

/** Words every rule of a language needs: claims without any of them skip the rules altogether. */
const TIME_WORDS: Record<LexiconLang, RegExp> = {
  en: /\d|next|coming|soon|term|year|quarter|month|week|decade|cycle|eventual|future|half|Q[1-4]|H[12]/i,
  fr: /\d|prochain|venir|bientôt|terme|année|ans\b|an\b|mois|semaine|trimestre|semestre|décennie|cycle|avenir|tard|jours/i,
  zh: /\d|年|月|季|周|天|期|久|快|来|后|Q[1-4]/i,
  ja: /\d|年|月|期|将来|いずれ|近々/,
  ko: /\d|년|월|분기|개월|달|주|기적|곧|조만간|머지않아|미래|연내|연말|연초/,
  vi: /\d|năm|tháng|tuần|quý|thập|hạn|sắp|tương lai|thời gian/i,
};

/**
 * The claim's time horizon, or `undefined` when it names none. When several phrases match, the
 * most specific (dated over relative over vague) and then the first wins.
 */
export function findHorizon(claim: string, lang: LexiconLang, now?: Date): Horizon | undefined {
  if (!TIME_WORDS[lang].test(claim)) return undefined;
  const scanned = lang === 'zh' ? foldHanText(claim) : claim;
  const digits = /\d/.test(claim);
  let best: { start: number; text: string; value: Value; priority: number } | undefined;
  for (const rule of RULES[lang]) {
    // A rule of lower priority than the best match so far cannot win: it is not tried.
    if (best && rule.priority < best.priority) continue;
    if ((rule.digits && !digits) || (rule.gate && !rule.gate.test(scanned))) continue;
    const match = rule.regex.exec(scanned);
    if (!match || match[0].trim().length === 0) continue;
    const leading = match[0].length - match[0].trimStart().length;
    const start = match.index + leading;
    if (best && !(rule.priority > best.priority || (rule.priority === best.priority && start < best.start))) continue;
    // Read only what can win (reading builds the range).
    const value = rule.read(match);
    if (!value) continue;
    best = { start, text: claim.slice(start, match.index + match[0].trimEnd().length), value, priority: rule.priority };
  }
  return best && finish(best.text, best.value, now);
}
