/**
 * The worker keeps the last few articles' tags, so reloading or revisiting an article (or coming
 * back to it by client-side navigation) draws without tagging the same text again.
 */
import type { BackgroundPayload, BackgroundResponses } from '../messaging';

/** Articles remembered: a reading session's recent tabs, a few hundred kilobytes at most. */
const MAX_CACHED_ANALYSES = 8;

type Analyse = (payload: BackgroundPayload<'analyse'>) => BackgroundResponses['analyse'];

/** Wraps the `analyse` handler: same key, language and text → the same answer, without tagging. */
export function cacheAnalyses(analyse: Analyse, capacity = MAX_CACHED_ANALYSES): Analyse {
  const cache = new Map<string, { lang: string; text: string; result: BackgroundResponses['analyse'] }>();
  return (payload) => {
    const cached = cache.get(payload.key);
    if (cached && cached.lang === payload.lang && cached.text === payload.text) {
      // Most recently used last, so the oldest is the first to go.
      cache.delete(payload.key);
      cache.set(payload.key, cached);
      return cached.result;
    }
    const result = analyse(payload);
    cache.delete(payload.key);
    cache.set(payload.key, { lang: payload.lang, text: payload.text, result });
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return result;
  };
}
