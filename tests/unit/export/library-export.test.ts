import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readHighlight } from '../../../utils/storage/queries';
import { csvCell, highlightsToCsv } from '../../../utils/export/csv';
import { articleToMarkdown, escapeMarkdown, markdownFileName, type MarkdownLabels } from '../../../utils/export/markdown';
import { markdownArchive } from '../../../utils/export/markdown-archive';
import { parseLibraryExport, serialiseLibraryExport, toLibraryExport } from '../../../utils/export/web-annotation';
import type { LibraryRecords } from '../../../utils/storage/queries';
import type { SavedArticle, StoredHighlight } from '../../../utils/storage/types';
import { frenchAnalysis, freshLibrary, highlightOn, makeArticle } from '../storage/library-fixtures';

const labels: MarkdownLabels = {
  highlights: 'Highlights',
  source: 'Source',
  openAtQuote: 'Open at this quote',
  note: 'Note',
  kind: { token: 'Token', company: 'Company', claim: 'Claim', note: 'Note' },
  stance: { bullish: 'Bullish', bearish: 'Bearish', neutral: 'Neutral' },
};

async function savedLibrary(): Promise<LibraryRecords> {
  const { service } = freshLibrary();
  const french = makeArticle('800');
  const chinese = makeArticle('801', { lang: 'zh-CN' });
  await service.saveArticle(french, frenchAnalysis(french));
  const { highlight } = await service.addHighlight(french, highlightOn(french, 'sommet de Wanxiang', { kind: 'note', origin: 'user' }));
  await service.updateHighlight(highlight.id, { note: 'Ligne 1\nLigne 2' });
  await service.saveArticle(chinese, [highlightOn(chinese, '比特币', { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' })]);
  return service.allRecords();
}

describe('W3C Web Annotation JSON', () => {
  it('is an AnnotationCollection of annotations with quote and position selectors on the article URL', async () => {
    const records = await savedLibrary();
    const exported = toLibraryExport(records, Date.UTC(2025, 5, 1), 'e1');
    expect(exported['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(exported).toMatchObject({ type: 'AnnotationCollection', id: 'urn:uuid:e1', total: records.highlights.length });
    const noted = exported.first.items.find((annotation) => annotation.motivation === 'commenting')!;
    expect(noted.target.source).toBe('https://www.techflowpost.com/fr-FR/article/800');
    expect(noted.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(noted.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Ligne 1\nLigne 2', format: 'text/plain' });
    expect(noted.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('imports into an empty library exactly what was exported', async () => {
    const records = await savedLibrary();
    const json = serialiseLibraryExport(records, 0, 'e2');
    const { service, db } = freshLibrary();
    await service.importRecords(parseLibraryExport(json));
    const restored = await service.allRecords();
    expect(restored.articles).toEqual(records.articles);
    expect([...restored.highlights].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...records.highlights].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await db.articles.toArray()).map((record) => record.highlightCount)).toEqual(
      (await db.articles.toArray()).map((record) => records.highlights.filter((h) => h.articleKey === record.key).length),
    );
  });

  it('merges with what is there: other articles stay, newer local edits win', async () => {
    const records = await savedLibrary();
    const json = serialiseLibraryExport(records, 0, 'e3');
    const { service, db } = freshLibrary({ now: () => Date.now() + 60_000 });
    const other = makeArticle('802');
    await service.saveArticle(other, frenchAnalysis(other));
    await service.importRecords(parseLibraryExport(json));
    const target = records.highlights[0]!;
    await service.updateHighlight(target.id, { note: 'edited after the export' });
    await service.importRecords(parseLibraryExport(json));
    expect(await db.articles.count()).toBe(3);
    expect((await readHighlight(db, target.id))?.note).toBe('edited after the export');
  });

  it('refuses files that are not an export, naming what is wrong', () => {
    expect(() => parseLibraryExport('{')).toThrow(/not JSON/);
    expect(() => parseLibraryExport('{"type":"AnnotationCollection","tfa:format":1,"tfa:articles":[],"first":{"items":[{}]}}')).toThrow(
      /first\.items\.0/,
    );
    expect(() => parseLibraryExport(JSON.stringify({ type: 'AnnotationCollection', 'tfa:format': 99, 'tfa:articles': [], first: { items: [] } }))).toThrow(
      /tfa:format/,
    );
  });

  const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
  const time = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const articleArbitrary = fc.record({
    id: fc.integer({ min: 1, max: 999_999 }),
    title: text(80),
    lead: optional(text(200)),
    text: text(400),
    guests: fc.array(text(20), { maxLength: 3 }),
    lang: fc.constantFrom('fr', 'zh-CN', 'en'),
    savedAt: time,
    updatedAt: time,
    date: optional(fc.constantFrom('2024-09-19', '2025-01-01')),
  });
  const highlightArbitrary = fc.record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    kind: fc.constantFrom('token', 'company', 'claim', 'note' as const),
    origin: fc.constantFrom('auto', 'user' as const),
    exact: fc.string({ minLength: 1, maxLength: 100 }),
    prefix: text(32),
    suffix: text(32),
    start: fc.nat(10_000),
    length: fc.integer({ min: 1, max: 500 }),
    entityId: optional(fc.constantFrom('token:btc', 'org:alibaba')),
    entityName: optional(text(20)),
    speaker: optional(text(30)),
    stance: optional(fc.constantFrom('bullish', 'bearish', 'neutral' as const)),
    horizon: optional(fc.record({ text: text(30), to: optional(fc.constantFrom('2026-12-31')) }, { requiredKeys: ['text'] })),
    subjects: optional(fc.array(fc.constantFrom('token:btc', 'token:eth'), { maxLength: 2 })),
    note: optional(text(200)),
    createdAt: time,
    updatedAt: time,
  });

  function drop<T extends object>(record: T): T {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
  }

  it('round-trips any library losslessly (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(articleArbitrary, { minLength: 1, maxLength: 4, selector: (article) => article.id }),
        fc.uniqueArray(highlightArbitrary, { maxLength: 12, selector: (highlight) => highlight.id }),
        (articleSeeds, highlightSeeds) => {
          const articles: SavedArticle[] = articleSeeds.map((seed) =>
            drop({
              url: `https://www.techflowpost.com/fr-FR/article/${seed.id}`,
              key: `techflow:fr-FR:article:${seed.id}`,
              title: seed.title,
              lead: seed.lead,
              authors: [],
              editors: [],
              translators: [],
              compilers: [],
              guests: seed.guests,
              hosts: [],
              date: seed.date,
              lang: seed.lang,
              blocks: seed.text ? [{ type: 'paragraph' as const, text: seed.text, start: 0, end: seed.text.length }] : [],
              text: seed.text,
              method: 'readability' as const,
              articleId: String(seed.id),
              kind: 'article' as const,
              locale: 'fr-FR' as const,
              savedAt: seed.savedAt,
              updatedAt: seed.updatedAt,
            }),
          );
          const highlights: StoredHighlight[] = highlightSeeds.map((seed, index) =>
            drop({
              id: seed.id,
              articleKey: articles[index % articles.length]!.key,
              kind: seed.kind,
              origin: seed.origin,
              quote: { type: 'TextQuoteSelector' as const, exact: seed.exact, prefix: seed.prefix, suffix: seed.suffix },
              position: { type: 'TextPositionSelector' as const, start: seed.start, end: seed.start + seed.length },
              entityId: seed.entityId,
              entityName: seed.entityName,
              speaker: seed.speaker,
              stance: seed.stance,
              horizon: seed.horizon ? drop(seed.horizon) : undefined,
              subjects: seed.subjects,
              note: seed.note,
              createdAt: seed.createdAt,
              updatedAt: seed.updatedAt,
            }),
          );
          const back = parseLibraryExport(serialiseLibraryExport({ articles, highlights }, 0, 'p'));
          expect(back).toEqual({ articles, highlights });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('Markdown export', () => {
  it('writes front matter, the title, quotes in page order with their facts, notes and links back', async () => {
    const records = await savedLibrary();
    const article = records.articles.find((saved) => saved.lang === 'fr')!;
    const markdown = articleToMarkdown(article, records.highlights.filter((h) => h.articleKey === article.key), labels);
    expect(markdown).toMatch(/^---\ntitle: "Zeng Ming sur le Web3 \(800\)"\nurl: "https:\/\/www\.techflowpost\.com\/fr-FR\/article\/800"\n/);
    expect(markdown).toContain('entities: ["Bitcoin", "Alibaba", "Ethereum"]');
    expect(markdown).toContain('# Zeng Ming sur le Web3 (800)');
    expect(markdown).toContain('Source: [TechFlow](<https://www.techflowpost.com/fr-FR/article/800>)');
    expect(markdown).toContain('Claim · Zeng Ming · Bullish · d’ici fin 2026 · [Open at this quote](<https://www.techflowpost.com/fr-FR/article/800#:~:text=');
    expect(markdown).toContain('**Note:** Ligne 1  \nLigne 2');
    expect(markdown.indexOf('> Bitcoin')).toBeLessThan(markdown.indexOf('> Alibaba'));
  });

  it('keeps hostile page text inert', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> [a](javascript:x) `code` $x$ ==hl==')).toBe(
      '\\<img src\\=x onerror\\=alert(1)\\> \\[a\\](javascript:x) \\`code\\` \\$x\\$ \\=\\=hl\\=\\=',
    );
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('a\u202eb\u0007c')).toBe('abc');
  });

  it('writes bidi controls and zero-width characters in front matter as escapes that read back exactly', () => {
    const title = 'Bitcoin \u202enioctiB\u202c Ethe\u200dreum\u200b <img src=x>';
    const article = { ...makeArticle('804'), title, articleId: '804', kind: 'article' as const, locale: 'fr-FR' as const, savedAt: 0, updatedAt: 0 };
    const markdown = articleToMarkdown(article, [], labels);
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!;
    expect(frontMatter).not.toMatch(/[\u200b-\u200f\u202a-\u202e]/);
    expect((parseYaml(frontMatter) as { title: string }).title).toBe(title);
  });

  it('never writes a non-web link', () => {
    const article = { ...makeArticle('803'), url: 'javascript:alert(1)', articleId: '803', kind: 'article' as const, locale: 'fr-FR' as const, savedAt: 0, updatedAt: 0 };
    expect(articleToMarkdown(article, [], labels)).not.toContain('](');
  });

  it('names files after the title, safely, unique per article', () => {
    expect(markdownFileName({ title: 'AI / Crypto: "Web3"?', articleId: '1', locale: 'fr-FR' })).toBe('AI Crypto Web3 (fr-FR 1).md');
    expect(markdownFileName({ title: '..\u202e', articleId: '2', locale: 'zh-CN' })).toBe('TechFlow (zh-CN 2).md');
    expect(markdownFileName({ title: '长'.repeat(200), articleId: '3', locale: 'zh-CN' })).toBe(`${'长'.repeat(80)} (zh-CN 3).md`);
  });

  it('packs one file per article in one zip', async () => {
    const records = await savedLibrary();
    const files = unzipSync(markdownArchive(records, labels, Date.UTC(2025, 0, 1)));
    expect(Object.keys(files).sort()).toEqual(['TechFlow/Zeng Ming sur le Web3 (800) (fr-FR 800).md', 'TechFlow/曾鸣谈 Web3（801） (zh-CN 801).md']);
    expect(strFromU8(files['TechFlow/曾鸣谈 Web3（801） (zh-CN 801).md']!)).toContain('> 比特币');
  });
});

describe('CSV export', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('makes cells that a spreadsheet would run as formulas inert', () => {
    for (const formula of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
  });

  it('writes one row per highlight under a header, with a BOM for spreadsheets', async () => {
    const records = await savedLibrary();
    const csv = highlightsToCsv(records.articles, records.highlights);
    expect(csv.startsWith('\ufeffarticle_title,article_url,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(records.highlights.length + 1);
    expect(csv).toContain('"Ligne 1\nLigne 2"');
  });
});
