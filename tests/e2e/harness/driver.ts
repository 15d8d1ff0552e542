import type { CDPSession } from 'playwright-core';

/**
 * The few primitives each browser driver (playwright-core for Chromium, puppeteer-core for Firefox)
 * provides. Everything a test calls is built once on top of these in `test-page.ts`.
 */

/** Something that went wrong in a page: a console error or an exception nobody caught. */
export interface PageProblem {
  kind: 'console-error' | 'uncaught-exception';
  text: string;
}

export interface PageBackend {
  /** The browser-level URL as the driver last saw it. */
  url(): string;
  /** Loads a browser-level URL and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JavaScript expression in the page's main world; promises are awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Calls a self-contained function `(shadowRoots, ...args)` in an isolated world of the page, where
   * page scripts can neither see nor patch it, with the closed shadow roots of the extension's
   * injected elements as `shadowRoots` (see `isolatedFunction`). Arguments and result are JSON.
   */
  evaluateWithShadowRoots<T>(functionSource: string, args: readonly unknown[]): Promise<T>;
  mouseMove(x: number, y: number, steps: number): Promise<void>;
  mouseDown(): Promise<void>;
  mouseUp(): Promise<void>;
  wheel(deltaX: number, deltaY: number): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string, fullPage: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Registers the listener for console errors and uncaught exceptions (called once, at creation). */
  onProblem(listener: (problem: PageProblem) => void): void;
  /** Chromium only: a DevTools protocol session attached to this page (tracing, CPU figures). */
  devToolsSession?(): Promise<CDPSession>;
}

/** Maps the addresses tests use (real site URLs) to what the browser loads, and back. */
export interface SiteAddressing {
  toBrowserUrl(siteUrl: string): string;
  toSiteUrl(browserUrl: string): string;
}

export type WorkerRunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/** Where the driver allows it (Chromium MV3), the extension's service worker. */
export interface ExtensionWorker {
  /** The worker's script URL, e.g. `chrome-extension://<id>/background.js`. */
  url: string;
  /** Console errors the worker logged since the browser started. */
  readonly errors: readonly PageProblem[];
  /** Runs a self-contained function in the running worker and returns its (serialisable) result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Stops the worker as the browser does when it is idle; resolves once it has stopped, or at once
   * with `{ untilStopped: false }` (a worker that pending messages wake again may never be seen stopped).
   */
  stop(options?: { untilStopped?: boolean }): Promise<void>;
  /** Starts a fresh worker, as an incoming event would. */
  start(): Promise<void>;
  status(): WorkerRunningStatus;
  /** Waits until the worker is running again (after `stop()`, woken by extension activity). */
  waitUntilRunning(options?: { timeout?: number }): Promise<void>;
}

/** Elements the extension injects carry this prefix; their shadow roots may be closed. */
export const INJECTED_PREFIX = 'tfa-';

/** An expression giving every injected element of the document (the hosts of the extension's UI). */
export const INJECTED_HOSTS_EXPRESSION = `Array.from(document.querySelectorAll('*')).filter((element) => element.localName.startsWith(${JSON.stringify(INJECTED_PREFIX)}))`;

/**
 * The function declaration each driver calls in its isolated world: JSON arguments first, then the
 * shadow roots as separate arguments (the protocols pass object references only at the top level),
 * and the result back as JSON. `__name` is the helper tsx/esbuild may insert for function names.
 */
export function isolatedFunction(source: string): string {
  return `function (json, ...roots) {
    const __name = (target) => target;
    const args = JSON.parse(json);
    return Promise.resolve((${source})(roots, ...args)).then((result) => JSON.stringify(result === undefined ? null : result));
  }`;
}
