/**
 * A page as a test sees it, the same in every browser: open and navigate at real site addresses,
 * act as a reader (hover, select, click by role and name, type, press keys) and read what a reader
 * sees (visible text, tooltips), plus the page's User Timing measures and errors.
 */
import type { CDPSession } from 'playwright-core';
import type { PageBackend, PageProblem, SiteAddressing } from './driver';
import {
  installPageHarness,
  PAGE_HARNESS_SYMBOL,
  type ElementLocation,
  type Found,
  type MeasureEntry,
  type PageHarness,
  type Rect,
  type RoleQuery,
} from './in-page';
import { waitUntil } from './wait';

/** How long a reader's UI may take to appear: instant in practice, generous for a loaded 2-core CI machine. */
export const UI_TIMEOUT_MS = 5_000;
/** How long the content script may take to finish its work on a page after load. */
export const EXTENSION_TIMEOUT_MS = 15_000;
/** Pointer moves are split into steps so pages see intermediate `mousemove`s, as from a real mouse. */
const POINTER_STEPS = 5;
/**
 * Harness calls that read the extension's UI: they run in an isolated world with its closed shadow
 * roots (page scripts cannot see them or tamper with what the test reads). The rest run in the
 * page's main world, as the page's own code would.
 */
const UI_READING_METHODS: ReadonlySet<keyof PageHarness> = new Set(['locateRole', 'roleTexts', 'roleBoxes', 'unisolatedText', 'visibleText', 'tooltipTexts']);
/** Prefix of every User Timing measure the extension records. */
export const MEASURE_PREFIX = 'techflow-annotator:';

export interface RoleOptions {
  /** Exact accessible name (whitespace collapsed) or a pattern. */
  name?: string | RegExp;
  /** Which of several matches (0-based); without it, more than one match is an error. */
  nth?: number;
}

export interface WaitOptions {
  timeout?: number;
}

/** Serialises a self-contained function call; `__name` is the helper tsx/esbuild may insert for function names. */
export function callExpression(source: string, args: readonly unknown[]): string {
  const argList = args.map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg))).join(', ');
  return `(() => { const __name = (target) => target; return (${source})(${argList}); })()`;
}

function unwrap<T>(found: Found<T>): T {
  if (!found.ok) throw new Error(found.reason);
  return found.value;
}

/** A key or a chord such as `Control+Shift+S`. */
function chordParts(key: string): { modifiers: string[]; key: string } {
  if (key.length <= 1 || !key.includes('+')) return { modifiers: [], key };
  const parts = key.split('+');
  const last = parts.pop() || '+';
  return { modifiers: parts.filter(Boolean), key: last };
}

export class TestPage {
  private readonly problemLog: PageProblem[] = [];

  constructor(
    private readonly backend: PageBackend,
    private readonly addressing: SiteAddressing,
  ) {
    backend.onProblem((problem) => this.problemLog.push(problem));
  }

  /** Console errors and uncaught exceptions seen in this page so far. */
  get errors(): readonly PageProblem[] {
    return [...this.problemLog];
  }

  /** Chromium only (else it throws): a DevTools protocol session attached to this page, e.g. to trace its main thread. */
  devToolsSession(): Promise<CDPSession> {
    if (!this.backend.devToolsSession) throw new Error('Only Chromium pages have a DevTools protocol session.');
    return this.backend.devToolsSession();
  }

  /** Runs a self-contained function in the page's main world (where the page's own scripts run). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.backend.evaluate<R>(callExpression(fn.toString(), [arg]));
  }

  /** Polls a self-contained predicate in the page until it returns a truthy value, and returns it. */
  async waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, options: WaitOptions = {}): Promise<NonNullable<R>> {
    return waitUntil(async () => (await this.evaluate(fn, arg)) || undefined, {
      timeout: options.timeout ?? UI_TIMEOUT_MS,
      describe: () => `page condition ${fn.toString().slice(0, 120)}`,
    }) as Promise<NonNullable<R>>;
  }

  /** Calls the in-page harness (installed on first use in each document); for the locators. */
  callHarness<K extends keyof PageHarness>(
    method: K,
    ...args: Parameters<PageHarness[K]>
  ): Promise<Awaited<ReturnType<PageHarness[K]>>> {
    const install = installPageHarness.toString();
    const key = `Symbol.for(${JSON.stringify(PAGE_HARNESS_SYMBOL)})`;
    if (UI_READING_METHODS.has(method)) {
      const source = `(roots, method, ...args) => {
        const harness = globalThis[${key}] ?? (globalThis[${key}] = (${install})());
        harness.useShadowRoots(roots);
        return harness[method](...args);
      }`;
      return this.backend.evaluateWithShadowRoots(source, [method, ...args]);
    }
    const source = `(method, ...args) => {
      const harness = window[${key}] ?? (window[${key}] = (${install})());
      return harness[method](...args);
    }`;
    return this.backend.evaluate(callExpression(source, [method, ...args]));
  }

  // ---- Navigation. URLs are site addresses such as `https://www.techflowpost.com/fr-FR/article/1`.

  async goto(siteUrl: string): Promise<void> {
    await this.backend.goto(this.addressing.toBrowserUrl(siteUrl));
  }

  reload(): Promise<void> {
    return this.backend.reload();
  }

  /** The page's current site address (read from the page, so client-side navigations count). */
  async url(): Promise<string> {
    return this.addressing.toSiteUrl(await this.evaluate(() => location.href));
  }

  /**
   * Moves to another page without a page load, as TechFlow's Next.js router does: the new page's
   * content replaces the old (extension-injected `tfa-` elements stay), then `history.pushState`;
   * no event is dispatched.
   */
  navigateClientSide(siteUrl: string): Promise<void> {
    return this.callHarness('navigate', this.addressing.toBrowserUrl(siteUrl));
  }

  /** The browser's Back button after a client-side navigation: `popstate`, then the router shows the page. */
  goBack(): Promise<void> {
    return this.callHarness('back');
  }

  // ---- User Timing.

  measures(prefix: string = MEASURE_PREFIX): Promise<MeasureEntry[]> {
    return this.callHarness('measures', prefix);
  }

  /** Waits until the page has at least `count` measures called `name`, and returns them all. */
  async waitForMeasure(name: string, options: WaitOptions & { count?: number } = {}): Promise<MeasureEntry[]> {
    const count = options.count ?? 1;
    return waitUntil(
      async () => {
        const found = (await this.measures(name)).filter((entry) => entry.name === name);
        return found.length >= count ? found : undefined;
      },
      {
        timeout: options.timeout ?? EXTENSION_TIMEOUT_MS,
        describe: async () =>
          `${count} "${name}" measure(s); the page has ${JSON.stringify((await this.measures()).map((entry) => entry.name))}`,
      },
    );
  }

  // ---- Acting as a reader.

  /** A text range in the page's own text, by its visible text (whitespace collapsed). */
  textRange(text: string, options: { occurrence?: number } = {}): TextRange {
    return new TextRange(this, this.backend, text, options.occurrence ?? 0);
  }

  /** An element by accessible role and name, also inside the extension's open shadow roots. */
  getByRole(role: string, options: RoleOptions = {}): RoleLocator {
    const name =
      options.name instanceof RegExp ? { source: options.name.source, flags: options.name.flags } : options.name;
    return new RoleLocator(this, this.backend, { role, name, nth: options.nth });
  }

  type(text: string): Promise<void> {
    return this.backend.type(text);
  }

  /** Presses a key (`Escape`, `Enter`, `ArrowDown`) or a chord (`Control+a`, `Alt+Shift+S`). */
  async press(key: string): Promise<void> {
    const chord = chordParts(key);
    for (const modifier of chord.modifiers) await this.backend.keyDown(modifier);
    await this.backend.press(chord.key);
    for (const modifier of [...chord.modifiers].reverse()) await this.backend.keyUp(modifier);
  }

  /** Moves the pointer to a point in the viewport. */
  moveMouse(x: number, y: number): Promise<void> {
    return this.backend.mouseMove(x, y, POINTER_STEPS);
  }

  async click(x: number, y: number): Promise<void> {
    await this.backend.mouseMove(x, y, POINTER_STEPS);
    await this.backend.mouseDown();
    await this.backend.mouseUp();
  }

  scroll(deltaY: number): Promise<void> {
    return this.backend.wheel(0, deltaY);
  }

  // ---- Reading what a reader sees.

  /** All visible text, including the extension's open shadow roots, whitespace collapsed. */
  visibleText(): Promise<string> {
    return this.callHarness('visibleText');
  }

  /** The text of every visible `role="tooltip"` element. */
  tooltips(): Promise<string[]> {
    return this.callHarness('tooltipTexts');
  }

  /** Waits for a visible tooltip and returns its text (several are joined by a newline). */
  async waitForTooltip(options: WaitOptions = {}): Promise<string> {
    const texts = await waitUntil(async () => {
      const found = await this.tooltips();
      return found.length > 0 ? found : undefined;
    }, { timeout: options.timeout ?? UI_TIMEOUT_MS, describe: () => 'a visible role="tooltip" element' });
    return texts.join('\n');
  }

  /** The current selection's text, whitespace collapsed. */
  selectionText(): Promise<string> {
    return this.callHarness('selectionText');
  }

  screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    return this.backend.screenshot(path, options.fullPage ?? false);
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.backend.setViewport(width, height);
  }

  bringToFront(): Promise<void> {
    return this.backend.bringToFront();
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/** A run of the page's text, found again before every action (the page may re-render). */
export class TextRange {
  constructor(
    private readonly page: TestPage,
    private readonly backend: PageBackend,
    readonly text: string,
    private readonly occurrence: number,
  ) {}

  private locate() {
    return waitUntil(
      async () => {
        const found = await this.page.callHarness('locateText', this.text, this.occurrence);
        return found.ok ? found : undefined;
      },
      {
        timeout: UI_TIMEOUT_MS,
        describe: async () => {
          const found = await this.page.callHarness('locateText', this.text, this.occurrence);
          return found.ok ? `text "${this.text}"` : found.reason;
        },
      },
    ).then(unwrap);
  }

  /** Puts the pointer over the middle of the text's first line. */
  async hover(): Promise<void> {
    const { firstLine } = await this.locate();
    await this.page.moveMouse(firstLine.left + firstLine.width / 2, firstLine.top + firstLine.height / 2);
  }

  /**
   * Selects the text as a reader does: a real mouse drag from its first to its last character
   * (`drag`, the default), or a Selection set by script followed by a `mouseup` (`script`).
   * Returns the selected text; throws if the browser selected something else.
   */
  async select(options: { method?: 'drag' | 'script' } = {}): Promise<string> {
    if (options.method === 'script') {
      return unwrap(await this.page.callHarness('selectTextProgrammatically', this.text, this.occurrence));
    }
    const { firstChar, lastChar } = await this.locate();
    // Inside the first character's left half and the last one's right half: the caret snaps outside them.
    const inset = (width: number) => Math.min(1, width / 4);
    await this.page.moveMouse(firstChar.left + inset(firstChar.width), firstChar.top + firstChar.height / 2);
    await this.backend.mouseDown();
    await this.backend.mouseMove(
      lastChar.left + lastChar.width - inset(lastChar.width),
      lastChar.top + lastChar.height / 2,
      POINTER_STEPS * 2,
    );
    await this.backend.mouseUp();
    const selected = await this.page.selectionText();
    const wanted = this.text.replace(/\s+/g, ' ').trim();
    if (selected !== wanted) throw new Error(`Dragging over "${wanted}" selected "${selected}" instead.`);
    return selected;
  }
}

/** Elements by accessible role and name, looked up again before every action. */
export class RoleLocator {
  constructor(
    private readonly page: TestPage,
    private readonly backend: PageBackend,
    private readonly query: RoleQuery,
  ) {}

  /** Waits until exactly one (or the `nth`) element matches and nothing covers its centre. */
  private async locateReachable(timeout: number): Promise<ElementLocation> {
    return waitUntil(
      async () => {
        const found = await this.page.callHarness('locateRole', this.query);
        return found.ok && found.value.reachable ? found.value : undefined;
      },
      {
        timeout,
        describe: async () => {
          const found = await this.page.callHarness('locateRole', this.query);
          return found.ok ? `${JSON.stringify(this.query)} to be uncovered (another element is on top of it)` : found.reason;
        },
      },
    );
  }

  async click(options: WaitOptions = {}): Promise<void> {
    const { x, y } = await this.locateReachable(options.timeout ?? UI_TIMEOUT_MS);
    await this.page.click(x, y);
  }

  async hover(options: WaitOptions = {}): Promise<void> {
    const { x, y } = await this.locateReachable(options.timeout ?? UI_TIMEOUT_MS);
    await this.page.moveMouse(x, y);
  }

  /** Clicks the field, selects what is in it and types `text` over it. */
  async fill(text: string, options: WaitOptions = {}): Promise<void> {
    await this.click(options);
    await this.page.press('Control+a');
    await (text ? this.backend.type(text) : this.backend.press('Backspace'));
  }

  /** Visible text of every matching element. */
  texts(): Promise<string[]> {
    return this.page.callHarness('roleTexts', this.query);
  }

  /** Where every matching element is drawn (viewport pixels), with the viewport's size. */
  boxes(): Promise<{ boxes: Rect[]; viewport: { width: number; height: number } }> {
    return this.page.callHarness('roleBoxes', this.query);
  }

  /** Text holding `char` (a bidi control) in an element that does not isolate it: it could reorder the UI around it. */
  unisolatedText(char: string): Promise<string[]> {
    return this.page.callHarness('unisolatedText', this.query, char);
  }

  async count(): Promise<number> {
    return (await this.texts()).length;
  }

  /** Waits until a matching element is visible (default) or until none is, and returns the texts. */
  async waitFor(options: WaitOptions & { state?: 'visible' | 'hidden' } = {}): Promise<string[]> {
    const hidden = options.state === 'hidden';
    return waitUntil(
      async () => {
        const texts = await this.texts();
        return hidden === (texts.length === 0) ? texts : undefined;
      },
      {
        timeout: options.timeout ?? UI_TIMEOUT_MS,
        describe: () => `${hidden ? 'no' : 'a'} visible element with ${JSON.stringify(this.query)}`,
      },
    );
  }
}
