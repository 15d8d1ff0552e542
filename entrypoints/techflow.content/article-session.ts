/**
 * The content script's coordinator: knows which article the tab shows, extracts it when the DOM
 * shows it, hands it to the annotator, and follows client-side navigation (a new article restarts
 * everything, leaving articles stops it). Records the User Timing entries tests and benches read.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticleInSlices, extractFromBody } from '../../utils/extract';
import type { ExtractedArticle, ExtractionResult, NotArticleReason } from '../../utils/extract/types';
import type { SiteAdapter } from '../../utils/site/adapter';
import { articleFingerprint, navigationAction, retryOnDomChanges, watchUrlChanges } from '../../utils/site/navigation';
import type { ArticleAddress } from '../../utils/site/types';
import { runInSlices, yieldToPage, yieldToQueuedTasks } from '../../utils/reading/slices';

/** Where annotation plugs in: everything drawn on the page for one article. */
export interface Annotator {
  /**
   * An article URL was recognised; its text is not extracted yet. Start what can start early;
   * extraction waits for the returned promise, so work that runs alongside it can leave first.
   */
  begin?(address: ArticleAddress): Promise<void> | void;
  /**
   * Annotate the extracted article; resolves when the page is fully annotated. `stored`, when
   * given, is the article Save stores, still being extracted (Readability's): `article` was read
   * from the site's body element and places every mention as it would (see README, "Reading order").
   */
  annotate(article: ExtractedArticle, stored?: Promise<ExtractedArticle | null>): Promise<void>;
  /** The tab left the article, moved to another one, or the page turned out not to be one: remove everything. */
  stop(): void;
}

/** Extraction without annotation: the `annotate` measure then ends when extraction does. */
export const NO_ANNOTATION: Annotator = {
  annotate: () => Promise.resolve(),
  stop: () => undefined,
};

/** User Timing names, read by the e2e tests and the bench from the page's main world. */
export const EXTRACT_MEASURE = 'techflow-annotator:extract';
export const ANNOTATE_MEASURE = 'techflow-annotator:annotate';
/** A mark saying the tab shows no article, and why: what to look for when nothing is annotated. */
export const NOT_ARTICLE_MARK = 'techflow-annotator:not-article';

/** Quiet time after the router's last DOM change before extracting: it renders in bursts. */
const DOM_SETTLE_MS = 80;
/** How long to wait for the DOM to show the article the URL names before giving up. */
const DOM_WAIT_MS = 8_000;
/** Refusals the DOM will not take back: the challenge page reloads itself, a 404 stays one. */
const FINAL_REFUSALS: ReadonlySet<NotArticleReason> = new Set(['not-article-url', 'challenge-page', 'not-found']);

export interface ArticleSessionOptions {
  adapter: SiteAdapter;
  annotator: Annotator;
  /** `performance.now()` when the content script started: the start of the first `annotate` measure. */
  startedAt: number;
}

interface CurrentArticle {
  address: ArticleAddress;
  /** Ends this article's waiting and annotating when the tab moves on. */
  abort: AbortController;
  /** The DOM text that identified it once extracted, so a restart can wait for different text. */
  fingerprint?: string;
}

function markNotArticle(reason: NotArticleReason, url: string): void {
  performance.mark(NOT_ARTICLE_MARK, { detail: { reason, url } });
}

export class ArticleSession {
  private current: CurrentArticle | null = null;
  /** Articles read from the body element of a well-formed page: Readability's reading follows the drawing. */
  private readonly drawnFirst = new WeakSet<ExtractedArticle>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly options: ArticleSessionOptions,
  ) {}

  /** Handles the page as loaded and every later client-side navigation, until the context ends. */
  start(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    this.ctx.onInvalidated(() => this.stopArticle());
    watchUrlChanges(this.ctx, win, (url) => this.navigated(url, performance.now()));
    this.navigated(win.location.href, this.options.startedAt);
  }

  /** Leaves the current article, if any: its extraction stops waiting and the annotator clears the page. */
  stopArticle(): void {
    const leaving = this.current;
    if (!leaving) return;
    this.current = null;
    leaving.abort.abort();
    this.options.annotator.stop();
  }

  private navigated(url: string, since: number): void {
    if (this.ctx.isInvalid) return;
    const next = this.options.adapter.parseArticleUrl(url);
    const action = navigationAction(this.current?.address ?? null, next);
    if (action === 'stay' && next) return;
    const previousFingerprint = this.current?.fingerprint;
    this.stopArticle();
    if (!next) {
      markNotArticle('not-article-url', url);
      return;
    }
    void this.run({ address: next, abort: new AbortController() }, url, since, previousFingerprint);
  }

  private async run(article: CurrentArticle, url: string, since: number, previousFingerprint?: string): Promise<void> {
    this.current = article;
    const { adapter, annotator } = this.options;
    const signal = AbortSignal.any([article.abort.signal, this.ctx.signal]);
    // On a page load this runs in the task that evaluated the bundle, already the longest one:
    // indexing the live text follows in a task of its own.
    await yieldToPage();
    if (signal.aborted) return;
    await annotator.begin?.(article.address);
    // Extraction is the longest step: tasks of its own keep every task short.
    await yieldToPage();
    const outcome = await retryOnDomChanges(this.doc, () => this.attempt(url, previousFingerprint, signal), {
      signal,
      settleMs: DOM_SETTLE_MS,
      timeoutMs: DOM_WAIT_MS,
    });
    if (signal.aborted) return;
    // Still the previous article's text after the wait: two addresses can show the same text.
    const result = outcome ?? (previousFingerprint === undefined ? null : await this.attempt(url, undefined, signal));
    if (signal.aborted) return;
    if (!result?.ok) {
      this.stopArticle();
      markNotArticle(result?.reason ?? 'no-content', url);
      return;
    }
    article.fingerprint = articleFingerprint(this.doc, adapter);
    // Drawn from the body element: Readability's article, what Save stores, is read once the page is annotated.
    let drawn = () => undefined as void;
    const stored = this.drawnFirst.has(result.article)
      ? new Promise<void>((resolve) => (drawn = resolve)).then(() => this.readWithReadability(url, signal))
      : undefined;
    try {
      await annotator.annotate(result.article, stored);
    } finally {
      drawn();
    }
    if (signal.aborted) return;
    performance.measure(ANNOTATE_MEASURE, { start: since, end: performance.now(), detail: { key: result.article.key } });
  }

  /** Readability's extraction, in tasks of its own; records the `extract` measure. Null if the tab moved on or it found none. */
  private async readWithReadability(url: string, signal: AbortSignal): Promise<ExtractedArticle | null> {
    await yieldToPage();
    const result = signal.aborted ? null : await this.extract(url, signal);
    return result?.ok ? result.article : null;
  }

  /**
   * The extraction if the DOM shows the article now, or a refusal the DOM will not take back; null
   * to wait for the router (it still shows the previous article, or not yet the new one). Records
   * the `extract` measure of the extraction that counts. A huge article is read in slices, so its
   * extraction is a promise.
   */
  private attempt(
    url: string,
    previousFingerprint: string | undefined,
    signal: AbortSignal,
  ): ExtractionResult | Promise<ExtractionResult | null> | null {
    const { adapter } = this.options;
    if (previousFingerprint !== undefined && articleFingerprint(this.doc, adapter) === previousFingerprint) return null;
    // A well-formed page is drawn from its body element; Readability reads it after the drawing.
    if (adapter.isWellFormedArticle?.(this.doc)) {
      const drawn = extractFromBody(this.doc, url, { adapter });
      if (drawn.ok) {
        this.drawnFirst.add(drawn.article);
        return drawn;
      }
    }
    return this.extract(url, signal);
  }

  /** Readability's extraction and the cleanup, with its `extract` measure if it counts (see `counted`). */
  private extract(url: string, signal: AbortSignal): ExtractionResult | Promise<ExtractionResult | null> | null {
    const start = performance.now();
    const result = extractArticleInSlices(this.doc, url, {
      adapter: this.options.adapter,
      runInSlices: (step) => runInSlices(step, signal),
      // The worker's tags usually arrive while Readability runs: read between the two halves,
      // they are drawn right after the cleanup instead of waiting for a task of their own.
      nextTask: () => yieldToQueuedTasks().then(() => !signal.aborted),
    });
    return result instanceof Promise ? result.then((sliced) => sliced && this.counted(sliced, start)) : this.counted(result, start);
  }

  /** The extraction if it counts (an article, or a final refusal), with its `extract` measure; else null. */
  private counted(result: ExtractionResult, start: number): ExtractionResult | null {
    if (!result.ok) return FINAL_REFUSALS.has(result.reason) ? result : null;
    performance.measure(EXTRACT_MEASURE, {
      start,
      end: performance.now(),
      detail: {
        key: result.article.key,
        lang: result.article.lang,
        title: result.article.title,
        method: result.article.method,
        blocks: result.article.blocks.length,
      },
    });
    return result;
  }
}
