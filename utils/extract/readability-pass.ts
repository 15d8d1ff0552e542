/** Readability on a clone of the page: the generic way to find an article's body on any markup. */
import Readability from '@mozilla/readability/Readability.js';

/**
 * Readability retries with looser rules while its result is shorter than this many characters.
 * Kept low: a 150-character Chinese newsflash is a whole article, each retry re-parses the page,
 * and the result is checked against the site's body element anyway.
 */
const CHAR_THRESHOLD = 100;

export interface ReadabilityResult {
  /** The article root Readability built, inside the clone: safe to read, never attached to the page. */
  root: Element;
  title?: string;
  publishedTime?: string;
}

/**
 * A detached copy of what Readability needs: the head (title, meta tags, JSON-LD) and, when the page
 * has an article container, only that container; otherwise the whole document. Cloning the page's
 * navigation, lists and footer would cost time and give Readability only more to reject.
 */
function cloneForReading(doc: Document, container: Element | null): Document {
  if (!container) return doc.cloneNode(true) as Document;
  const copy = doc.implementation.createHTMLDocument('');
  const head = doc.head ? (copy.importNode(doc.head, true) as HTMLHeadElement) : copy.createElement('head');
  // Relative links in the copy resolve against the page, as they would have in place.
  const base = copy.createElement('base');
  base.setAttribute('href', doc.baseURI);
  head.prepend(base);
  const body = copy.createElement('body');
  body.append(copy.importNode(container, true));
  copy.documentElement.replaceChildren(head, body);
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  return copy;
}

/** Readability's article, or null when it finds none or fails. Never throws; never touches `doc`. */
export function readWithReadability(doc: Document, container: Element | null): ReadabilityResult | null {
  try {
    const parsed = new Readability<Node>(cloneForReading(doc, container), {
      charThreshold: CHAR_THRESHOLD,
      // Classes are ours to ignore, and the page's JSON-LD is read only when a date is missing.
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node) => node,
    }).parse();
    const root = parsed?.content;
    if (!root || root.nodeType !== 1) return null;
    const result: ReadabilityResult = { root: root as Element };
    if (parsed.title) result.title = parsed.title;
    if (parsed.publishedTime) result.publishedTime = parsed.publishedTime;
    return result;
  } catch {
    return null;
  }
}
