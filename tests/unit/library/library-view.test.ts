import { describe, expect, it } from 'vitest';
import { entityGroups, filterChoices, groupByArticle, libraryRows, type LibrarySnapshot } from '../../../utils/library/library-view';
import type { ArticleRecord, NewHighlight, StoredHighlight } from '../../../utils/storage/types';

function article(key: string, lang: string, savedAt: number, highlightCount: number): ArticleRecord {
  return {
    key, title: `Article ${key}`, url: `https://www.techflowpost.com/${key}`, lang, authors: [], editors: [], translators: [],
    compilers: [], guests: [], hosts: [], method: 'readability', articleId: key, kind: 'article', locale: 'fr-FR',
    savedAt, updatedAt: savedAt, textLength: 100, highlightCount,
  };
}

let nextId = 0;
function highlight(articleKey: string, start: number, fields: Partial<NewHighlight> & Pick<NewHighlight, 'kind'>): StoredHighlight {
  nextId += 1;
  return {
    id: `h${nextId}`, articleKey, origin: 'auto', createdAt: 1, updatedAt: 1,
    quote: { type: 'TextQuoteSelector', exact: `quote ${nextId}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 5 },
    ...fields,
  };
}

const fr = article('fr', 'fr', 2, 2);
const zh = article('zh', 'zh-CN', 1, 3);
const btcFr = highlight('fr', 50, { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' });
const claimFr = highlight('fr', 10, { kind: 'claim', speaker: 'Zeng Ming', stance: 'bullish', subjects: ['token:btc'] });
const btcZh = highlight('zh', 5, { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' });
const btcZh2 = highlight('zh', 9, { kind: 'token', entityId: 'token:btc', entityName: 'Bitcoin', symbol: 'BTC' });
const alibaba = highlight('zh', 20, { kind: 'company', entityId: 'org:alibaba', entityName: 'Alibaba' });
const snapshot: LibrarySnapshot = { articles: [fr, zh], highlights: [btcFr, claimFr, btcZh, btcZh2, alibaba] };
const byArticle = groupByArticle(snapshot.highlights);

const ids = (rows: ReturnType<typeof libraryRows>) =>
  rows.map((row) => (row.type === 'article' ? row.article.key : row.highlight.id));

describe('the popup list', () => {
  it('lists articles newest first, each followed by its highlights in page order', () => {
    expect(ids(libraryRows(snapshot, byArticle, {}))).toEqual(['fr', claimFr.id, btcFr.id, 'zh', btcZh.id, btcZh2.id, alibaba.id]);
  });

  it('filters by kind, speaker, stance and language, leaving out articles with nothing left', () => {
    expect(ids(libraryRows(snapshot, byArticle, { kind: 'company' }))).toEqual(['zh', alibaba.id]);
    expect(ids(libraryRows(snapshot, byArticle, { speaker: 'Zeng Ming', stance: 'bullish' }))).toEqual(['fr', claimFr.id]);
    expect(ids(libraryRows(snapshot, byArticle, { lang: 'zh-CN', kind: 'claim' }))).toEqual([]);
    const [header] = libraryRows(snapshot, byArticle, { kind: 'company' });
    expect(header).toMatchObject({ type: 'article', shown: 1, total: 3 });
  });

  it('an entity filter takes its mentions and the claims about it', () => {
    expect(ids(libraryRows(snapshot, byArticle, { entityId: 'token:btc' }))).toEqual([
      'fr', claimFr.id, btcFr.id, 'zh', btcZh.id, btcZh2.id,
    ]);
  });

  it('a search lists matching highlights, and every highlight of an article whose title matches', () => {
    const rows = libraryRows(snapshot, byArticle, {}, { articleKeys: new Set(['zh']), highlightIds: new Set([claimFr.id]) });
    expect(ids(rows)).toEqual(['fr', claimFr.id, 'zh', btcZh.id, btcZh2.id, alibaba.id]);
  });

  it('a search lists an article’s matching highlights in page order whatever order they were found in, filters applied', () => {
    const found = { articleKeys: new Set<string>(), highlightIds: new Set([alibaba.id, btcZh2.id, claimFr.id, btcZh.id, 'gone']) };
    expect(ids(libraryRows(snapshot, byArticle, {}, found))).toEqual(['fr', claimFr.id, 'zh', btcZh.id, btcZh2.id, alibaba.id]);
    expect(ids(libraryRows(snapshot, byArticle, { kind: 'token' }, found))).toEqual(['zh', btcZh.id, btcZh2.id]);
    expect(ids(libraryRows(snapshot, byArticle, { kind: 'company' }, { articleKeys: new Set(['fr']), highlightIds: new Set([btcZh.id]) }))).toEqual([]);
    expect(ids(libraryRows(snapshot, byArticle, { kind: 'claim' }, { articleKeys: new Set(['fr']), highlightIds: new Set() }))).toEqual(['fr', claimFr.id]);
  });

  it('hands out the same row objects to every listing of the same records, so a keystroke makes none anew', () => {
    const everything = libraryRows(snapshot, byArticle, {});
    const searched = libraryRows(snapshot, byArticle, {}, { articleKeys: new Set(), highlightIds: new Set([btcZh.id]) });
    const again = libraryRows(snapshot, byArticle, {});
    expect(again).toEqual(everything);
    again.forEach((row, index) => expect(row).toBe(everything[index]));
    expect(searched[1]).toBe(everything.find((row) => row.type === 'highlight' && row.highlight === btcZh));
    expect(searched[0]).toEqual({ type: 'article', key: 'a:zh', article: zh, shown: 1, total: 3 });
  });

  it('offers only the filter choices the library has', () => {
    expect(filterChoices(snapshot)).toEqual({
      kinds: ['claim', 'token', 'company'],
      langs: ['fr', 'zh-CN'],
      speakers: ['Zeng Ming'],
      stances: ['bullish'],
    });
  });

  it('groups mentions by entity, most mentioned first', () => {
    expect(entityGroups(snapshot.highlights)).toEqual([
      { entityId: 'token:btc', name: 'Bitcoin', kind: 'token', symbol: 'BTC', mentions: 3, articleCount: 2 },
      { entityId: 'org:alibaba', name: 'Alibaba', kind: 'company', mentions: 1, articleCount: 1 },
    ]);
  });
});
