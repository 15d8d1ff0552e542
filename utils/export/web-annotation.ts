/**
 * The library as JSON in the W3C Web Annotation Data Model: an AnnotationCollection whose
 * annotations target the article URL with TextQuote and TextPosition selectors. What the model
 * has no term for (the saved article itself, a highlight's kind, entity, speaker, stance…) goes
 * under the `tfa:` prefix, so importing the file restores exactly what was exported.
 */
import * as v from 'valibot';
import { ProtocolError } from '../messaging/runtime';
import { ExtractedArticleSchema, StoredHighlightSchema } from '../messaging/schemas';
import type { LibraryRecords } from '../storage/queries';
import type { SavedArticle, StoredHighlight } from '../storage/types';

/** Bumped when the file's layout changes; the importer reads every version it has known. */
export const EXPORT_FORMAT_VERSION = 1;
const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our vocabulary is a URN: exporting and importing never fetch anything. */
const TFA_NAMESPACE = 'urn:x-techflow-annotator:';
const HIGHLIGHT_ID_PREFIX = `${TFA_NAMESPACE}highlight:`;

interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'identifying';
  value: string;
  format?: 'text/plain';
}

/** Fields of a highlight that the W3C model carries elsewhere (id, times, selectors, note). */
type HighlightExtension = Omit<StoredHighlight, 'id' | 'createdAt' | 'updatedAt' | 'quote' | 'position' | 'note'>;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: [StoredHighlight['quote'], StoredHighlight['position']];
  };
  'tfa:highlight': HighlightExtension;
}

export interface LibraryExport {
  '@context': [typeof W3C_CONTEXT, { tfa: typeof TFA_NAMESPACE }];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  'tfa:format': number;
  'tfa:articles': SavedArticle[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function toAnnotation(highlight: StoredHighlight, source: string): WebAnnotation {
  const { id, createdAt, updatedAt, quote, position, note, ...extension } = highlight;
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: highlight.kind }];
  if (highlight.entityName) body.push({ type: 'TextualBody', purpose: 'identifying', value: highlight.entityName });
  if (note !== undefined) body.unshift({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  return {
    id: `${HIGHLIGHT_ID_PREFIX}${encodeURIComponent(id)}`,
    type: 'Annotation',
    motivation: note !== undefined ? 'commenting' : 'highlighting',
    created: new Date(createdAt).toISOString(),
    modified: new Date(updatedAt).toISOString(),
    body,
    target: { source, selector: [quote, position] },
    'tfa:highlight': extension,
  };
}

export function toLibraryExport(records: LibraryRecords, generatedAt: number, exportId: string): LibraryExport {
  const urlByKey = new Map(records.articles.map((article) => [article.key, article.url]));
  return {
    '@context': [W3C_CONTEXT, { tfa: TFA_NAMESPACE }],
    id: `urn:uuid:${exportId}`,
    type: 'AnnotationCollection',
    label: 'TechFlow Annotator library',
    generated: new Date(generatedAt).toISOString(),
    total: records.highlights.length,
    'tfa:format': EXPORT_FORMAT_VERSION,
    'tfa:articles': records.articles,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: records.highlights.map((highlight) => toAnnotation(highlight, urlByKey.get(highlight.articleKey) ?? '')),
    },
  };
}

export function serialiseLibraryExport(records: LibraryRecords, generatedAt: number, exportId: string): string {
  return JSON.stringify(toLibraryExport(records, generatedAt, exportId), null, 2);
}

const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

const SavedArticleSchema = v.object({
  ...ExtractedArticleSchema.entries,
  articleId: v.pipe(v.string(), v.maxLength(100)),
  kind: v.picklist(['article', 'newsletter']),
  locale: v.picklist(['zh-CN', 'zh-TW', 'en-US', 'fr-FR', 'ja-JP', 'ko-KR', 'vi-VN']),
  savedAt: timestamp,
  updatedAt: timestamp,
});

const isoTime = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((text) => Date.parse(text)),
);

const AnnotationSchema = v.object({
  id: v.pipe(v.string(), v.startsWith(HIGHLIGHT_ID_PREFIX)),
  type: v.literal('Annotation'),
  created: isoTime,
  modified: isoTime,
  body: v.array(v.object({ purpose: v.string(), value: v.string() })),
  target: v.object({ selector: v.tuple([v.unknown(), v.unknown()]) }),
  'tfa:highlight': v.record(v.string(), v.unknown()),
});

const ExportSchema = v.object({
  type: v.literal('AnnotationCollection'),
  'tfa:format': v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(EXPORT_FORMAT_VERSION)),
  'tfa:articles': v.array(SavedArticleSchema),
  first: v.object({ items: v.array(AnnotationSchema) }),
});

function invalid(detail: string): ProtocolError {
  return new ProtocolError('invalid-message', `This file is not a TechFlow Annotator export: ${detail}.`);
}

function fromAnnotation(annotation: v.InferOutput<typeof AnnotationSchema>): StoredHighlight {
  const note = annotation.body.find((body) => body.purpose === 'commenting');
  let id: string;
  try {
    id = decodeURIComponent(annotation.id.slice(HIGHLIGHT_ID_PREFIX.length));
  } catch {
    throw invalid('an annotation id is malformed');
  }
  const candidate = {
    ...annotation['tfa:highlight'],
    id,
    createdAt: annotation.created,
    updatedAt: annotation.modified,
    quote: annotation.target.selector[0],
    position: annotation.target.selector[1],
    ...(note ? { note: note.value } : {}),
  };
  const parsed = v.safeParse(StoredHighlightSchema, candidate);
  if (!parsed.success) throw invalid(`annotation ${id} is malformed`);
  return parsed.output;
}

/** Reads an export back into library records; throws an `invalid-message` error for anything else. */
export function parseLibraryExport(json: string): LibraryRecords {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw invalid('it is not JSON');
  }
  const parsed = v.safeParse(ExportSchema, raw);
  if (!parsed.success) {
    const path = parsed.issues[0].path?.map((step) => String(step.key)).join('.') ?? '';
    throw invalid(path ? `unexpected value at ${path}` : parsed.issues[0].message);
  }
  return {
    articles: parsed.output['tfa:articles'],
    highlights: parsed.output.first.items.map(fromAnnotation),
  };
}
