/**
 * Text fragment links (`#:~:text=…`): a URL that opens the article scrolled to a quote and
 * highlighted by the browser itself, for "Copy link" and "copy quote with link".
 */
import type { TextQuoteSelector } from '../storage/types';

/** Quotes up to this length go into the link whole; longer ones as start and end. */
const WHOLE_QUOTE_MAX = 80;
/** Words kept for the start and end of a long quote written with spaces. */
const EDGE_WORDS = 4;
/** Words of context: the stored context is cut mid-word, so only the words nearest the quote are whole. */
const CONTEXT_WORDS = 2;
/** Characters kept for the same in scripts written without spaces (Chinese, Japanese). */
const EDGE_CHARS = 10;

/** Encodes one directive part: `-`, `,` and `&` are syntax in a text directive. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function hasSpaces(text: string): boolean {
  return /\s/.test(text.trim());
}

function head(text: string, words: number): string {
  const trimmed = text.trim();
  return hasSpaces(trimmed) ? trimmed.split(/\s+/).slice(0, words).join(' ') : trimmed.slice(0, EDGE_CHARS);
}

function tail(text: string, words: number): string {
  const trimmed = text.trim();
  return hasSpaces(trimmed) ? trimmed.split(/\s+/).slice(-words).join(' ') : trimmed.slice(-EDGE_CHARS);
}

/** The article URL with a text directive pointing at the quote. */
export function textFragmentUrl(pageUrl: string, quote: TextQuoteSelector): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const exact = quote.exact.trim().replace(/\s+/g, ' ');
  const parts: string[] = [];
  const prefix = tail(quote.prefix, CONTEXT_WORDS);
  if (prefix) parts.push(`${encodePart(prefix)}-`);
  if (exact.length <= WHOLE_QUOTE_MAX) {
    parts.push(encodePart(exact));
  } else {
    parts.push(encodePart(head(exact, EDGE_WORDS)), encodePart(tail(exact, EDGE_WORDS)));
  }
  const suffix = head(quote.suffix, CONTEXT_WORDS);
  if (suffix) parts.push(`-${encodePart(suffix)}`);
  return `${base}#:~:text=${parts.join(',')}`;
}
