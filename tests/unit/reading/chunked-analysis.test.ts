import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyseInChunks, splitForAnalysis } from '../../../utils/reading/chunked-analysis';
import type { BackgroundResponses } from '../../../utils/messaging';
import type { EntityTag } from '../../../utils/tagging/types';

type Analysis = BackgroundResponses['analyse'];

/** A tagger for the test: every "Bitcoin" and "Ether" is an entity, and its card comes along. */
function tagNames(text: string): Analysis {
  const tags: EntityTag[] = [];
  for (const match of text.matchAll(/Bitcoin|Ether/g)) {
    const id = match[0] === 'Bitcoin' ? 'token:btc' : 'token:eth';
    tags.push({ kind: 'token', id, name: match[0], text: match[0], start: match.index, end: match.index + match[0].length, confidence: 1 });
  }
  const ids = [...new Set(tags.map((tag) => tag.id))];
  return { tags, entities: ids.map((id) => ({ id, kind: 'token', name: id, description: {} })) };
}

const lines = (count: number) => Array.from({ length: count }, (_, i) => `${i}. Bitcoin rose while Ether fell.`).join('\n');

describe('a huge article is tagged in chunks', () => {
  it('cuts the text end to end into chunks no longer than the limit, after line breaks', () => {
    const text = lines(200);
    const chunks = splitForAnalysis(text, 500);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(500);
      expect(text.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text);
    }
    expect(chunks.slice(0, -1).every((chunk) => chunk.text.endsWith('\n'))).toBe(true);
  });

  it('cuts a line longer than the limit after a sentence, else a space', () => {
    const sentences = 'Bitcoin rose. Ether fell. '.repeat(40);
    expect(splitForAnalysis(sentences, 100).slice(0, -1).every((chunk) => /[.] $/.test(chunk.text))).toBe(true);
    const words = 'Bitcoin rose and Ether fell '.repeat(40);
    expect(splitForAnalysis(words, 100).slice(0, -1).every((chunk) => chunk.text.endsWith(' '))).toBe(true);
  });

  it('any text comes back whole from its chunks, each within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', '。', 'é'), maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const chunks = splitForAnalysis(text, max);
        expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
        expect(chunks.every((chunk) => chunk.text.length <= max)).toBe(true);
      }),
    );
  });

  it('gives the tags and cards of the whole text, at its offsets, from one request per chunk', async () => {
    const text = lines(300);
    const analyse = vi.fn((chunk: string) => Promise.resolve(tagNames(chunk)));
    const chunked = await analyseInChunks(text, analyse, 1_000);
    expect(analyse.mock.calls.length).toBe(splitForAnalysis(text, 1_000).length);
    expect(analyse.mock.calls.length).toBeGreaterThan(5);
    expect(chunked).toEqual(tagNames(text));
  });

  it('sends an ordinary article in one request, as it is', async () => {
    const text = lines(20);
    const analyse = vi.fn((chunk: string) => Promise.resolve(tagNames(chunk)));
    expect(await analyseInChunks(text, analyse)).toEqual(tagNames(text));
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse).toHaveBeenCalledWith(text);
  });

  it('gives nothing when a chunk could not be tagged', async () => {
    let calls = 0;
    const analyse = (chunk: string) => Promise.resolve(++calls === 2 ? null : tagNames(chunk));
    expect(await analyseInChunks(lines(300), analyse, 1_000)).toBeNull();
  });
});
