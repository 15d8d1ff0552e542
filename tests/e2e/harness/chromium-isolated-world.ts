/**
 * Chromium: calls into an isolated world of a page over the DevTools protocol, handing it the
 * closed shadow roots of the extension's injected elements. The protocol sees closed roots
 * (`DOM.describeNode` with `pierce`) and resolves them into the isolated world, where page scripts
 * cannot reach them: a test reads the extension's UI like assistive technology does, not like a page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { INJECTED_HOSTS_EXPRESSION, isolatedFunction } from './driver';

const WORLD_NAME = 'tfa-e2e-harness';
/** Objects fetched for one call are released together afterwards. */
const OBJECT_GROUP = 'tfa-e2e-harness-call';

interface RemoteObject {
  objectId?: string;
  value?: unknown;
  description?: string;
}

interface CallResult {
  result: RemoteObject;
  exceptionDetails?: { text: string; exception?: RemoteObject };
}

interface DescribedNode {
  shadowRoots?: Array<{ backendNodeId: number; shadowRootType?: string }>;
}

/** The isolated world is gone after a navigation; the next call makes a new one. */
function isContextGone(error: unknown): boolean {
  return /Cannot find context|Execution context was destroyed|Inspected target navigated|No frame/i.test(String(error));
}

export class ChromiumIsolatedWorld {
  private session: CDPSession | undefined;
  private contextId: number | undefined;

  constructor(private readonly page: Page) {}

  async call<T>(functionSource: string, args: readonly unknown[]): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.callOnce<T>(functionSource, args);
      } catch (error) {
        if (attempt > 0 || !isContextGone(error)) throw error;
        this.contextId = undefined;
      }
    }
  }

  private async callOnce<T>(functionSource: string, args: readonly unknown[]): Promise<T> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    const session = this.session;
    this.contextId ??= await this.createWorld(session);
    const contextId = this.contextId;
    try {
      const roots = await this.closedShadowRoots(session, contextId);
      const reply = (await session.send('Runtime.callFunctionOn', {
        executionContextId: contextId,
        functionDeclaration: isolatedFunction(functionSource),
        arguments: [{ value: JSON.stringify(args) }, ...roots.map((objectId) => ({ objectId }))],
        objectGroup: OBJECT_GROUP,
        awaitPromise: true,
        returnByValue: true,
      })) as CallResult;
      if (reply.exceptionDetails) {
        throw new Error(`In the isolated world: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      }
      return JSON.parse(reply.result.value as string) as T;
    } finally {
      await session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
    }
  }

  private async createWorld(session: CDPSession): Promise<number> {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: WORLD_NAME,
    })) as { executionContextId: number };
    return executionContextId;
  }

  /** Object ids, in the isolated world, of the closed shadow roots of every injected element. */
  private async closedShadowRoots(session: CDPSession, contextId: number): Promise<string[]> {
    const { result } = (await session.send('Runtime.evaluate', {
      expression: INJECTED_HOSTS_EXPRESSION,
      contextId,
      objectGroup: OBJECT_GROUP,
    })) as CallResult;
    if (!result.objectId) return [];
    const { result: properties } = (await session.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    })) as { result: Array<{ name: string; value?: RemoteObject }> };
    const roots: string[] = [];
    for (const property of properties) {
      const hostId = /^\d+$/.test(property.name) ? property.value?.objectId : undefined;
      if (!hostId) continue;
      const { node } = (await session.send('DOM.describeNode', { objectId: hostId, depth: 0, pierce: true })) as {
        node: DescribedNode;
      };
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType !== 'closed') continue;
        const { object } = (await session.send('DOM.resolveNode', {
          backendNodeId: shadow.backendNodeId,
          executionContextId: contextId,
          objectGroup: OBJECT_GROUP,
        })) as { object: RemoteObject };
        if (object.objectId) roots.push(object.objectId);
      }
    }
    return roots;
  }
}
