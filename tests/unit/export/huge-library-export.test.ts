import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libraryExportFile } from '../../../utils/export/library-file';
import type { MarkdownLabels } from '../../../utils/export/markdown';
import { highlightsIn } from '../../../utils/storage/highlight-rows';
import type { LibraryRecords } from '../../../utils/storage/queries';
import { HUGE_ARTICLE_HIGHLIGHTS, hugeArticleLibrary } from '../../fixtures/library/huge-article';

const labels: MarkdownLabels = {
  highlights: 'Highlights',
  source: 'Source',
  openAtQuote: 'Open at this quote',
  note: 'Note',
  kind: { token: 'Token', company: 'Company', claim: 'Claim', note: 'Note' },
  stance: { bullish: 'Bullish', bearish: 'Bearish', neutral: 'Neutral' },
};

function hugeRecords(): LibraryRecords {
  const library = hugeArticleLibrary();
  const body = library.bodies[0]!;
  const { textLength: _length, highlightCount: _count, ...meta } = library.articles[0]!;
  return { articles: [{ ...meta, text: body.text, blocks: body.blocks }], highlights: highlightsIn(library.highlightRows) };
}

describe('exporting the huge article (146,079 highlights)', () => {
  const records = hugeRecords();

  it('writes every highlight to its Markdown file (regression: the sections were spread as arguments and overflowed the call stack)', () => {
    const file = libraryExportFile(records, 'markdown', labels, Date.UTC(2026, 0, 3), 'id');
    const entries = unzipSync(file.data as Uint8Array);
    const texts = Object.values(entries).map((bytes) => strFromU8(bytes));
    expect(texts).toHaveLength(1);
    const quotes = texts[0]!.split('\n').filter((line) => line.startsWith('> '));
    expect(quotes).toHaveLength(HUGE_ARTICLE_HIGHLIGHTS);
    expect(file.name).toBe('techflow-library-2026-01-03.zip');
  });

  it('writes one CSV row per highlight', () => {
    const file = libraryExportFile(records, 'csv', labels, Date.UTC(2026, 0, 3), 'id');
    expect((file.data as string).trimEnd().split('\r\n')).toHaveLength(HUGE_ARTICLE_HIGHLIGHTS + 1);
  });
});
