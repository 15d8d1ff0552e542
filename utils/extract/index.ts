/** Article extraction: Readability on a clone, then the site's cleanup. */
export { extractArticle, type ExtractOptions } from './extract-article';
export { collapseWhitespace } from './text';
export * from './types';
