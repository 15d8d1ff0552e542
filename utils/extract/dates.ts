/** Dates as the site writes them, in every site language, turned into ISO dates (YYYY-MM-DD). */

/** A date as written on the page, and what it means. */
export interface WrittenDate {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  text: string;
}

const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month name (or its first three letters, with or without a dot) → month number. */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  for (const months of [FRENCH_MONTHS, ENGLISH_MONTHS]) {
    const index = months.findIndex((month) => month === word || (word.length >= 3 && month.startsWith(word)));
    if (index >= 0) return index + 1;
  }
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

type Reader = (match: RegExpExecArray) => string | null;

const MONTH_WORD = String.raw`([A-Za-zÀ-ÿ]{3,9}\.?)`;

/** Patterns tried in order; the first that yields a real calendar date wins. */
const PATTERNS: ReadonlyArray<readonly [RegExp, Reader]> = [
  // 2024年9月19日 (zh, ja), 2024년 9월 19일 (ko)
  [/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  // 2024-09-19, 2024/9/19, 2024.09.19 (also ISO timestamps)
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  // ngày 19 tháng 9 năm 2024, 19 tháng 9, 2024 (vi)
  [/(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})/i, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  // 19 septembre 2024, 1er mars 2025, 19 September 2024
  [new RegExp(String.raw`(\d{1,2})(?:er)?\s+${MONTH_WORD}\s+(\d{4})`, 'u'), (m) => {
    const month = monthNumber(m[2]!);
    return month ? iso(+m[3]!, month, +m[1]!) : null;
  }],
  // September 19, 2024
  [new RegExp(String.raw`${MONTH_WORD}\s+(\d{1,2}),?\s+(\d{4})`, 'u'), (m) => {
    const month = monthNumber(m[1]!);
    return month ? iso(+m[3]!, month, +m[2]!) : null;
  }],
  // 19/09/2024 (fr, vi: day first)
  [/(\d{1,2})\/(\d{1,2})\/(\d{4})/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
];

/** Every pattern has a four-digit year: text without one is refused before any pattern runs. */
const YEAR = /\d{4}/;

/** The first date written in `text`, as an ISO date, or null. */
export function parseDate(text: string): string | null {
  if (!YEAR.test(text)) return null;
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const date = read(match);
    if (date) return date;
  }
  return null;
}

/** `text` with the date it gives, if it gives one. */
export function writtenDate(text: string | undefined): WrittenDate | undefined {
  const date = text ? parseDate(text) : null;
  return text && date ? { date, text } : undefined;
}

/** Longest line read as a date standing alone ("2024-12-16 08:00", "2024年12月16日"). */
const MAX_DATE_LINE_CHARS = 25;

/** The date a short line consists of (a page's grey publication date), or null. */
export function dateLine(text: string): string | null {
  return text.length <= MAX_DATE_LINE_CHARS ? parseDate(text) : null;
}
