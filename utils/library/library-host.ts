/**
 * The library worker's model, without the worker: holds the whole listing, answers views (filters
 * and search over every highlight) and pages of their rows, and fills the search index a slice at
 * a time. Tested in Node; `library-worker.ts` wires it to messages and IndexedDB.
 */
import type { LibraryListing } from '../storage/queries';
import type { StoredHighlight } from '../storage/types';
import { LibrarySearch, type TermIndex } from './library-search';
import { entityGroups, filterChoices, groupByArticle, libraryRows, type LibraryFilters, type LibraryRow, type LibrarySnapshot } from './library-view';
import type { LibraryOverview } from './library-worker-protocol';

export interface HostView {
  viewId: number;
  query: string;
  count: number;
  /** 1 for an article header row, 0 for a highlight row. */
  kinds: Uint8Array;
  /** A number naming each row's article or highlight, the same in every view (the list's row keys). */
  keys: Float64Array;
}

export class LibraryHost {
  private snapshot: LibrarySnapshot = { articles: [], highlights: [] };
  private byArticle: ReadonlyMap<string, readonly StoredHighlight[]> = new Map();
  private readonly search = new LibrarySearch();
  /** The last view asked for, with its rows: pages are read from it. */
  private current: { request: { viewId: number; filters: LibraryFilters; query: string }; rows: LibraryRow[] } | null = null;
  private readonly keyOf = new Map<string, number>();

  /** Takes the library as read (a new listing after every change). */
  setListing(listing: LibraryListing): LibraryOverview {
    this.snapshot = listing;
    this.byArticle = groupByArticle(listing.highlights);
    this.search.sync(listing.articles, listing.highlights);
    if (this.current) this.current = { request: this.current.request, rows: this.rowsFor(this.current.request.filters, this.current.request.query) };
    return {
      articleCount: listing.articles.length,
      highlightCount: listing.highlights.length,
      choices: filterChoices(listing),
      entities: entityGroups(listing.highlights),
    };
  }

  attachIndex(index: TermIndex): void {
    this.search.attachIndex(index);
  }

  /** Moves up to `maxDocuments` documents into the search index; true once it holds them all. */
  indexSlice(maxDocuments: number): boolean {
    return this.search.indexSlice(maxDocuments);
  }

  get indexComplete(): boolean {
    return this.search.indexComplete;
  }

  private rowsFor(filters: LibraryFilters, query: string): LibraryRow[] {
    const hits = query.trim() ? this.search.search(query) : undefined;
    return libraryRows(this.snapshot, this.byArticle, filters, hits);
  }

  private key(id: string): number {
    let key = this.keyOf.get(id);
    if (key === undefined) {
      key = this.keyOf.size + 1;
      this.keyOf.set(id, key);
    }
    return key;
  }

  /** Lists the library as filtered and searched; its rows are then read by `rows`. */
  view(viewId: number, filters: LibraryFilters, query: string): HostView {
    const rows = this.rowsFor(filters, query);
    this.current = { request: { viewId, filters, query }, rows };
    return this.describe();
  }

  /** The current view again (after the library changed under it), under its id. */
  currentView(): HostView | null {
    return this.current ? this.describe() : null;
  }

  private describe(): HostView {
    const { request, rows } = this.current!;
    const kinds = new Uint8Array(rows.length);
    const keys = new Float64Array(rows.length);
    rows.forEach((row, index) => {
      kinds[index] = row.type === 'article' ? 1 : 0;
      keys[index] = this.key(row.key);
    });
    return { viewId: request.viewId, query: request.query, count: rows.length, kinds, keys };
  }

  /** Rows [from, to) of the view `viewId`, or none when a later view replaced it. */
  rows(viewId: number, from: number, to: number): LibraryRow[] {
    if (this.current?.request.viewId !== viewId) return [];
    return this.current.rows.slice(Math.max(0, from), Math.max(0, to));
  }
}
