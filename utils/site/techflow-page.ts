/**
 * TechFlow's article pages as DOM: where the parts usually are, and whether a document at an
 * article URL really is an article (not the bot challenge, a 404 or a list that kept the URL).
 */
import type { ArticleDetection, PageHints } from './adapter';
import { parseArticleUrl } from './techflow-url';

export const techflowPageHints: PageHints = {
  // The ASP.NET site had no h1 and no article element: its title sat in `.art_title`, its parts in `.art_detail`.
  title: 'h1, .art_title',
  container: 'article, main, .art_detail',
  // The current site and the ASP.NET site both use this class for the article text.
  body: 'div.art_detail_content, .art_detail_content',
  lead: 'div.quote',
  chrome:
    'nav, aside, form, button, script, style, noscript, template, iframe, svg, [class*="share"], [class*="poster"], [class*="related"], [class*="recommend"]',
};

/** The Alibaba Cloud challenge page is tiny; a real article page never is. */
const CHALLENGE_MAX_TEXT = 400;
/** Marker of the challenge script: it computes a cookie from `arg1` and reloads. */
const CHALLENGE_SCRIPT = /\bvar\s+arg1\s*=\s*['"]/;
/** Enough text in a container to be an article without any of the site's own markers (characters). */
const MIN_FALLBACK_TEXT = 80;
/** Above this share of text inside links, a container is a list or a menu, not an article. */
const MAX_LINK_DENSITY = 0.5;

/** Titles and headings of "not found" pages in the site's languages and Next.js's default. */
const NOT_FOUND = /\b404\b|not\s+found|could not be found|页面不存在|頁面不存在|找不到|页面未找到|ページが見つかりません|페이지를 찾을 수 없|không tìm thấy|introuvable/iu;

/** Whether any text in `element` is not blank: `textLength(element) > 0` without copying a huge body's text. */
function hasText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test((node as Text).data)) return true;
  return false;
}

function textLength(element: Element | null): number {
  return element?.textContent?.trim().length ?? 0;
}

/** Length of the text a reader would see: the body's text outside scripts and styles. */
function visibleTextLength(doc: Document): number {
  const hidden = Array.from(doc.body?.querySelectorAll('script, style, noscript, template') ?? []);
  return textLength(doc.body) - hidden.reduce((sum, element) => sum + textLength(element), 0);
}

function isChallengePage(doc: Document): boolean {
  const hasChallengeScript = Array.from(doc.scripts).some((script) => CHALLENGE_SCRIPT.test(script.text));
  return hasChallengeScript && visibleTextLength(doc) <= CHALLENGE_MAX_TEXT;
}

/** Whether the document's own metadata says it is an article (Open Graph or JSON-LD). */
function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(ogType)) return true;
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((script) =>
    /"@type"\s*:\s*"(?:News|Blog|Tech)?Article"/.test(script.textContent ?? ''),
  );
}

function linkDensity(container: Element): number {
  const total = textLength(container);
  if (total === 0) return 1;
  const linked = Array.from(container.querySelectorAll('a')).reduce((sum, link) => sum + textLength(link), 0);
  return linked / total;
}

function isNotFoundPage(doc: Document): boolean {
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return NOT_FOUND.test(doc.title) || NOT_FOUND.test(heading);
}

export function detectTechflowArticle(doc: Document, url: string | URL): ArticleDetection {
  const address = parseArticleUrl(url);
  if (!address) return { isArticle: false, reason: 'not-article-url', address: null };
  try {
    const body = doc.querySelector(techflowPageHints.body);
    if (body && hasText(body)) return { isArticle: true, address };
    if (isChallengePage(doc)) return { isArticle: false, reason: 'challenge-page', address };
    if (isNotFoundPage(doc)) return { isArticle: false, reason: 'not-found', address };
    const container = doc.querySelector(techflowPageHints.container);
    const hasTitle = doc.querySelector(techflowPageHints.title) !== null;
    const hasProse =
      container !== null && textLength(container) >= MIN_FALLBACK_TEXT && linkDensity(container) <= MAX_LINK_DENSITY;
    if (hasProse && (hasTitle || declaresArticle(doc))) return { isArticle: true, address };
    return { isArticle: false, reason: 'no-content', address };
  } catch {
    return { isArticle: false, reason: 'no-content', address };
  }
}

/**
 * The parts the current site's article template puts around the body, each once at most, as direct
 * children of the `article` element. Readability may merge them into its article as siblings of
 * the body; the cleanup then removes them again as header lines, lead or interface text.
 */
const TEMPLATE_PARTS = ['div.art_label', 'h1.art_title', 'div.art_info', 'div.art_cover', 'div.quote', 'div.share_wrap', 'div.poster_wrap'];
const TITLE_PART = 1;
const LEAD_PART = 4;
/**
 * What in a body Readability may drop, move or rewrite: anything but paragraphs and headings of
 * plain inline text; a class, id, role or itemprop it scores; hidden elements; an author link;
 * relative and `javascript:` links (rewritten); a run of line breaks (turned into paragraphs).
 */
const UNSETTLED_BODY = [
  ':scope > :not(p, h2, h3, h4)',
  ':scope > * :not(span, strong, b, em, i, a, br)',
  ...['class', 'id', 'role', 'hidden', 'aria-hidden', 'itemprop', 'rel~=author i', 'style*=display i', 'style*=visibility i'].map(
    (attribute) => `:scope [${attribute}]`,
  ),
  ':scope a:not([href^="http://" i], [href^="https://" i])',
  ':scope br + br',
].join(', ');
/** Every meta tag Readability may take the article's title from. */
const META_TITLES = 'meta[property$="title" i], meta[name$="title" i]';
/** Readability drops a heading whose words mostly repeat the title's (it uses 0.75): reject well below. */
const TITLE_SIMILARITY_LIMIT = 0.5;
/** Text Readability scores as a paragraph from this many characters (shorter paragraphs it ignores). */
const SCORED_PARAGRAPH_CHARS = 25;
/** Readability merges a sibling paragraph of the body from this length, or shorter when it ends a sentence. */
const MERGED_SIBLING_CHARS = 80;

/** Share of `heading`'s words (as Readability splits them) that are the title's words, by length. */
function titleSimilarity(title: string, heading: string): number {
  const titleWords = title.split(/\W+/).filter(Boolean);
  const headingWords = heading.split(/\W+/).filter(Boolean);
  if (titleWords.length === 0 || headingWords.length === 0) return 0;
  const own = headingWords.filter((word) => !titleWords.includes(word));
  return 1 - own.join(' ').length / headingWords.join(' ').length;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether Readability spends its one removal of a heading that repeats the title on the
 * template's own `h1`, so it compares no heading of the body with the title: its title is then the
 * page's meta title (`og:title` at least; every meta title must agree), the `h1` repeats it word for
 * word, and it is the first `h1` or `h2` Readability meets. Entities Readability would decode a second
 * time (`&` in the decoded value) are refused.
 */
function titleHeadingTakesTheRemoval(doc: Document, container: Element): boolean {
  const first = container.querySelector('h1, h2');
  if (first?.tagName !== 'H1' || first.attributes.length !== 1 || !doc.querySelector('meta[property="og:title" i]')) return false;
  const heading = squash(first.textContent);
  return Array.from(doc.querySelectorAll(META_TITLES), (meta) => meta.getAttribute('content') ?? '').every(
    (content) => !content.includes('&') && squash(content) === heading,
  );
}

/**
 * Readability scales a block's score down by its share of link text, so a body mostly of links may
 * lose to the title and lead around it; from this share (its own limit for merging a paragraph
 * beside the article) the page is not taken as well formed. Real bodies stay well below it.
 */
const MAX_BODY_LINK_DENSITY = 0.25;

/** Whether `element` holds text outside any child element (Readability wraps such text in paragraphs). */
function hasLooseText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 3 && /\S/.test(node.textContent ?? ''));
}

/**
 * Whether Readability leaves a template part out of its article, or the cleanup drops it again:
 * the title and the lead (the cleanup removes the lead's line) hold plain text only; any other
 * part is too short and sentence-less for Readability to merge it as the body's sibling, and holds
 * no paragraph it would score.
 */
function isQuietTemplatePart(part: Element, kind: number): boolean {
  if (kind === TITLE_PART || kind === LEAD_PART) return part.children.length === 0;
  const text = squash(part.textContent);
  if (text.length >= MERGED_SIBLING_CHARS || /\.( |$)/.test(text)) return false;
  return Array.from(part.querySelectorAll('p, div, pre, td, blockquote')).every(
    (block) => squash(block.textContent).length < SCORED_PARAGRAPH_CHARS,
  );
}

/**
 * Whether the page is a TechFlow article exactly as the current site renders it: one `article`
 * holding only the template's parts around one body of plain paragraphs and headings. On such a
 * page Readability keeps the body as it is, so the article read from the body element alone is
 * the article Readability gives (the content script draws from it first; see README, "Reading
 * order"). Anything else — the old site, extra text around the body, tables, lists, hidden or
 * classed elements, rewritten links, a heading that repeats the title — is rejected. Never throws.
 */
export function isWellFormedTechflowArticle(doc: Document): boolean {
  try {
    const containers = doc.querySelectorAll('article');
    const bodies = doc.querySelectorAll(techflowPageHints.body);
    const container = containers[0];
    const body = bodies[0];
    if (!container || !body || containers.length !== 1 || bodies.length !== 1 || body.parentElement !== container || body.tagName !== 'DIV') return false;
    if ([container, body].some((element) => element.attributes.length !== 1 || hasLooseText(element))) return false;
    if (container.className !== 'article_detail' || !body.firstElementChild || body.querySelector(UNSETTLED_BODY)) return false;
    if (linkDensity(body) >= MAX_BODY_LINK_DENSITY) return false;
    const parts = Array.from(container.children).filter((child) => child !== body);
    const kinds = parts.map((part) => TEMPLATE_PARTS.findIndex((selector) => part.matches(selector) && part.classList.length === 1));
    if (kinds.some((kind, i) => kind < 0 || kinds.indexOf(kind) !== i || !isQuietTemplatePart(parts[i]!, kind))) return false;
    // Every title Readability may take for the article's: the document's, the heading's, the meta tags'.
    const titles = [doc.title, container.querySelector('h1')?.textContent ?? null]
      .concat(Array.from(doc.querySelectorAll(META_TITLES), (meta) => meta.getAttribute('content')))
      .map(squash)
      .filter(Boolean);
    const similarityChecked = !titleHeadingTakesTheRemoval(doc, container);
    return Array.from(body.querySelectorAll(':scope > :not(p)')).every((heading) => {
      const text = squash(heading.textContent);
      return titles.every(
        (title) => !title.includes(text) && !text.includes(title) && (!similarityChecked || titleSimilarity(title, text) <= TITLE_SIMILARITY_LIMIT),
      );
    });
  } catch {
    return false;
  }
}
