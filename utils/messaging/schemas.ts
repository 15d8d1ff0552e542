/** Runtime schemas for every value that crosses a context boundary. Page text is hostile: bound every string. */
import * as v from 'valibot';

/** Longest article text accepted (characters): well above any real article, far below what would stall a worker. */
export const MAX_TEXT = 8_000_000;
/** Longest short field (titles, names, notes' quotes) accepted. */
const MAX_SHORT = 4_000;
/** Longest note a reader may write. */
const MAX_NOTE = 20_000;
/** Most blocks in one article (a megabyte of one-line paragraphs stays under this). */
export const MAX_BLOCKS = 200_000;
/** Most highlights sent in one message. */
export const MAX_HIGHLIGHTS = 50_000;
/**
 * Most characters of article text, and most blocks, in one part of a save sent in parts: a part is
 * serialised and validated in a few milliseconds on either side.
 */
export const MAX_PART_TEXT = 1_000_000;
export const MAX_PART_BLOCKS = 20_000;
/** Most highlights in one part of a save sent in parts (a few hundred kilobytes of message). */
export const MAX_PART_HIGHLIGHTS = 5_000;
/** Most highlights one save sent in parts may hold: a 5 MB article has about 146,000. */
export const MAX_STAGED_HIGHLIGHTS = 1_000_000;

const short = () => v.pipe(v.string(), v.maxLength(MAX_SHORT));

/** Whether a string is an absolute http(s) URL: the only kind the extension links to or opens in a tab. */
export function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A web address from page data: `javascript:`, `data:` and the like never get in, so nothing can run or open them. */
const httpUrl = () => v.pipe(v.string(), v.maxLength(MAX_SHORT), v.check(isHttpUrl, 'only http(s) addresses are accepted'));
const optionalShort = () => v.optional(short());
const names = () => v.pipe(v.array(short()), v.maxLength(200));
const offset = () => v.pipe(v.number(), v.integer(), v.minValue(0));

export const ArticleKeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const HighlightIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const StanceSchema = v.picklist(['bullish', 'bearish', 'neutral']);
export const HorizonSchema = v.object({
  text: short(),
  from: optionalShort(),
  to: optionalShort(),
});

export const ArticleBlockSchema = v.object({
  type: v.picklist(['heading', 'paragraph', 'quote', 'list-item', 'speaker-label']),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  start: offset(),
  end: offset(),
  speaker: optionalShort(),
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
  section: optionalShort(),
});

export const ExtractedArticleSchema = v.object({
  url: httpUrl(),
  key: ArticleKeySchema,
  title: short(),
  lead: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  authors: names(),
  editors: names(),
  translators: names(),
  compilers: names(),
  guests: names(),
  hosts: names(),
  originalTitle: optionalShort(),
  source: optionalShort(),
  sourceUrl: v.optional(httpUrl()),
  date: optionalShort(),
  dateText: optionalShort(),
  lang: v.pipe(v.string(), v.maxLength(20)),
  coverUrl: v.optional(httpUrl()),
  blocks: v.pipe(v.array(ArticleBlockSchema), v.maxLength(MAX_BLOCKS)),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  method: v.picklist(['readability', 'body-selector']),
});

/** An article without its text and blocks: the first part of a save sent in parts. */
export const ArticleHeadSchema = v.omit(ExtractedArticleSchema, ['text', 'blocks']);

/** Where a save sent in parts is kept while its parts arrive; the content script makes it up. */
export const SaveIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NOTE)),
  prefix: short(),
  suffix: short(),
});

export const TextPositionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: offset(),
    end: offset(),
  }),
  v.check((p) => p.end > p.start, 'a position must cover at least one character'),
);

export const NewHighlightSchema = v.object({
  kind: v.picklist(['token', 'company', 'claim', 'note']),
  origin: v.picklist(['auto', 'user']),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  entityId: optionalShort(),
  entityName: optionalShort(),
  symbol: optionalShort(),
  speaker: optionalShort(),
  stance: v.optional(StanceSchema),
  horizon: v.optional(HorizonSchema),
  subjects: v.optional(v.pipe(v.array(short()), v.maxLength(100))),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
});

export const StoredHighlightSchema = v.object({
  ...NewHighlightSchema.entries,
  id: HighlightIdSchema,
  articleKey: ArticleKeySchema,
  createdAt: v.number(),
  updatedAt: v.number(),
});
