/**
 * Names under which the popup and the worker report their speed to the browser's performance
 * timeline, read by `npm run bench` (tests/bench/library.bench.ts). Plain constants, so the bench
 * can import them without loading extension code.
 */

/** User Timing: a `saveArticle` as the worker runs it (the library transaction). */
export const SAVE_MEASURE = 'techflow-annotator:save';
/** User Timing: from a keystroke in the popup's search box to its results painted. */
export const SEARCH_MEASURE = 'techflow-annotator:popup-search';
/** Element Timing identifier of article titles: their first paint is when the reader sees the list. */
export const TITLE_PAINT_TIMING = 'tfa-article-title';
