/**
 * Everything the popup works out from one reading of the library before it lists it: highlights
 * grouped by article, the rows and search places of each, the filter choices, and a search holding
 * every document folded. Made a step at a time by a generator, so a large library is prepared in
 * short slices between the reader's keystrokes and then listed and searched without further work.
 */
import type { StoredHighlight } from '../storage/types';
import { LibrarySearch } from './library-search';
import { comparePageOrder, FilterChoiceSet, prepareArticleRows, rememberPlaces, type FilterChoices, type LibrarySnapshot } from './library-view';

export interface PreparedListing {
  snapshot: LibrarySnapshot;
  /** As `groupByArticle(snapshot.highlights)` makes it. */
  byArticle: ReadonlyMap<string, readonly StoredHighlight[]>;
  /** As `filterChoices(snapshot)` makes them. */
  choices: FilterChoices;
  /** Holds every article and highlight of the snapshot, folded for the scan. */
  search: LibrarySearch;
}

/** Documents folded per step (a few microseconds each). */
const FOLDS_PER_STEP = 8;

/** Prepares `snapshot`, yielding after each small step (one highlight, article or group, a few folds). */
export function* prepareListing(snapshot: LibrarySnapshot): Generator<void, PreparedListing, void> {
  const byArticle = new Map<string, StoredHighlight[]>();
  const choices = new FilterChoiceSet();
  for (const article of snapshot.articles) choices.addArticle(article);
  for (const highlight of snapshot.highlights) {
    const group = byArticle.get(highlight.articleKey);
    if (group) group.push(highlight);
    else byArticle.set(highlight.articleKey, [highlight]);
    choices.addHighlight(highlight);
    yield;
  }
  const places = new Map<string, { articleKey: string; index: number }>();
  for (const [articleKey, group] of byArticle) {
    group.sort(comparePageOrder);
    group.forEach((highlight, index) => places.set(highlight.id, { articleKey, index }));
    yield;
  }
  rememberPlaces(byArticle, places);
  for (const article of snapshot.articles) {
    const group = byArticle.get(article.key);
    if (group) prepareArticleRows(article, group);
    yield;
  }
  const search = new LibrarySearch();
  yield* search.syncSteps(snapshot.articles, snapshot.highlights);
  while (!search.prepareSlice(FOLDS_PER_STEP)) yield;
  return { snapshot, byArticle, choices: choices.choices(), search };
}

/** Prepares `snapshot` in one go (a small one: the first screen). */
export function prepareListingNow(snapshot: LibrarySnapshot): PreparedListing {
  const steps = prepareListing(snapshot);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
