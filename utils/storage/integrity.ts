/**
 * The data-loss check. The database records its own identity when it is created; a marker kept
 * outside it (extension storage) remembers which database last held how many articles. A
 * database that was recreated, or emptied, while the marker says it held articles is reported
 * until the reader acknowledges it.
 */
import { browser } from 'wxt/browser';
import type { LibraryDatabase } from './database';
import { withStorageErrors } from './errors';
import type { DataLossReport, LibraryInstance } from './types';

export interface LibraryMarker {
  instanceId: string;
  articleCount: number;
  at: number;
  /** A loss found and not yet acknowledged: kept until the reader has seen it. */
  loss?: DataLossReport;
}

export interface MarkerStore {
  read(): Promise<LibraryMarker | undefined>;
  write(marker: LibraryMarker): Promise<void>;
}

const MARKER_KEY = 'libraryMarker';

/** The marker in `browser.storage.local`, which the browser keeps apart from IndexedDB. */
export function extensionStorageMarker(): MarkerStore {
  return {
    async read() {
      const stored = await browser.storage.local.get(MARKER_KEY);
      return stored[MARKER_KEY] as LibraryMarker | undefined;
    },
    async write(marker) {
      await browser.storage.local.set({ [MARKER_KEY]: marker });
    },
  };
}

export class IntegrityWatch {
  /** Marker writes run one after another so a late count never overwrites a newer one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: LibraryDatabase,
    private readonly store: MarkerStore = extensionStorageMarker(),
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers what the library holds now; call after every write. */
  record(): Promise<void> {
    return this.serial(async () => {
      const [instance, articleCount, previous] = await Promise.all([this.instance(), this.db.articles.count(), this.store.read()]);
      const marker: LibraryMarker = { instanceId: instance.id, articleCount, at: this.now() };
      if (previous?.loss) marker.loss = previous.loss;
      await this.store.write(marker);
    });
  }

  /** The loss to tell the reader about, or null. */
  check(): Promise<DataLossReport | null> {
    return this.serial(async () => {
      const [instance, foundArticles, marker] = await Promise.all([this.instance(), this.db.articles.count(), this.store.read()]);
      if (marker?.loss) return marker.loss;
      const lost = marker !== undefined && marker.articleCount > 0 && (marker.instanceId !== instance.id || foundArticles === 0);
      const loss = lost ? { expectedArticles: marker.articleCount, foundArticles, lastSeenAt: marker.at } : undefined;
      const next: LibraryMarker = { instanceId: instance.id, articleCount: foundArticles, at: this.now() };
      if (loss) next.loss = loss;
      await this.store.write(next);
      return loss ?? null;
    });
  }

  /** The reader has seen the report: forget it and start watching from what is there now. */
  acknowledge(): Promise<void> {
    return this.serial(async () => {
      const [instance, articleCount] = await Promise.all([this.instance(), this.db.articles.count()]);
      await this.store.write({ instanceId: instance.id, articleCount, at: this.now() });
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => withStorageErrors(task));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The database's identity, written now if a database predates it. */
  private async instance(): Promise<LibraryInstance> {
    const { db } = this;
    return db.transaction('rw', db.meta, async () => {
      const existing = await db.meta.get('instance');
      if (existing) return existing;
      const created: LibraryInstance = { key: 'instance', id: crypto.randomUUID(), createdAt: this.now() };
      await db.meta.add(created);
      return created;
    });
  }
}
