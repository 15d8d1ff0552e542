/** Turns IndexedDB/Dexie failures into the protocol's error codes, which the UI shows localised. */
import { ProtocolError } from '../messaging/runtime';

/** Names IndexedDB and Dexie use when the database cannot be opened or used at all. */
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'SecurityError',
  'VersionError',
  'UnknownError',
]);

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error (AbortError → inner QuotaExceededError); walk the chain.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') found.push(name);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return found;
}

/** The protocol error for a storage failure, or the original error when it is not one. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof ProtocolError) return error;
  const chain = names(error);
  if (chain.includes('QuotaExceededError')) {
    return new ProtocolError('quota-exceeded', 'The browser has no room left for the library; nothing was saved.');
  }
  if (chain.some((name) => UNAVAILABLE_NAMES.has(name))) {
    return new ProtocolError(
      'storage-unavailable',
      'The library cannot be opened in this browser window (for example in private browsing).',
    );
  }
  return error;
}

/** Runs a storage operation, rethrowing storage failures as protocol errors. */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
