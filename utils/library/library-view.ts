/**
 * What the popup lists, worked out from the library without a browser: saved articles newest
 * first, each followed by its highlights that pass the filters and the search; the choices each
 * filter offers; and the library grouped by entity.
 */
import type { Stance } from '../tagging/types';
import type { ArticleRecord, HighlightKind, StoredHighlight } from '../storage/types';
import type { SearchHits } from './library-search';

export interface LibrarySnapshot {
  /** Newest first. */
  articles: readonly ArticleRecord[];
  highlights: readonly StoredHighlight[];
}

export interface LibraryFilters {
  kind?: HighlightKind;
  lang?: string;
  speaker?: string;
  stance?: Stance;
  entityId?: string;
}

/** A row of the list; `key` (`a:<article key>`, `h:<highlight id>`) names it for the virtual list. */
export type LibraryRow =
  /** `shown` of the article's `total` highlights are listed after it (`total` holds even before they load). */
  | { type: 'article'; key: string; article: ArticleRecord; shown: number; total: number }
  | { type: 'highlight'; key: string; article: ArticleRecord; highlight: StoredHighlight };

export interface FilterChoices {
  kinds: HighlightKind[];
  langs: string[];
  speakers: string[];
  stances: Stance[];
}

export interface EntityGroup {
  entityId: string;
  name: string;
  kind: HighlightKind;
  symbol?: string;
  mentions: number;
  articleCount: number;
}

const KIND_ORDER: readonly HighlightKind[] = ['claim', 'token', 'company', 'note'];
const STANCE_ORDER: readonly Stance[] = ['bullish', 'bearish', 'neutral'];

/** Page order of one article's highlights: by start, then end. */
export function comparePageOrder(a: StoredHighlight, b: StoredHighlight): number {
  return a.position.start - b.position.start || a.position.end - b.position.end;
}

/** Highlights per article in page order; computed once per snapshot. */
export function groupByArticle(highlights: readonly StoredHighlight[]): Map<string, StoredHighlight[]> {
  const groups = new Map<string, StoredHighlight[]>();
  for (const highlight of highlights) {
    const group = groups.get(highlight.articleKey);
    if (group) group.push(highlight);
    else groups.set(highlight.articleKey, [highlight]);
  }
  for (const group of groups.values()) group.sort(comparePageOrder);
  return groups;
}

function hasHighlightFilter(filters: LibraryFilters): boolean {
  return Boolean(filters.kind || filters.speaker || filters.stance || filters.entityId);
}

function passes(highlight: StoredHighlight, filters: LibraryFilters): boolean {
  return (
    (!filters.kind || highlight.kind === filters.kind) &&
    (!filters.speaker || highlight.speaker === filters.speaker) &&
    (!filters.stance || highlight.stance === filters.stance) &&
    (!filters.entityId || highlight.entityId === filters.entityId || (highlight.subjects ?? []).includes(filters.entityId))
  );
}

type ArticleRow = Extract<LibraryRow, { type: 'article' }>;
type HighlightRow = Extract<LibraryRow, { type: 'highlight' }>;

/**
 * Rows made once and handed out again by every later listing of the same records: a keystroke
 * then allocates no row (nor key) for the thousands of highlights it lists, and the list sees the
 * same row objects it already rendered.
 */
const groupRows = new WeakMap<readonly StoredHighlight[], { article: ArticleRecord; rows: HighlightRow[] }>();
const articleRows = new WeakMap<ArticleRecord, ArticleRow>();

/** The rows of an article's highlights (one group of `groupByArticle`), in page order. */
function highlightRows(article: ArticleRecord, group: readonly StoredHighlight[]): readonly HighlightRow[] {
  let cached = groupRows.get(group);
  if (cached?.article !== article) {
    cached = { article, rows: group.map((highlight) => ({ type: 'highlight', key: `h:${highlight.id}`, article, highlight })) };
    groupRows.set(group, cached);
  }
  return cached.rows;
}

/** An article's header row; the one listing all its highlights, by far the most common, is kept. */
function articleRow(article: ArticleRecord, shown: number): ArticleRow {
  const make = (): ArticleRow => ({ type: 'article', key: `a:${article.key}`, article, shown, total: article.highlightCount });
  if (shown !== article.highlightCount) return make();
  let row = articleRows.get(article);
  if (!row) {
    row = make();
    articleRows.set(article, row);
  }
  return row;
}

/** Where each highlight sits among its article's highlights, per `groupByArticle` map (made ahead by `prepareListing`, else on the first search). */
const highlightPlaces = new WeakMap<ReadonlyMap<string, readonly StoredHighlight[]>, Map<string, { articleKey: string; index: number }>>();

function placesIn(byArticle: ReadonlyMap<string, readonly StoredHighlight[]>): Map<string, { articleKey: string; index: number }> {
  let places = highlightPlaces.get(byArticle);
  if (!places) {
    places = new Map();
    for (const [articleKey, group] of byArticle) group.forEach((highlight, index) => places!.set(highlight.id, { articleKey, index }));
    highlightPlaces.set(byArticle, places);
  }
  return places;
}

/**
 * Makes and keeps an article's rows (of one `groupByArticle` map) as its first listing would: done
 * ahead, a slice of articles at a time, later listings only read them.
 */
export function prepareArticleRows(article: ArticleRecord, group: readonly StoredHighlight[]): void {
  highlightRows(article, group);
  articleRow(article, group.length);
}

/** Where each highlight sits in its group of `byArticle`, made ahead (`placesIn` would make it on the first search). */
export function rememberPlaces(byArticle: ReadonlyMap<string, readonly StoredHighlight[]>, places: Map<string, { articleKey: string; index: number }>): void {
  highlightPlaces.set(byArticle, places);
}

/** The page-order places of the matching highlights, by article: a search reads only its hits, not every highlight. */
function hitsByArticle(byArticle: ReadonlyMap<string, readonly StoredHighlight[]>, hits: SearchHits): Map<string, number[]> {
  const places = placesIn(byArticle);
  const found = new Map<string, number[]>();
  for (const id of hits.highlightIds) {
    const place = places.get(id);
    if (!place) continue;
    const list = found.get(place.articleKey);
    if (list) list.push(place.index);
    else found.set(place.articleKey, [place.index]);
  }
  for (const list of found.values()) list.sort((a, b) => a - b);
  return found;
}

/**
 * The rows to list. With a highlight filter, articles without a matching highlight are left out.
 * With a search, an article is listed when its title or one of its highlights matches; a title
 * match lists all its (filtered) highlights, otherwise only the matching ones.
 */
export function libraryRows(
  snapshot: LibrarySnapshot,
  byArticle: ReadonlyMap<string, readonly StoredHighlight[]>,
  filters: LibraryFilters,
  hits?: SearchHits,
): LibraryRow[] {
  const rows: LibraryRow[] = [];
  const filtering = hasHighlightFilter(filters);
  const matching = hits && hitsByArticle(byArticle, hits);
  for (const article of snapshot.articles) {
    if (filters.lang && article.lang !== filters.lang) continue;
    const all = highlightRows(article, byArticle.get(article.key) ?? []);
    let shown: readonly HighlightRow[] = all;
    if (matching && !hits.articleKeys.has(article.key)) {
      const places = matching.get(article.key);
      if (!places) continue;
      shown = places.map((index) => all[index]!);
    }
    if (filtering) {
      shown = shown.filter((row) => passes(row.highlight, filters));
      if (shown.length === 0) continue;
    }
    rows.push(articleRow(article, shown.length));
    for (const row of shown) rows.push(row);
  }
  return rows;
}

function sortedBy<T>(values: Iterable<T>, order?: readonly T[]): T[] {
  const list = [...new Set(values)];
  if (order) return order.filter((value) => list.includes(value));
  return list.sort((a, b) => String(a).localeCompare(String(b)));
}

/**
 * Gathers the filter choices a record at a time (`addArticle`, `addHighlight`), so a large library's
 * can be gathered in slices; `choices` then orders them.
 */
export class FilterChoiceSet {
  private readonly kinds = new Set<HighlightKind>();
  private readonly langs = new Set<string>();
  private readonly speakers = new Set<string>();
  private readonly stances = new Set<Stance>();

  addArticle(article: ArticleRecord): void {
    this.langs.add(article.lang);
  }

  addHighlight(highlight: StoredHighlight): void {
    this.kinds.add(highlight.kind);
    if (highlight.speaker) this.speakers.add(highlight.speaker);
    if (highlight.stance) this.stances.add(highlight.stance);
  }

  choices(): FilterChoices {
    return {
      kinds: sortedBy(this.kinds, KIND_ORDER),
      langs: sortedBy(this.langs),
      speakers: sortedBy(this.speakers),
      stances: sortedBy(this.stances, STANCE_ORDER),
    };
  }
}

export function filterChoices(snapshot: LibrarySnapshot): FilterChoices {
  const choices = new FilterChoiceSet();
  for (const article of snapshot.articles) choices.addArticle(article);
  for (const highlight of snapshot.highlights) choices.addHighlight(highlight);
  return choices.choices();
}

/** Tokens and companies with how often and in how many articles they are mentioned, most mentioned first. */
export function entityGroups(highlights: readonly StoredHighlight[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup & { articles: Set<string> }>();
  for (const highlight of highlights) {
    if (!highlight.entityId || (highlight.kind !== 'token' && highlight.kind !== 'company')) continue;
    let group = groups.get(highlight.entityId);
    if (!group) {
      group = {
        entityId: highlight.entityId,
        name: highlight.entityName ?? highlight.quote.exact,
        kind: highlight.kind,
        mentions: 0,
        articleCount: 0,
        articles: new Set(),
      };
      if (highlight.symbol) group.symbol = highlight.symbol;
      groups.set(highlight.entityId, group);
    }
    group.mentions += 1;
    group.articles.add(highlight.articleKey);
  }
  return [...groups.values()]
    .map(({ articles, ...group }) => ({ ...group, articleCount: articles.size }))
    .sort((a, b) => b.mentions - a.mentions || b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}
