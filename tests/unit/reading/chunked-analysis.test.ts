import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyseInChunks, splitForAnalysis } from '../../../utils/reading/chunked-analysis';
import type { BackgroundResponses } from '../../../utils/messaging';
import { analyseArticle } from '../../../utils/tagging/analyse';
import type { ClaimTag, EntityTag } from '../../../utils/tagging/types';

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

/** The real tagger, as the worker runs it on each request. */
const tagEnglish = (text: string): Promise<Analysis> => Promise.resolve(analyseArticle({ key: 'techflow:en-US:article:1', lang: 'en', text }));

/** Each claim where it is and who says it. */
function claimSpeakers(analysis: Analysis | null): Array<{ start: number; end: number; speaker?: string }> {
  return (analysis?.tags ?? [])
    .filter((tag): tag is ClaimTag => tag.kind === 'claim')
    .map((claim) => ({ start: claim.start, end: claim.end, speaker: claim.speaker }));
}

const OPINIONS = [
  'I think Bitcoin will reach 200,000 dollars by 2027.',
  'We expect Ethereum fees to fall next year.',
  'In my view Solana should double before Q2.',
  'I believe Ethereum will outperform Bitcoin this year.',
  'I expect USDC supply to grow next year.',
  'Thanks for having me.',
  'That is a fair question.',
];

/**
 * A podcast transcript: a title, the credits, then turns ("Name: …" or "Name:" alone) of one to four
 * paragraphs, perhaps a summary section; long enough that most cuts fall past the head the chunks
 * are sent with.
 */
const transcripts = fc
  .record({
    credits: fc.boolean(),
    turns: fc.array(
      fc.record({
        speaker: fc.constantFrom('Alice Martin', 'Bob', 'Chen Wei', 'Host', 'Dana'),
        alone: fc.boolean(),
        paragraphs: fc.array(fc.array(fc.constantFrom(...OPINIONS), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 2, maxLength: 40 },
    ),
    summaryAfter: fc.option(fc.nat(39), { nil: undefined }),
  })
  .map(({ credits, turns, summaryAfter }) => {
    const lines = ['Podcast: where Bitcoin goes next', ...(credits ? ['Guests: Alice Martin, Chen Wei', 'Host: Dana'] : [])];
    turns.forEach((turn, i) => {
      const paragraphs = turn.paragraphs.map((sentences) => sentences.join(' '));
      if (turn.alone) lines.push(`${turn.speaker}:`, ...paragraphs);
      else lines.push(`${turn.speaker}: ${paragraphs[0]}`, ...paragraphs.slice(1));
      if (summaryAfter === i) lines.push('Key takeaways', `- ${OPINIONS[0]}`, `- ${OPINIONS[1]}`);
    });
    return lines.join('\n');
  });

describe('a transcript tagged in chunks', () => {
  it('a claim after a cut keeps the speaker whose turn began before it, as when the whole text is tagged at once', async () => {
    const text = [
      'Podcast: where Bitcoin goes next',
      'Alice Martin: Thanks for having me.',
      ...Array.from({ length: 30 }, () => OPINIONS[0]),
      'Bob: That is a fair question.',
      'Bob: In my view Solana should double before Q2.',
      'Alice Martin:',
      ...Array.from({ length: 30 }, () => OPINIONS[3]),
    ].join('\n');
    const whole = claimSpeakers(await tagEnglish(text));
    expect(new Set(whole.map((claim) => claim.speaker))).toEqual(new Set(['Alice Martin', 'Bob']));
    const chunks = splitForAnalysis(text, 400);
    expect(chunks.length).toBeGreaterThan(5);
    expect(claimSpeakers(await analyseInChunks(text, tagEnglish, 400))).toEqual(whole);
  });

  it('a label alone after a summary heading opens no turn after a cut, as when the whole text is tagged at once', async () => {
    // Found by the property below (seed 2030312007): the chunk after "Host:" was sent with the label
    // lines before it but not the summary heading between them, so Alice's turn ran on into it.
    const text = [
      'Podcast: where Bitcoin goes next',
      ...Array.from({ length: 4 }, () => `Alice Martin: ${OPINIONS[0]}`),
      'Key takeaways',
      `- ${OPINIONS[0]}`,
      'Host:',
      OPINIONS[3],
      'Alice Martin:',
      OPINIONS[1],
    ].join('\n');
    const cut = text.indexOf('Host:\n') + 'Host:\n'.length;
    const afterHost = claimSpeakers(await tagEnglish(text)).filter((claim) => claim.start >= cut);
    expect(afterHost.map((claim) => claim.speaker)).toEqual([undefined, 'Alice Martin']);
    const maxChars = cut + OPINIONS[3]!.length - 10;
    expect(splitForAnalysis(text, maxChars)[1]?.offset).toBe(cut);
    expect(claimSpeakers(await analyseInChunks(text, tagEnglish, maxChars))).toEqual(claimSpeakers(await tagEnglish(text)));
  });

  it('any transcript, cut between any lines, gives every claim the speaker the whole text gives it', async () => {
    await fc.assert(
      // Chunks longer than any line, so every cut falls between lines, as with 200,000-character chunks.
      fc.asyncProperty(transcripts, fc.integer({ min: 200, max: 1_500 }), async (text, maxChars) => {
        expect(claimSpeakers(await analyseInChunks(text, tagEnglish, maxChars))).toEqual(claimSpeakers(await tagEnglish(text)));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same tags as the whole text on a transcript cut into many chunks', async () => {
    const text = fc.sample(transcripts, { numRuns: 1, seed: 7 })[0]!;
    expect(await analyseInChunks(text, tagEnglish, 200)).toEqual(await tagEnglish(text));
  });
});
