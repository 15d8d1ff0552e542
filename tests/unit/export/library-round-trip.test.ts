import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLibraryExport, serialiseLibraryExport } from '../../../utils/export/web-annotation';
import { isHttpUrl } from '../../../utils/messaging/schemas';
import type { LibraryRecords } from '../../../utils/storage/queries';
import type { SavedArticle, StoredHighlight } from '../../../utils/storage/types';
import { freshLibrary } from '../storage/library-fixtures';

/**
 * Pieces of hostile page text: markup and script URLs, bidi overrides, zero-width and control
 * characters, JSON, CSV and prototype metacharacters, line separators, astral and CJK characters.
 */
const HOSTILE_PIECES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '"',
  '\\',
  '\\u0000',
  '\u2028',
  '\u2029',
  '\r\n',
  '=HYPERLINK("x")',
  '__proto__',
  '{"constructor":{"prototype":1}}',
  '😀',
  '比特币',
  'e\u0301',
  ' ',
];
/** A lone surrogate: not well-formed UTF-16, yet a JavaScript string may hold it. */
const LONE_SURROGATES = ['\ud800', '\udfff'];

/** Hostile text of at most `maxPieces` pieces (each at most 32 characters, so short fields stay in bounds). */
function hostileText(maxPieces: number, options: { loneSurrogates?: boolean } = {}): fc.Arbitrary<string> {
  const pieces = [...HOSTILE_PIECES, ...(options.loneSurrogates === false ? [] : LONE_SURROGATES)];
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: maxPieces })
    .map((parts) => parts.join(''));
}

/** Body text may also hold a very long word (no space to break it). */
const bodyText = fc.oneof(hostileText(20), hostileText(4).map((text) => text + 'w'.repeat(3_000)));
const shortText = hostileText(6);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const time = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
const names = fc.array(shortText, { maxLength: 3 });
/** Addresses from page data: hostile paths, but only http(s) ones get into a library. */
const webAddress = fc
  .tuple(fc.constantFrom('https://', 'http://'), fc.constantFrom('www.techflowpost.com', 'example.org'), hostileText(3))
  .map(([scheme, host, path]) => `${scheme}${host}/${path}`)
  .filter(isHttpUrl);

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

const blockArbitrary = fc.record(
  {
    type: fc.constantFrom('heading', 'paragraph', 'quote', 'list-item', 'speaker-label' as const),
    text: bodyText,
    speaker: optional(shortText),
    level: optional(fc.integer({ min: 1, max: 6 })),
    section: optional(shortText),
  },
  { requiredKeys: ['type', 'text'] },
);

const articleArbitrary = fc
  .record({
    id: fc.integer({ min: 1, max: 999_999 }),
    locale: fc.constantFrom('zh-CN', 'zh-TW', 'en-US', 'fr-FR', 'ja-JP', 'ko-KR', 'vi-VN' as const),
    title: shortText,
    lead: optional(bodyText),
    authors: names,
    editors: names,
    translators: names,
    compilers: names,
    guests: names,
    hosts: names,
    originalTitle: optional(shortText),
    source: optional(shortText),
    sourceUrl: optional(webAddress),
    date: optional(shortText),
    dateText: optional(shortText),
    lang: fc.constantFrom('zh-CN', 'zh-TW', 'en', 'fr', 'ja', 'ko', 'vi'),
    coverUrl: optional(webAddress),
    blocks: fc.array(blockArbitrary, { maxLength: 4 }),
    method: fc.constantFrom('readability', 'body-selector' as const),
    kind: fc.constantFrom('article', 'newsletter' as const),
    savedAt: time,
    updatedAt: time,
  })
  .map(({ id, blocks: blockSeeds, ...fields }): SavedArticle => {
    let offset = 0;
    const blocks = blockSeeds.map((seed) => {
      const block = withoutUndefined({ ...seed, start: offset, end: offset + seed.text.length });
      offset = block.end + 2;
      return block;
    });
    return withoutUndefined({
      ...fields,
      url: `https://www.techflowpost.com/${fields.locale}/${fields.kind}/${id}`,
      key: `techflow:${fields.locale}:${fields.kind}:${id}`,
      articleId: String(id),
      blocks,
      text: blocks.map((block) => block.text).join('\n\n'),
    });
  });

const highlightArbitrary = fc
  .record({
    id: fc.oneof(fc.uuid(), hostileText(3, { loneSurrogates: false }).filter((id) => id.length > 0 && id.length <= 100)),
    kind: fc.constantFrom('token', 'company', 'claim', 'note' as const),
    origin: fc.constantFrom('auto', 'user' as const),
    exact: bodyText.filter((exact) => exact.length > 0),
    prefix: shortText,
    suffix: shortText,
    start: fc.nat(100_000),
    length: fc.integer({ min: 1, max: 5_000 }),
    entityId: optional(shortText),
    entityName: optional(shortText),
    symbol: optional(shortText),
    speaker: optional(shortText),
    stance: optional(fc.constantFrom('bullish', 'bearish', 'neutral' as const)),
    horizon: optional(
      fc.record({ text: shortText, from: optional(shortText), to: optional(shortText) }, { requiredKeys: ['text'] }),
    ),
    subjects: optional(fc.array(shortText, { maxLength: 3 })),
    note: optional(bodyText),
    articleIndex: fc.nat(),
    createdAt: time,
    updatedAt: time,
  })
  .map(({ exact, prefix, suffix, start, length, horizon, articleIndex, ...fields }) => ({
    articleIndex,
    highlight: withoutUndefined({
      ...fields,
      quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
      position: { type: 'TextPositionSelector' as const, start, end: start + length },
      horizon: horizon ? withoutUndefined(horizon) : undefined,
    }),
  }));

const libraryArbitrary: fc.Arbitrary<LibraryRecords> = fc
  .tuple(
    fc.uniqueArray(articleArbitrary, { minLength: 1, maxLength: 3, selector: (article) => article.key }),
    fc.uniqueArray(highlightArbitrary, { maxLength: 8, selector: (seed) => seed.highlight.id }),
  )
  .map(([articles, seeds]) => ({
    articles,
    highlights: seeds.map(({ articleIndex, highlight }): StoredHighlight => ({
      ...highlight,
      articleKey: articles[articleIndex % articles.length]!.key,
    })),
  }));

function byKey(articles: SavedArticle[]): SavedArticle[] {
  return [...articles].sort((a, b) => (a.key < b.key ? -1 : 1));
}

function byId(highlights: StoredHighlight[]): StoredHighlight[] {
  return [...highlights].sort((a, b) => (a.id < b.id ? -1 : 1));
}

// Each run writes a fresh IndexedDB library: slower than pure properties on a shared, busy machine.
describe('library export and import', { timeout: 60_000 }, () => {
  it('restores any library of hostile text exactly when its W3C export is imported into an empty library (property)', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary, async (library) => {
        const json = serialiseLibraryExport(library, 0, 'round-trip');
        const { db, service } = freshLibrary();
        try {
          await service.importRecords(parseLibraryExport(json));
          const restored = await service.allRecords();
          expect(byKey(restored.articles)).toEqual(byKey(library.articles));
          expect(byId(restored.highlights)).toEqual(byId(library.highlights));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
