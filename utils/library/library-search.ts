/**
 * Search as you type over the whole library, right from the first keystroke. A term index answers
 * for the documents it holds; it is filled a slice at a time (`indexSlice`), so no single task
 * builds all of it, and the documents not in it yet are scanned with the same matching rules (their
 * folded text made ahead, a slice at a time, by `prepareSlice`). The results are therefore the same
 * at every stage of the build. A query typed on from the previous one (each of its terms extended or
 * kept, terms added) can only match fewer documents: only the previous one's are scanned again.
 */
import type { ArticleRecord, StoredHighlight } from '../storage/types';
import { fold, foldQuery, matchesFolded, narrows, searchTextEntries, type FoldedQuery } from './search-text';

/** The index the documents move into (MiniSearch, from `./search-index`). */
export interface TermIndex {
  add(id: string, text: string): void;
  discard(id: string): void;
  /** Ids of the indexed documents matching the query. */
  search(query: string): string[];
}

export interface SearchHits {
  articleKeys: ReadonlySet<string>;
  highlightIds: ReadonlySet<string>;
}

/**
 * Documents whose folded texts are the same, matched once for them all: a library repeats the
 * same mention (an entity's quote, name and ticker) in hundreds of highlights.
 */
interface TextGroup {
  text: string;
  /** Its documents' article keys and highlight ids (their ids without the `a:`/`h:` prefix). */
  articleKeys: string[];
  highlightIds: string[];
}

export class LibrarySearch {
  private index: TermIndex | null = null;
  /** Every document's text, by id. */
  private readonly texts = new Map<string, string>();
  /** Documents not in the index yet, oldest first: the scan covers them. */
  private readonly pending = new Set<string>();
  /**
   * Folded texts, made ahead for pending documents (`prepareSlice`) or on their first scan, and
   * kept once indexed for scans of the previous query's documents.
   */
  private readonly folded = new Map<string, string>();
  /** The previous query, the documents it matched and its answer, while the library has not changed since. */
  private previous: { query: FoldedQuery; groups: TextGroup[]; hits: SearchHits } | null = null;
  /** Pending documents not folded yet, oldest first. */
  private readonly unfolded = new Set<string>();
  /**
   * The pending documents grouped by folded text, in an array as the scan reads it (walking an
   * array is several times cheaper than a set and a map look-up per document); made on the first
   * scan after the pending documents change.
   */
  private scanList: TextGroup[] | null = null;
  /** Each indexed document's article key or highlight id (its id without the `a:`/`h:` prefix), made once. */
  private readonly names = new Map<string, string>();

  /** Brings the documents up to date with the library; changed ones leave the index until re-added. */
  sync(articles: readonly ArticleRecord[], highlights: readonly StoredHighlight[]): void {
    for (const _step of this.syncSteps(articles, highlights));
  }

  /**
   * `sync` a document at a time, yielding after each, so a large library can be taken in slices.
   * Searching between two steps sees a library partly brought up to date.
   */
  *syncSteps(articles: readonly ArticleRecord[], highlights: readonly StoredHighlight[]): Generator<void, void, void> {
    const current = new Set<string>();
    for (const [id, text] of searchTextEntries(articles, highlights)) {
      current.add(id);
      const previous = this.texts.get(id);
      if (previous !== text) {
        if (previous !== undefined) this.forget(id);
        this.texts.set(id, text);
        this.pending.add(id);
        this.unfolded.add(id);
        this.previous = null;
        this.scanList = null;
      }
      yield;
    }
    for (const id of [...this.texts.keys()]) {
      if (!current.has(id)) this.forget(id);
    }
  }

  private forget(id: string): void {
    if (this.pending.has(id)) this.unpend(id);
    else this.index?.discard(id);
    this.texts.delete(id);
    this.folded.delete(id);
    this.names.delete(id);
    this.previous = null;
  }

  /**
   * Folds up to `maxDocuments` pending documents ahead of the scan, so that the first keystroke does
   * not fold the whole library; true once every pending document is folded.
   */
  prepareSlice(maxDocuments: number): boolean {
    let folded = 0;
    for (const id of this.unfolded) {
      if (folded === maxDocuments) return false;
      this.foldedText(id);
      folded += 1;
    }
    this.scanned();
    return true;
  }

  private foldedText(id: string): string {
    let text = this.folded.get(id);
    if (text === undefined) {
      text = fold(this.texts.get(id)!);
      this.folded.set(id, text);
      this.unfolded.delete(id);
    }
    return text;
  }

  private unpend(id: string): void {
    this.pending.delete(id);
    this.unfolded.delete(id);
    this.scanList = null;
  }

  private scanned(): TextGroup[] {
    if (!this.scanList) {
      const byText = new Map<string, TextGroup>();
      for (const id of this.pending) {
        const text = this.foldedText(id);
        let group = byText.get(text);
        if (!group) {
          group = { text, articleKeys: [], highlightIds: [] };
          byText.set(text, group);
        }
        (id.startsWith('a:') ? group.articleKeys : group.highlightIds).push(id.slice(2));
      }
      this.scanList = [...byText.values()];
    }
    return this.scanList;
  }

  /** An indexed document as a group of its own. */
  private groupOf(id: string): TextGroup {
    const name = this.nameOf(id);
    return id.startsWith('a:')
      ? { text: this.foldedText(id), articleKeys: [name], highlightIds: [] }
      : { text: this.foldedText(id), articleKeys: [], highlightIds: [name] };
  }

  private nameOf(id: string): string {
    let name = this.names.get(id);
    if (name === undefined) {
      name = id.slice(2);
      this.names.set(id, name);
    }
    return name;
  }

  /** Hands over the (empty) index that pending documents are moved into by `indexSlice`. */
  attachIndex(index: TermIndex): void {
    if (this.index) throw new Error('The search index is already attached.');
    this.index = index;
  }

  /**
   * Moves up to `maxDocuments` pending documents into the index; true once none is left. Without an
   * index attached nothing moves.
   */
  indexSlice(maxDocuments: number): boolean {
    const index = this.index;
    if (!index) return false;
    let moved = 0;
    for (const id of this.pending) {
      if (moved === maxDocuments) break;
      index.add(id, this.texts.get(id)!);
      this.unpend(id);
      moved += 1;
    }
    return this.pending.size === 0;
  }

  /** Whether every document is in the index (the scan has nothing left to cover). */
  get indexComplete(): boolean {
    return this.index !== null && this.pending.size === 0;
  }

  /**
   * The documents matching `query`. A query typed on from the previous one that matches the same
   * documents gets the previous answer back (the same object), so the list it lists is not made again.
   */
  search(query: string): SearchHits {
    const folded = foldQuery(query);
    const previous = this.previous;
    let groups: TextGroup[];
    if (folded.terms.length === 0) groups = [];
    else if (previous && narrows(previous.query, folded)) {
      groups = previous.groups.filter((group) => matchesFolded(group.text, folded));
      if (groups.length === previous.groups.length) {
        this.previous = { ...previous, query: folded };
        return previous.hits;
      }
    } else {
      groups = this.index && this.pending.size < this.texts.size ? this.index.search(query).map((id) => this.groupOf(id)) : [];
      const scan = this.scanned();
      for (let at = 0; at < scan.length; at += 1) {
        if (matchesFolded(scan[at]!.text, folded)) groups.push(scan[at]!);
      }
    }
    const articleKeys = new Set<string>();
    const highlightIds = new Set<string>();
    for (const group of groups) {
      for (const key of group.articleKeys) articleKeys.add(key);
      for (const id of group.highlightIds) highlightIds.add(id);
    }
    const hits = { articleKeys, highlightIds };
    this.previous = folded.terms.length > 0 ? { query: folded, groups, hits } : null;
    return hits;
  }
}
