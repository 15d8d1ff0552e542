/**
 * The extension's MV3 service worker in Chromium, driven through the DevTools protocol: its running
 * status, stopping it as the browser does when idle, and starting it again.
 *
 * Playwright keeps a debugger attached to the worker, so Chromium never stops it on its own during
 * tests; only `stop()` does. The protocol's ServiceWorker domain sees the extension's worker only from
 * a page of the extension's origin, so a tab showing the extension's `manifest.json` is kept for it.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { ExtensionWorker, PageProblem, WorkerRunningStatus } from './driver';
import { callExpression } from './test-page';
import { waitUntil } from './wait';

/** Stopping and starting a worker takes well under a second; this bounds a loaded CI machine. */
const WORKER_TRANSITION_TIMEOUT_MS = 15_000;

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: WorkerRunningStatus;
  status: string;
}

export class ChromiumWorkerControl {
  private readonly versions = new Map<string, WorkerVersion>();

  private constructor(
    private readonly monitorPage: Page,
    private readonly session: CDPSession,
    private readonly extensionOrigin: string,
  ) {
    session.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions as WorkerVersion[]) this.versions.set(version.versionId, version);
    });
  }

  static async open(context: BrowserContext, extensionOrigin: string): Promise<ChromiumWorkerControl> {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/manifest.json`);
    const session = await context.newCDPSession(page);
    const control = new ChromiumWorkerControl(page, session, extensionOrigin);
    await session.send('ServiceWorker.enable');
    await waitUntil(async () => (control.ourVersion() ? true : undefined), {
      timeout: WORKER_TRANSITION_TIMEOUT_MS,
      describe: () => "the extension's service worker registration",
    });
    return control;
  }

  /** Whether a tab is this monitor's own, which tests should not see as theirs. */
  owns(page: Page): boolean {
    return page === this.monitorPage;
  }

  private ourVersion(): WorkerVersion | undefined {
    return [...this.versions.values()]
      .filter((version) => version.scriptURL.startsWith(`${this.extensionOrigin}/`) && version.status === 'activated')
      .at(-1);
  }

  status(): WorkerRunningStatus {
    return this.ourVersion()?.runningStatus ?? 'stopped';
  }

  async waitFor(status: WorkerRunningStatus, timeout = WORKER_TRANSITION_TIMEOUT_MS): Promise<void> {
    await waitUntil(async () => (this.status() === status ? true : undefined), {
      timeout,
      describe: () => `the service worker to be ${status} (it is ${this.status()})`,
    });
  }

  async stop({ untilStopped = true }: { untilStopped?: boolean } = {}): Promise<void> {
    await this.session.send('ServiceWorker.stopAllWorkers');
    if (untilStopped) await this.waitFor('stopped');
  }

  async start(): Promise<void> {
    await this.session.send('ServiceWorker.startWorker', { scopeURL: `${this.extensionOrigin}/` });
    await this.waitFor('running');
  }

  handle(worker: Worker, errors: readonly PageProblem[]): ExtensionWorker {
    return {
      url: worker.url(),
      get errors() {
        return [...errors];
      },
      evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => {
        // Evaluating in a stopped worker hangs instead of failing: refuse with a clear message.
        if (this.status() !== 'running') {
          return Promise.reject(new Error(`The service worker is ${this.status()}; start it or wake it first.`));
        }
        return worker.evaluate(callExpression(fn.toString(), [arg])) as Promise<R>;
      },
      stop: (options) => this.stop(options),
      start: () => this.start(),
      status: () => this.status(),
      waitUntilRunning: (options = {}) => this.waitFor('running', options.timeout),
    };
  }
}
