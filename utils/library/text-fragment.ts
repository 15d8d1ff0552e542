/**
 * URL text fragments (`#:~:text=`), which make Chromium and recent Firefox scroll to and mark a
 * quote when a page opens: the fallback for showing a highlight when the content script cannot.
 */
import type { TextQuoteSelector } from '../storage/types';

/** Quotes longer than this are given as a start and an end, which browsers match more reliably. */
const LONG_QUOTE = 80;
/** Characters kept from each end of a long quote. */
const QUOTE_END_LENGTH = 30;
/** Context characters given as prefix/suffix to tell repeated quotes apart. */
const CONTEXT_LENGTH = 20;

/** Percent-encodes a fragment term, including the characters the directive syntax reserves. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The fragment directive for a quote, or '' when the quote has no text to look for. */
export function textFragment(quote: TextQuoteSelector): string {
  const exact = squash(quote.exact);
  if (!exact) return '';
  const prefix = squash(quote.prefix).slice(-CONTEXT_LENGTH).trim();
  const suffix = squash(quote.suffix).slice(0, CONTEXT_LENGTH).trim();
  const terms: string[] = [];
  if (prefix) terms.push(`${encodeTerm(prefix)}-`);
  if (exact.length > LONG_QUOTE) {
    terms.push(encodeTerm(exact.slice(0, QUOTE_END_LENGTH).trim()), encodeTerm(exact.slice(-QUOTE_END_LENGTH).trim()));
  } else {
    terms.push(encodeTerm(exact));
  }
  if (suffix) terms.push(`-${encodeTerm(suffix)}`);
  return `:~:text=${terms.join(',')}`;
}

/** The URL with a text fragment for the quote, replacing any fragment it had. */
export function urlWithTextFragment(url: string, quote: TextQuoteSelector): string {
  const directive = textFragment(quote);
  const base = url.split('#')[0] ?? url;
  return directive ? `${base}#${directive}` : base;
}
