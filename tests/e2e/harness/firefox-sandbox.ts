/**
 * Firefox: calls into a WebDriver BiDi sandbox of a page (an isolated realm, like a content
 * script's), handing it the closed shadow roots of the extension's injected elements. BiDi
 * serialises a node's shadow root whatever its mode when asked (`includeShadowTree: 'all'`), and a
 * node's `sharedId` can be passed back as an argument: a test reads the extension's UI without
 * any page script being able to.
 *
 * puppeteer-core has no public API for raw BiDi commands or a frame's browsing-context id; this
 * uses `Browser.connection` and `Frame._id` of its BiDi implementation (puppeteer-core 24).
 */
import type { Browser, Page } from 'puppeteer-core';
import { INJECTED_HOSTS_EXPRESSION, isolatedFunction } from './driver';

const SANDBOX = 'tfa-e2e-harness';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

interface SerialisedNode {
  shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null;
}

export class FirefoxSandbox {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  private get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  private get contextId(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  private async evaluate(params: object): Promise<RemoteValue> {
    const { result } = (await this.connection.send('script.callFunction', {
      target: { context: this.contextId, sandbox: SANDBOX },
      awaitPromise: true,
      resultOwnership: 'none',
      ...params,
    })) as { result: EvaluateResult };
    if (result.type === 'exception') throw new Error(`In the sandbox: ${result.exceptionDetails?.text ?? 'an exception'}`);
    return result.result as RemoteValue;
  }

  async call<T>(functionSource: string, args: readonly unknown[]): Promise<T> {
    const hosts = await this.evaluate({
      functionDeclaration: `function () { return ${INJECTED_HOSTS_EXPRESSION}; }`,
      arguments: [],
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    const roots = ((hosts.value as RemoteValue[] | undefined) ?? [])
      .map((host) => (host.value as SerialisedNode | undefined)?.shadowRoot)
      .filter((shadow) => shadow?.value?.mode === 'closed' && shadow.sharedId)
      .map((shadow) => ({ sharedId: shadow!.sharedId! }));
    const result = await this.evaluate({
      functionDeclaration: isolatedFunction(functionSource),
      arguments: [{ type: 'string', value: JSON.stringify(args) }, ...roots],
    });
    return JSON.parse(result.value as string) as T;
  }
}
