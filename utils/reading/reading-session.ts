/**
 * Everything the extension does on one article page once it is extracted: tags drawn where they
 * are in the live text, tooltips, one-click save, the reader's own highlights and notes, and
 * redrawing when the page re-renders. One session per article; `dispose` leaves nothing behind.
 */
import { ArticleAlignment, type LiveSpan } from '../anchoring/article-alignment';
import { anchor, describe, describeOffsets, type TextSelectors } from '../anchoring/selectors';
import { TextIndexBuilder, type TextIndex } from '../anchoring/text-index';
import { textFragmentUrl } from '../anchoring/text-fragment';
import type { ExtractedArticle } from '../extract/types';
import {
  ProtocolError,
  sendToBackground,
  type BackgroundResponses,
  type EntityLibraryStats,
  type ErrorCode,
} from '../messaging';
import { saveArticleWithHighlights, savePercent } from '../messaging/save-in-parts';
import type { NewHighlight, SavedArticleSummary, StoredHighlight } from '../storage/types';
import type { ClaimTag, EntityCard, Tag } from '../tagging/types';
import { analyseInChunks } from './chunked-analysis';
import { compactRecord, mentionToHighlight } from './highlight-records';
import { hitTest, IntervalIndex, pointInRects } from './hit-test';
import { HoverController } from './hover';
import { describeEntity, placeTags, summariseEntities, type EntitySummary, type Mention } from './mentions';
import {
  initialPageUiState,
  type Box,
  type PageActions,
  type PageUiState,
  type PanelHighlight,
  type SaveStatus,
  type TooltipContent,
} from './page-state';
import { HighlightPainter, type HighlightLayer } from './painter';
import { runInSlices, SLICE_MS, yieldToPage } from './slices';
import { liveRange, staticRangeAt } from './static-ranges';
import { createStore } from './store';
import { caretAt, mentionsWithin, spanCovers, visibleTextSpan, widenSpan, WINDOWED_MENTIONS, type TextSpan } from './visible-window';

/** What is known of the article from its address, before extraction. */
export interface ArticlePage {
  key: string;
  /** Language given to the tagger (zh-CN, zh-TW, en, fr, ja, ko, vi). */
  lang: string;
}

interface EarlyWork {
  analysis: Promise<BackgroundResponses['analyse'] | null>;
}

/** What the session needs from its surroundings (the content script provides the real ones). */
export interface ReadingEnvironment {
  doc: Document;
  /** Invalidated when the extension is reloaded or updated: everything stops. */
  signal: AbortSignal;
  /** The UI language (e.g. `fr`), for entity descriptions. */
  uiLanguage: string;
  /** Copies text to the clipboard from a reader's click. */
  copyText(text: string): Promise<void>;
  /** Mounts the page UI; returns its host element and a disposer. */
  mountUi(session: { store: ReturnType<typeof createStore<PageUiState>>; actions: PageActions; onKeyDown(event: KeyboardEvent): void }): {
    host: HTMLElement;
    dispose(): void;
  };
  /** Finds the live article root again when the page replaced it. */
  findRoot(): Element | null;
  /** Looks up a `page.*` string (for notices). */
  t(key: 'page.copied' | 'page.linkCopied' | 'page.highlighted' | 'page.removed' | 'page.claimSaved' | ErrorKey): string;
}

type ErrorKey = 'page.errorReloaded' | 'page.errorStorage' | 'page.errorQuota' | 'page.errorGeneric';

/** Quiet time after the page's last change to the article before highlights are redrawn. */
const REDRAW_DELAY_MS = 150;
/** Longest wait before redrawing while the page keeps changing the article. */
const REDRAW_MAX_WAIT_MS = 1_000;
/** Quiet time after the selection last changed before the selection toolbar shows. */
const SELECTION_DELAY_MS = 150;
/** How long a highlight shown from the popup flashes. */
const FLASH_MS = 1_600;
/** How long a notice (copied, saved claim) stays. */
const NOTICE_MS = 3_000;
/** How long `showHighlight` waits for the page to be annotated. */
const READY_TIMEOUT_MS = 10_000;
/** Mentions drawn between two looks at the clock. */
const PAINT_CLOCK_CHECK = 32;

type HoverItem =
  | { type: 'mention'; start: number; end: number; mention: Mention }
  | { type: 'highlight'; start: number; end: number; highlight: StoredHighlight };

interface PlacedHighlight {
  stored: StoredHighlight;
  start: number;
  end: number;
  range: Range;
}

function errorKey(code: ErrorCode): ErrorKey {
  if (code === 'extension-reloaded') return 'page.errorReloaded';
  if (code === 'storage-unavailable') return 'page.errorStorage';
  if (code === 'quota-exceeded') return 'page.errorQuota';
  return 'page.errorGeneric';
}

function errorCode(error: unknown): ErrorCode {
  return error instanceof ProtocolError ? error.code : 'internal';
}

function toBox(rect: DOMRect | DOMRectReadOnly): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

export class ReadingSession {
  readonly store = createStore<PageUiState>(initialPageUiState);
  private readonly abort = new AbortController();
  private readonly signal: AbortSignal;
  private readonly painter: HighlightPainter;
  private readonly hover: HoverController<HoverItem>;
  private index: TextIndex | null = null;
  private tags: Tag[] = [];
  private cards: EntityCard[] = [];
  private mentions: Mention[] = [];
  /** Each drawn mention's extent, static: the page's own DOM changes need not update it (a redraw follows them). */
  private readonly ranges = new Map<string, AbstractRange>();
  /** Whether only the mentions near the viewport are drawn (a huge article), and the text they cover. */
  private windowed = false;
  private paintedSpan: TextSpan | null = null;
  private windowFrame = 0;
  private summaries = new Map<string, EntitySummary>();
  private entityStats: Record<string, EntityLibraryStats> = {};
  private storedHighlights: StoredHighlight[] = [];
  private placedHighlights: PlacedHighlight[] = [];
  private hoverIndex = new IntervalIndex<HoverItem>([]);
  private saved: SavedArticleSummary | null = null;
  private savedClaims = new Set<string>();
  private ui: { host: HTMLElement; dispose(): void } | null = null;
  private listening = false;
  private pendingSelection: TextSelectors | null = null;
  private focusedMention = -1;
  private tooltipPinned = false;
  private readonly timers = new Set<number>();
  private pointer: { x: number; y: number } | null = null;
  private pointerFrame = 0;
  private redrawTimer = 0;
  private redrawDeadline = 0;
  private observer: MutationObserver | null = null;
  private earlyWatch: MutationObserver | null = null;
  private earlyChanged = false;
  private readonly readyPromise: Promise<void>;
  private markReady: () => void = () => undefined;

  /** The article the mentions are placed by; Readability's once it is known. */
  private article: ExtractedArticle | null = null;
  /** Readability's article, when the page was drawn from its body element first: what Save stores. */
  private storedArticle: Promise<ExtractedArticle | null> | null = null;
  private regions: LiveSpan[] = [];
  private early: Promise<EarlyWork | null> | null = null;

  constructor(
    private readonly env: ReadingEnvironment,
    private readonly page: ArticlePage,
    private root: Element,
  ) {
    this.signal = AbortSignal.any([env.signal, this.abort.signal]);
    this.painter = new HighlightPainter(env.doc);
    this.hover = new HoverController<HoverItem>(
      {
        set: (callback, ms) => this.later(callback, ms),
        clear: (id) => this.cancel(id),
      },
      (item) => this.onHoverChange(item),
      (a, b) => (a.type === 'mention' && b.type === 'mention' ? a.mention === b.mention : a === b),
    );
    this.readyPromise = new Promise((resolve) => {
      this.markReady = resolve;
    });
    this.signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  /**
   * Starts what does not need the extracted article, as soon as the page is known to be one:
   * indexing the live text and asking the worker to tag it (so tagging runs while the content
   * script extracts). Resolves once the text has left to be tagged.
   */
  async begin(): Promise<void> {
    await (this.early ??= this.prepare());
  }

  private prepare(): Promise<EarlyWork | null> {
    // An article indexes within one slice: then the request leaves now, before the coordinator
    // starts extracting in this same task, and the worker tags while Readability runs.
    const builder = new TextIndexBuilder(this.root);
    if (builder.step(performance.now() + SLICE_MS, () => performance.now())) {
      const index = this.indexed(builder);
      return Promise.resolve({ analysis: this.analyse(index) });
    }
    return this.buildIndex(builder).then((index) => (index ? { analysis: this.analyse(index) } : null));
  }

  /**
   * Tags the live text; paragraphs stay on their own lines so claims never run across them. A huge
   * article goes in chunks, so no message or reply blocks the page for long.
   */
  private analyse(index: TextIndex): Promise<BackgroundResponses['analyse'] | null> {
    const { key, lang } = this.page;
    const request = analyseInChunks(index.textWithLineBreaks(), (text) => sendToBackground('analyse', { key, lang, text }));
    return request.catch((error: unknown) => {
      this.reportQuietly(error);
      return null;
    });
  }

  /**
   * Draws the article's tags. Resolves when every tag is drawn: the page is fully annotated (the
   * end of the `annotate` measure). What only a reader's later action needs follows without
   * holding that up: the hover index, the library's answer (saved state, the reader's stored
   * highlights), the panel's lists, then the UI, mounted when the page is idle.
   */
  async annotate(article: ExtractedArticle, stored?: Promise<ExtractedArticle | null>): Promise<void> {
    this.article = article;
    // Readability's article, when it follows, places the mentions as `article` does (README, "Reading order"):
    // from then on it is the article for a redraw too.
    this.storedArticle =
      stored?.then((readability) => {
        if (!readability || this.article !== article) return readability;
        this.article = readability;
        // The well-formed check promised the same text; should it ever differ, the mentions are
        // placed again by Readability's article, as they would have been without the check.
        if (readability.text !== article.text) this.scheduleRedraw();
        return readability;
      }) ?? null;
    const early = await (this.early ??= this.prepare());
    if (!early || !this.index || this.signal.aborted) return;
    let analysis = early.analysis;
    // `begin` may have indexed the page the router was leaving (client-side navigation): if the
    // article's text changed since, index and tag again.
    if (this.changedSinceIndexed()) {
      const analysed = this.index.text;
      const root = this.env.findRoot();
      if (root) this.root = root;
      const index = await this.buildIndex();
      if (!index || this.signal.aborted) return;
      if (index.text !== analysed) analysis = this.analyse(index);
    }
    const index = this.index;
    this.regions = new ArticleAlignment(article.text, article.blocks, index.text).regions();
    const tagged = await analysis;
    if (this.signal.aborted) return;
    if (tagged) {
      this.tags = tagged.tags;
      this.cards = tagged.entities;
      this.mentions = placeTags(this.tags, this.regions);
      await this.paintMentions();
      if (this.signal.aborted) return;
    }
    this.observe();
    this.listen();
    void this.afterAnnotated();
  }

  /** Everything that waits until the page is annotated: tooltip data, stored highlights, the UI. */
  private async afterAnnotated(): Promise<void> {
    // A task of its own: re-anchoring many stored highlights by quote can take a while.
    await yieldToPage();
    if (this.signal.aborted) return;
    // Asked only now: the library's answer is needed after drawing, and the request would
    // otherwise hold up the text leaving to be tagged.
    const state = sendToBackground('articleState', { key: this.page.key, entityIds: [] });
    this.rebuildHoverIndex();
    this.summaries = summariseEntities(
      this.mentions.map((mention) => mention.tag),
      this.cards,
    );
    try {
      this.applyArticleState(await state);
    } catch (error) {
      this.reportQuietly(error);
    }
    if (this.signal.aborted) return;
    this.rebuildHoverIndex();
    this.markReady();
    this.afterIdle(() => {
      this.mountUi();
      void this.loadEntityStats();
    });
  }

  get key(): string {
    return this.page.key;
  }

  /** Resolves once the page is annotated (or after a timeout). */
  async ready(): Promise<void> {
    await Promise.race([this.readyPromise, new Promise((resolve) => this.later(() => resolve(undefined), READY_TIMEOUT_MS))]);
  }

  dispose(): void {
    this.abort.abort();
  }

  private teardown(): void {
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
    if (this.pointerFrame) cancelAnimationFrame(this.pointerFrame);
    if (this.windowFrame) cancelAnimationFrame(this.windowFrame);
    this.observer?.disconnect();
    this.observer = null;
    this.earlyWatch?.disconnect();
    this.painter.dispose();
    this.ui?.dispose();
    this.ui = null;
  }

  private later(callback: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      if (!this.signal.aborted) callback();
    }, ms);
    this.timers.add(id);
    return id;
  }

  private cancel(id: number): void {
    clearTimeout(id);
    this.timers.delete(id);
  }

  private afterIdle(callback: () => void): void {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number })
      .requestIdleCallback;
    if (typeof idle === 'function') idle(() => !this.signal.aborted && callback(), { timeout: 500 });
    else this.later(callback, 0);
  }

  /** Errors that no reader action caused are not shown; the page simply stays unannotated. */
  private reportQuietly(error: unknown): void {
    if (errorCode(error) !== 'extension-reloaded') console.debug('[techflow-annotator]', error);
  }

  /** Whether the article element was replaced or changed since the live text was last indexed. */
  private changedSinceIndexed(): boolean {
    if (!this.root.isConnected || this.env.findRoot() !== this.root) return true;
    return (this.earlyWatch?.takeRecords().length ?? 0) > 0 || this.earlyChanged;
  }

  private async buildIndex(builder = new TextIndexBuilder(this.root)): Promise<TextIndex | null> {
    const done = await runInSlices((deadline) => builder.step(deadline, () => performance.now()), this.signal);
    return done ? this.indexed(builder) : null;
  }

  /** Makes a finished index the current one and watches the article for changes until drawing starts. */
  private indexed(builder: TextIndexBuilder): TextIndex {
    this.earlyWatch?.disconnect();
    this.earlyChanged = false;
    this.index = builder.finish();
    if (!this.observer) {
      // Until drawing starts (and the redraw observer takes over), note any change to the article.
      this.earlyWatch = new MutationObserver(() => {
        this.earlyChanged = true;
      });
      this.earlyWatch.observe(this.root, { subtree: true, childList: true, characterData: true });
    }
    return this.index;
  }

  private layerOf(tag: Tag): HighlightLayer {
    return tag.kind;
  }

  /** Draws every mention; a long list is drawn in slices so the page stays responsive. */
  private async paintMentions(): Promise<void> {
    const index = this.index;
    if (!index) return;
    this.ranges.clear();
    for (const layer of ['token', 'company', 'claim'] as const) this.painter.clear(layer);
    const mentions = this.mentions;
    this.windowed = mentions.length > WINDOWED_MENTIONS;
    if (this.windowed) {
      this.paintedSpan = null;
      this.paintWindow();
      return;
    }
    let next = 0;
    const painted = await runInSlices((deadline) => {
      for (; next < mentions.length; next++) {
        if (next % PAINT_CLOCK_CHECK === 0 && performance.now() >= deadline) return false;
        const mention = mentions[next]!;
        const range = staticRangeAt(index, mention.start, mention.end);
        if (range) {
          this.ranges.set(mention.id, range);
          this.painter.add(this.layerOf(mention.tag), range);
        }
      }
      return true;
    }, this.signal);
    if (painted) this.mentions = mentions.filter((mention) => this.ranges.has(mention.id));
  }

  /** A mention's drawn extent; a huge article's mentions, not all drawn, get theirs on first need. */
  private drawnRange(mention: Mention): AbstractRange | undefined {
    let drawn = this.ranges.get(mention.id);
    if (!drawn && this.windowed && this.index) {
      drawn = staticRangeAt(this.index, mention.start, mention.end) ?? undefined;
      if (drawn) this.ranges.set(mention.id, drawn);
    }
    return drawn;
  }

  /** A live copy of a mention's drawn extent, for its geometry (hover, keyboard focus). */
  private mentionRange(mention: Mention): Range | undefined {
    const drawn = this.drawnRange(mention);
    return drawn ? (liveRange(this.env.doc, drawn) ?? undefined) : undefined;
  }

  /** Draws the mentions near the viewport, unless those on screen are drawn already. */
  private paintWindow(): void {
    const index = this.index;
    if (!index || !this.windowed) return;
    const visible = visibleTextSpan(this.env.doc, this.root, index);
    if (!visible || (this.paintedSpan && spanCovers(this.paintedSpan, visible))) return;
    const span = widenSpan(visible, index.text.length);
    const { first, end } = mentionsWithin(this.mentions, span);
    const layers = { token: [] as AbstractRange[], company: [] as AbstractRange[], claim: [] as AbstractRange[] };
    for (let i = first; i < end; i++) {
      const mention = this.mentions[i]!;
      const range = this.drawnRange(mention);
      if (range) layers[this.layerOf(mention.tag) as keyof typeof layers].push(range);
    }
    for (const layer of ['token', 'company', 'claim'] as const) this.painter.paint(layer, layers[layer]);
    this.paintedSpan = span;
  }

  /** After a scroll: the window follows, once per frame at most. */
  private followViewport(): void {
    if (!this.windowed || this.windowFrame) return;
    this.windowFrame = requestAnimationFrame(() => {
      this.windowFrame = 0;
      if (!this.signal.aborted) this.paintWindow();
    });
  }

  private applyArticleState(state: BackgroundResponses['articleState']): void {
    this.saved = state.saved;
    this.storedHighlights = state.highlights;
    this.entityStats = { ...this.entityStats, ...state.entityStats };
    this.placeStoredHighlights();
    if (state.saved) {
      this.setSave({ status: 'saved', count: state.saved.highlightCount, undoable: false });
    }
  }

  /** Re-anchors the reader's highlights (position, then quote, then fuzzy quote); the rest are orphans. */
  private placeStoredHighlights(): void {
    const index = this.index;
    if (!index) return;
    this.placedHighlights = [];
    this.savedClaims.clear();
    const panel: PanelHighlight[] = [];
    for (const stored of this.storedHighlights) {
      if (stored.origin !== 'user') continue;
      const found = anchor(index, { quote: stored.quote, position: stored.position });
      if (stored.kind === 'claim') {
        const claim = found && this.mentions.find((m) => m.tag.kind === 'claim' && m.start === found.start && m.end === found.end);
        if (claim) this.savedClaims.add(claim.id);
      }
      if (found) this.placedHighlights.push({ stored, start: found.start, end: found.end, range: found.range });
      if (stored.kind === 'note') {
        panel.push({ id: stored.id, quote: stored.quote.exact, note: stored.note, placed: found !== null });
      } else if (!found) {
        panel.push({ id: stored.id, quote: stored.quote.exact, note: stored.note, placed: false });
      }
    }
    this.painter.paint(
      'user',
      this.placedHighlights.filter((placed) => placed.stored.kind === 'note').map((placed) => placed.range),
    );
    this.store.update((state) => ({ ...state, highlights: panel }));
  }

  private rebuildHoverIndex(): void {
    const items: HoverItem[] = this.mentions.map((mention) => ({
      type: 'mention',
      start: mention.start,
      end: mention.end,
      mention,
    }));
    for (const placed of this.placedHighlights) {
      if (placed.stored.kind === 'note') {
        items.push({ type: 'highlight', start: placed.start, end: placed.end, highlight: placed.stored });
      }
    }
    this.hoverIndex = new IntervalIndex(items);
    // The panel's lists matter once there is a panel; mounting makes them.
    if (this.ui) this.updatePanelLists();
  }

  /**
   * The panel's lists: entities by mentions, ties in order of first appearance (no collation:
   * setting up a collator costs more than the rest of the panel), then the claims in page order.
   */
  private updatePanelLists(): void {
    const firstMention = new Map<string, { mentionId: string; position: number }>();
    this.mentions.forEach((mention, position) => {
      if (mention.tag.kind !== 'claim' && !firstMention.has(mention.tag.id)) firstMention.set(mention.tag.id, { mentionId: mention.id, position });
    });
    const entities = [...this.summaries.values()]
      .filter((summary) => firstMention.has(summary.id))
      .sort((a, b) => b.count - a.count || firstMention.get(a.id)!.position - firstMention.get(b.id)!.position)
      .map((summary) => ({
        id: summary.id,
        name: summary.name,
        kind: summary.kind,
        count: summary.count,
        mentionId: firstMention.get(summary.id)!.mentionId,
      }));
    const claims = this.mentions
      .filter((mention) => mention.tag.kind === 'claim')
      .map((mention) => {
        const claim = mention.tag as ClaimTag;
        return { mentionId: mention.id, text: claim.text, speaker: claim.speaker, stance: claim.stance };
      });
    this.store.update((state) => ({ ...state, entities, claims }));
  }

  private async loadEntityStats(): Promise<void> {
    const entityIds = [...this.summaries.keys()];
    if (entityIds.length === 0) return;
    try {
      const state = await sendToBackground('articleState', { key: this.page.key, entityIds });
      this.entityStats = { ...this.entityStats, ...state.entityStats };
    } catch (error) {
      this.reportQuietly(error);
    }
  }

  // ---- page UI ----

  /** The reader's pointer, selection, keys and scrolling, followed from the moment tags are drawn. */
  private listen(): void {
    if (this.listening || this.signal.aborted) return;
    this.listening = true;
    const options = { signal: this.signal, passive: true };
    const doc = this.env.doc;
    doc.addEventListener('pointermove', (event) => this.onPointerMove(event), options);
    doc.addEventListener('pointerleave', () => this.hover.pointerOver(null), options);
    doc.addEventListener('selectionchange', () => this.onSelectionChange(), options);
    doc.addEventListener('keydown', (event) => this.onKey(event), { signal: this.signal });
    doc.defaultView?.addEventListener('scroll', () => this.onScroll(), options);
  }

  /** Mounts the page UI on first need (or when the page is idle after annotating). */
  private mountUi(): void {
    if (this.ui || this.signal.aborted) return;
    this.listen();
    this.updatePanelLists();
    this.ui = this.env.mountUi({ store: this.store, actions: this.actions, onKeyDown: (event) => this.onUiKey(event) });
  }

  private setSave(save: SaveStatus): void {
    this.store.update((state) => ({ ...state, save }));
  }

  private notify(message: string): void {
    this.store.update((state) => ({ ...state, notice: message }));
    this.later(() => this.store.update((state) => (state.notice === message ? { ...state, notice: null } : state)), NOTICE_MS);
  }

  private notifyError(error: unknown): void {
    this.notify(this.env.t(errorKey(errorCode(error))));
  }

  private readonly actions: PageActions = {
    save: () => void this.save().catch((error) => this.notifyError(error)),
    undo: () => void this.undo(),
    setPanelOpen: (open) => this.store.update((state) => ({ ...state, panelOpen: open })),
    showMention: (mentionId) => this.showMention(mentionId),
    showHighlight: (highlightId) => void this.showHighlight(highlightId),
    tooltipPointer: (inside) => {
      if (!this.tooltipPinned) this.hover.pointerInTooltip(inside);
    },
    closeTooltip: () => this.closeTooltip(),
    highlightSelection: (note) => void this.highlightSelection(note),
    editSelectionNote: (editing) => {
      if (editing) this.selectionToActOn();
      this.store.update((state) => ({ ...state, selection: state.selection ? { ...state.selection, editingNote: editing } : null }));
    },
    copySelectionLink: () => void this.copySelectionLink(),
    saveClaim: (mentionId) => void this.saveClaim(mentionId),
    copyQuote: (mentionId) => void this.copyQuote(mentionId),
    deleteHighlight: (highlightId) => void this.deleteHighlight(highlightId),
  };

  /** The article Save stores: Readability's, waited for when the page was drawn before it was read. */
  private async articleToStore(): Promise<ExtractedArticle | null> {
    const stored = this.storedArticle ? await this.storedArticle : null;
    return stored ?? this.article;
  }

  /** Saves (or updates) the article with all its drawn tags; used by the button, shortcut, menu and popup. */
  async save(): Promise<SavedArticleSummary> {
    this.mountUi();
    if (!this.article) throw new ProtocolError('not-found', 'The article is not extracted yet.');
    this.setSave({ status: 'saving' });
    const article = await this.articleToStore();
    if (!article) throw new ProtocolError('not-found', 'The article is not extracted yet.');
    const index = this.index;
    const mentions = this.mentions;
    const highlightsOf = (from: number, to: number): NewHighlight[] => {
      const highlights: NewHighlight[] = [];
      for (let i = from; index && i < to; i++) {
        const record = mentionToHighlight(mentions[i]!, index.text);
        if (record) highlights.push(compactRecord(record));
      }
      return highlights;
    };
    try {
      // A huge article's highlights go in parts, described part by part (see save-in-parts.ts).
      const reply = await saveArticleWithHighlights(article, index ? mentions.length : 0, highlightsOf, sendToBackground, (progress) => {
        const percent = savePercent(progress);
        const save = this.store.get().save;
        if (save.status !== 'saving' || save.percent !== percent) this.setSave({ status: 'saving', percent });
      });
      this.saved = reply.saved;
      this.mergeStored(reply.highlights);
      this.setSave({ status: 'saved', count: reply.saved.highlightCount, undoable: reply.created });
      return reply.saved;
    } catch (error) {
      this.setSave(this.saved ? { status: 'saved', count: this.saved.highlightCount, undoable: false } : { status: 'error', code: errorCode(error) });
      throw error;
    }
  }

  private mergeStored(highlights: StoredHighlight[]): void {
    const byId = new Map(this.storedHighlights.map((highlight) => [highlight.id, highlight]));
    for (const highlight of highlights) byId.set(highlight.id, highlight);
    this.storedHighlights = [...byId.values()];
  }

  private async undo(): Promise<void> {
    try {
      await sendToBackground('unsaveArticle', { key: this.page.key });
      this.saved = null;
      this.storedHighlights = [];
      this.placeStoredHighlights();
      this.rebuildHoverIndex();
      this.setSave({ status: 'idle' });
      this.notify(this.env.t('page.removed'));
    } catch (error) {
      this.notifyError(error);
    }
  }

  private tooltipContent(item: HoverItem): TooltipContent {
    if (item.type === 'highlight') {
      return { type: 'highlight', highlightId: item.highlight.id, quote: item.highlight.quote.exact, note: item.highlight.note };
    }
    const { mention } = item;
    const tag = mention.tag;
    if (tag.kind === 'claim') {
      const claim = tag as ClaimTag;
      return {
        type: 'claim',
        mentionId: mention.id,
        text: claim.text,
        speaker: claim.speaker,
        stance: claim.stance,
        horizon: claim.horizon?.text,
        about: claim.subjects.map((id) => this.summaries.get(id)?.name ?? this.cards.find((card) => card.id === id)?.name ?? id),
        saved: this.savedClaims.has(mention.id),
      };
    }
    const summary = this.summaries.get(tag.id);
    return {
      type: 'entity',
      mentionId: mention.id,
      kind: tag.kind,
      name: summary?.name ?? tag.name,
      symbol: summary?.symbol ?? tag.symbol,
      description: describeEntity(summary?.card, this.env.uiLanguage),
      aliases: summary?.aliases ?? [tag.text],
      count: summary?.count ?? 1,
      library: this.entityStats[tag.id],
    };
  }

  private rangeOf(item: HoverItem): Range | undefined {
    if (item.type === 'highlight') return this.placedHighlights.find((p) => p.stored === item.highlight)?.range;
    return this.mentionRange(item.mention);
  }

  private onHoverChange(item: HoverItem | null): void {
    if (this.tooltipPinned && !item) return;
    this.tooltipPinned = false;
    if (!item) {
      this.store.update((state) => ({ ...state, tooltip: null }));
      return;
    }
    const range = this.rangeOf(item);
    if (!range) return;
    this.mountUi();
    const pointer = this.pointer;
    const rects = Array.from(range.getClientRects());
    const line = pointer ? rects.find((rect) => pointInRects([rect], pointer.x, pointer.y)) : undefined;
    const box = toBox(line ?? range.getBoundingClientRect());
    this.store.update((state) => ({ ...state, tooltip: { content: this.tooltipContent(item), box, pinned: false } }));
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.ui && event.composedPath().includes(this.ui.host)) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (!this.signal.aborted) this.hover.pointerOver(this.itemUnderPointer());
    });
  }

  private itemUnderPointer(): HoverItem | null {
    const pointer = this.pointer;
    const index = this.index;
    if (!pointer || !index || this.hoverIndex.all.length === 0) return null;
    const doc = this.env.doc;
    const element = doc.elementFromPoint(pointer.x, pointer.y);
    if (!element || !this.root.contains(element)) return null;
    const caret = caretAt(doc, pointer.x, pointer.y);
    if (!caret || !this.root.contains(caret.node)) return null;
    const offset = index.offsetOf(caret, 'forward');
    return hitTest(this.hoverIndex, offset, (item) => {
      const range = this.rangeOf(item);
      return range ? pointInRects(Array.from(range.getClientRects()), pointer.x, pointer.y) : false;
    });
  }

  private closeTooltip(): void {
    this.tooltipPinned = false;
    this.hover.close();
    this.painter.clear('focus');
    this.store.update((state) => ({ ...state, tooltip: null }));
  }

  private onScroll(): void {
    this.followViewport();
    const state = this.store.get();
    if (state.tooltip && !state.tooltip.pinned) this.hover.close();
    if (state.selection && !state.selection.editingNote) this.updateSelection();
  }

  private isEditable(target: EventTarget | null): boolean {
    const element = target as HTMLElement | null;
    if (!element || typeof element.closest !== 'function') return false;
    return element.isContentEditable || element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
  }

  /** Alt+Shift+N / Alt+Shift+P move through mentions; Esc closes what is open. */
  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.onEscape();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || this.isEditable(event.target)) return;
    if (event.code === 'KeyN' || event.code === 'KeyP') {
      event.preventDefault();
      this.moveFocus(event.code === 'KeyN' ? 1 : -1);
    }
  }

  private onUiKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.onEscape();
    else if (event.altKey && event.shiftKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
      event.preventDefault();
      this.moveFocus(event.code === 'KeyN' ? 1 : -1);
    }
  }

  private onEscape(): void {
    const state = this.store.get();
    if (state.tooltip) {
      if (state.tooltip.pinned) this.closeTooltip();
      else this.hover.escape();
    } else if (state.selection) {
      this.clearSelectionUi();
    } else if (state.panelOpen) {
      this.store.update((current) => ({ ...current, panelOpen: false }));
    }
  }

  private moveFocus(step: 1 | -1): void {
    if (this.mentions.length === 0) return;
    const count = this.mentions.length;
    this.focusedMention = this.focusedMention < 0 ? (step > 0 ? 0 : count - 1) : (this.focusedMention + step + count) % count;
    this.showMention(this.mentions[this.focusedMention]!.id);
  }

  private showMention(mentionId: string): void {
    this.mountUi();
    const position = this.mentions.findIndex((mention) => mention.id === mentionId);
    const mention = this.mentions[position];
    const range = mention && this.mentionRange(mention);
    if (!mention || !range) return;
    this.focusedMention = position;
    this.scrollTo(range);
    this.painter.paint('focus', [range]);
    this.hover.close();
    this.tooltipPinned = true;
    const item: HoverItem = { type: 'mention', start: mention.start, end: mention.end, mention };
    this.store.update((state) => ({
      ...state,
      tooltip: { content: this.tooltipContent(item), box: toBox(range.getBoundingClientRect()), pinned: true },
    }));
  }

  private scrollTo(range: Range): void {
    const container = range.startContainer;
    const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** Scrolls to a stored highlight and flashes it (the popup's "open at highlight"). */
  async showHighlight(highlightId: string): Promise<boolean> {
    await this.ready();
    const index = this.index;
    const stored = this.storedHighlights.find((highlight) => highlight.id === highlightId);
    if (!index || !stored) return false;
    const found = anchor(index, { quote: stored.quote, position: stored.position });
    if (!found) {
      this.mountUi();
      this.store.update((state) => ({ ...state, panelOpen: true }));
      return false;
    }
    this.scrollTo(found.range);
    this.painter.paint('flash', [found.range]);
    this.later(() => this.painter.clear('flash'), FLASH_MS);
    return true;
  }

  // ---- the reader's own highlights ----

  private selectionTimer = 0;

  private onSelectionChange(): void {
    if (this.store.get().selection?.editingNote) return;
    if (this.selectionTimer) this.cancel(this.selectionTimer);
    this.selectionTimer = this.later(() => {
      this.selectionTimer = 0;
      this.updateSelection();
    }, SELECTION_DELAY_MS);
  }

  /** The page's selection now, described in the article's text; null when it holds none of it. */
  private liveSelection(): { selectors: TextSelectors; range: Range } | null {
    const index = this.index;
    const selection = this.env.doc.getSelection();
    if (!index || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const selectors = range.intersectsNode(this.root) ? describe(index, range) : null;
    return selectors && { selectors, range };
  }

  private updateSelection(): void {
    const live = this.liveSelection();
    if (!live) {
      this.clearSelectionUi(false);
      return;
    }
    this.pendingSelection = live.selectors;
    this.mountUi();
    const box = toBox(live.range.getBoundingClientRect());
    this.store.update((state) => ({ ...state, selection: { box, editingNote: false } }));
  }

  /**
   * What a toolbar button acts on: the reader's selection at the click. The toolbar comes up once
   * the selection has rested for SELECTION_DELAY_MS, so a slow drag can bring it up over part of
   * the text and end further on just before the click. Once the note's text area has the focus
   * (it takes the selection), the selection the note was opened for.
   */
  private selectionToActOn(): TextSelectors | null {
    if (!this.store.get().selection?.editingNote) {
      const live = this.liveSelection();
      if (live) this.pendingSelection = live.selectors;
    }
    return this.pendingSelection;
  }

  private clearSelectionUi(collapse = true): void {
    this.pendingSelection = null;
    if (collapse) this.env.doc.getSelection()?.removeAllRanges();
    if (this.store.get().selection) this.store.update((state) => ({ ...state, selection: null }));
  }

  private async addHighlight(highlight: NewHighlight): Promise<StoredHighlight | null> {
    const article = await this.articleToStore();
    if (!article) return null;
    try {
      const reply = await sendToBackground('addHighlight', { article, highlight: compactRecord(highlight) });
      this.saved = reply.saved;
      this.mergeStored([reply.highlight]);
      this.setSave({ status: 'saved', count: reply.saved.highlightCount, undoable: false });
      return reply.highlight;
    } catch (error) {
      this.notifyError(error);
      return null;
    }
  }

  private async highlightSelection(note?: string): Promise<void> {
    const selectors = this.selectionToActOn();
    if (!selectors) return;
    const text = note?.trim();
    const stored = await this.addHighlight({
      kind: 'note',
      origin: 'user',
      quote: selectors.quote,
      position: selectors.position,
      ...(text ? { note: text.slice(0, 20_000) } : {}),
    });
    this.clearSelectionUi();
    if (!stored) return;
    this.placeStoredHighlights();
    this.rebuildHoverIndex();
    this.notify(this.env.t('page.highlighted'));
  }

  private async copy(text: string, done: 'page.copied' | 'page.linkCopied'): Promise<void> {
    try {
      await this.env.copyText(text);
      this.notify(this.env.t(done));
    } catch (error) {
      this.notifyError(error);
    }
  }

  private async copySelectionLink(): Promise<void> {
    const selectors = this.selectionToActOn();
    if (!selectors) return;
    await this.copy(textFragmentUrl(this.env.doc.location.href, selectors.quote), 'page.linkCopied');
    this.clearSelectionUi(false);
  }

  private async saveClaim(mentionId: string): Promise<void> {
    const index = this.index;
    const mention = this.mentions.find((candidate) => candidate.id === mentionId);
    if (!index || !mention) return;
    const record = mentionToHighlight(mention, index.text, 'user');
    if (!record) return;
    const stored = await this.addHighlight(record);
    if (!stored) return;
    this.savedClaims.add(mentionId);
    this.store.update((state) =>
      state.tooltip?.content.type === 'claim' && state.tooltip.content.mentionId === mentionId
        ? { ...state, tooltip: { ...state.tooltip, content: { ...state.tooltip.content, saved: true } } }
        : state,
    );
    this.notify(this.env.t('page.claimSaved'));
  }

  private async copyQuote(mentionId: string): Promise<void> {
    const index = this.index;
    const mention = this.mentions.find((candidate) => candidate.id === mentionId);
    if (!index || !mention) return;
    const claim = mention.tag as ClaimTag;
    const { quote } = describeOffsets(index.text, mention.start, mention.end);
    const link = textFragmentUrl(this.env.doc.location.href, quote);
    await this.copy(`“${claim.text}”${claim.speaker ? ` — ${claim.speaker}` : ''}\n${link}`, 'page.copied');
  }

  private async deleteHighlight(highlightId: string): Promise<void> {
    try {
      await sendToBackground('deleteHighlight', { id: highlightId });
      this.storedHighlights = this.storedHighlights.filter((highlight) => highlight.id !== highlightId);
      if (this.saved) {
        this.saved = { ...this.saved, highlightCount: Math.max(0, this.saved.highlightCount - 1) };
        this.setSave({ status: 'saved', count: this.saved.highlightCount, undoable: false });
      }
      this.closeTooltip();
      this.placeStoredHighlights();
      this.rebuildHoverIndex();
    } catch (error) {
      this.notifyError(error);
    }
  }

  // ---- following the page's own re-renders ----

  private observe(): void {
    this.earlyWatch?.disconnect();
    this.earlyWatch = null;
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.scheduleRedraw());
    this.observer.observe(this.root, { subtree: true, childList: true, characterData: true });
  }

  private scheduleRedraw(): void {
    const now = performance.now();
    if (!this.redrawTimer) this.redrawDeadline = now + REDRAW_MAX_WAIT_MS;
    else this.cancel(this.redrawTimer);
    const delay = Math.max(0, Math.min(REDRAW_DELAY_MS, this.redrawDeadline - now));
    this.redrawTimer = this.later(() => {
      this.redrawTimer = 0;
      void this.redraw();
    }, delay);
  }

  /** The page changed the article: index it again, place every tag and highlight again, repaint. */
  private async redraw(): Promise<void> {
    if (!this.root.isConnected) {
      const root = this.env.findRoot();
      if (!root) return;
      this.root = root;
      this.observe();
    }
    const article = this.article;
    const index = await this.buildIndex();
    if (!index || !article || this.signal.aborted) return;
    this.regions = new ArticleAlignment(article.text, article.blocks, index.text).regions();
    const tagged = await this.analyse(index);
    if (!tagged || this.signal.aborted || this.index !== index) return;
    this.tags = tagged.tags;
    this.cards = tagged.entities;
    this.mentions = placeTags(this.tags, this.regions);
    this.summaries = summariseEntities(
      this.mentions.map((mention) => mention.tag),
      this.cards,
    );
    await this.paintMentions();
    this.placeStoredHighlights();
    this.rebuildHoverIndex();
    const state = this.store.get();
    if (state.tooltip) this.closeTooltip();
    this.painter.clear('focus');
  }
}
