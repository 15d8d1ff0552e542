/** Article extraction: Readability on a clone, then the site's cleanup. */
export { extractArticle, extractArticleInSlices, extractFromBody, HUGE_ARTICLE_CHARS, type ExtractOptions, type SlicedExtractOptions } from './extract-article';
export { collapseWhitespace } from './text';
export * from './types';
