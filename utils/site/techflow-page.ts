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
