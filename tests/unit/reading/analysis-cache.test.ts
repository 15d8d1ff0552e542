import { describe, expect, it, vi } from 'vitest';
import { cacheAnalyses } from '../../../utils/reading/analysis-cache';

const result = (n: number) => ({ tags: [], entities: [{ id: `e${n}`, kind: 'token' as const, name: `E${n}`, description: {} }] });

describe('the worker\'s memory of recent articles\' tags', () => {
  it('answers the same article with the same text from memory, without tagging again', () => {
    const tag = vi.fn(() => result(1));
    const analyse = cacheAnalyses(tag);
    const payload = { key: 'techflow:fr-FR:article:1', lang: 'fr', text: 'Le Bitcoin monte.' };
    expect(analyse(payload)).toEqual(result(1));
    expect(analyse({ ...payload })).toEqual(result(1));
    expect(tag).toHaveBeenCalledTimes(1);
  });

  it('tags again when the text or language changed', () => {
    const tag = vi.fn(() => result(1));
    const analyse = cacheAnalyses(tag);
    const payload = { key: 'k', lang: 'fr', text: 'Le Bitcoin monte.' };
    analyse(payload);
    analyse({ ...payload, text: 'Le Bitcoin baisse.' });
    analyse({ ...payload, text: 'Le Bitcoin baisse.', lang: 'en' });
    expect(tag).toHaveBeenCalledTimes(3);
  });

  it('forgets the least recently read article beyond its capacity', () => {
    const tag = vi.fn(() => result(1));
    const analyse = cacheAnalyses(tag, 2);
    const a = { key: 'a', lang: 'fr', text: 'a' };
    const b = { key: 'b', lang: 'fr', text: 'b' };
    const c = { key: 'c', lang: 'fr', text: 'c' };
    analyse(a);
    analyse(b);
    analyse(a);
    analyse(c);
    analyse(a);
    expect(tag).toHaveBeenCalledTimes(3);
    analyse(b);
    expect(tag).toHaveBeenCalledTimes(4);
  });
});
