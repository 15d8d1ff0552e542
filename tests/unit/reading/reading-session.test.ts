// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { mountPageUi } from '../../../components/page/mount';
import type { ExtractedArticle } from '../../../utils/extract/types';
import type { BackgroundPayload, BackgroundRequestType } from '../../../utils/messaging';
import type { PageActions } from '../../../utils/reading/page-state';
import { ReadingSession } from '../../../utils/reading/reading-session';
import { localeTranslate } from '../components/page/locale-translate';
import type { Translate } from '../../../components/page/context';

/** The background worker, as the session sees it through `sendToBackground`. */
const background = vi.hoisted(() => ({ requests: [] as Array<{ type: string; payload: unknown }> }));

vi.mock('../../../utils/messaging', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../utils/messaging')>();
  return {
    ...original,
    sendToBackground: async (type: BackgroundRequestType, payload: BackgroundPayload<BackgroundRequestType>) => {
      background.requests.push({ type, payload });
      if (type === 'analyse') {
        const text = (payload as BackgroundPayload<'analyse'>).text;
        const tags = [...text.matchAll(/Bitcoin/g)].map((match) => ({
          kind: 'token',
          id: 'token:btc',
          name: 'Bitcoin',
          symbol: 'BTC',
          start: match.index,
          end: match.index + 7,
          text: 'Bitcoin',
          confidence: 1,
        }));
        return { tags, entities: [] };
      }
      if (type === 'articleState') return { saved: null, highlights: [], entityStats: {} };
      if (type === 'saveArticle') {
        const { article: stored } = payload as BackgroundPayload<'saveArticle'>;
        const saved = { key: stored.key, url: stored.url, title: stored.title, lang: stored.lang, savedAt: 1, updatedAt: 1, highlightCount: 1 };
        return { saved, highlights: [], created: true };
      }
      if (type === 'addHighlight') {
        const { article, highlight } = payload as BackgroundPayload<'addHighlight'>;
        const saved = { key: article.key, url: article.url, title: article.title, lang: article.lang, savedAt: 1, updatedAt: 1, highlightCount: 1 };
        return { highlight: { ...highlight, id: 'h1', articleKey: article.key, createdAt: 1, updatedAt: 1 }, saved, createdArticle: true };
      }
      throw new original.ProtocolError('invalid-message', `not expected here: ${type}`);
    },
  };
});

/** `CSS.highlights` and `Highlight` as the browsers have them (jsdom has neither). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let t: Translate;
beforeAll(async () => {
  t = await localeTranslate('en');
});

const articleText = 'Le Bitcoin monte.';
const article: ExtractedArticle = {
  url: 'https://www.techflowpost.com/fr-FR/article/1',
  key: 'techflow:fr-FR:article:1',
  title: 'Titre',
  authors: [],
  editors: [],
  translators: [],
  compilers: [],
  guests: [],
  hosts: [],
  lang: 'fr',
  blocks: [{ type: 'paragraph', text: articleText, start: 0, end: articleText.length }],
  text: articleText,
  method: 'readability',
};

/** The text a drawn (static or live) range covers. */
function text(drawn: AbstractRange): string {
  const range = document.createRange();
  range.setStart(drawn.startContainer, drawn.startOffset);
  range.setEnd(drawn.endContainer, drawn.endOffset);
  return range.toString();
}

function registry(): Map<string, FakeHighlight> {
  return (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
}

describe('a reading session on a page', () => {
  let extension: AbortController;
  let session: ReadingSession;
  /** What the page UI's buttons call, as the session handed them to its UI. */
  let actions: PageActions | undefined;

  beforeEach(() => {
    background.requests.length = 0;
    (window as unknown as { CSS: unknown }).CSS = { highlights: new Map() };
    (globalThis as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
    document.body.innerHTML =
      '<article><h1>Titre</h1><div class="art_detail_content"><p>Source : Bitcoin Magazine</p><p id="p">Le <b>Bitcoin</b> monte.</p></div></article>';
    extension = new AbortController();
    session = new ReadingSession(
      {
        doc: document,
        signal: extension.signal,
        uiLanguage: 'en',
        copyText: vi.fn(async () => undefined),
        mountUi: ({ store, actions: uiActions, onKeyDown }) => {
          actions = uiActions;
          return mountPageUi(document, { store, actions: uiActions, t }, onKeyDown);
        },
        findRoot: () => document.querySelector('article'),
        t: (key) => t(key),
      },
      { key: article.key, lang: 'fr' },
      document.querySelector('article')!,
    );
  });
  afterEach(() => extension.abort());

  it('tags the live text before extraction and draws only the tags inside the article', async () => {
    session.begin();
    expect(background.requests.map((request) => request.type)).toEqual(['analyse']);
    await session.annotate(article);
    const drawn = [...(registry().get('tfa-token') ?? [])];
    expect(drawn.map(text)).toEqual(['Bitcoin']);
    expect(document.getElementById('p')!.contains(drawn[0]!.startContainer)).toBe(true);
  });

  it('asks the library about the article only once its tags are drawn', async () => {
    session.begin();
    await session.annotate(article);
    expect(background.requests.map((request) => request.type)).toEqual(['analyse']);
    await vi.waitFor(() => expect(background.requests.map((request) => request.type).slice(0, 2)).toEqual(['analyse', 'articleState']));
  });

  it('drawn from the body element first, a Save clicked before Readability’s article is ready waits for it and stores it', async () => {
    let deliver: (stored: ExtractedArticle) => void = () => undefined;
    const readability = new Promise<ExtractedArticle>((resolve) => {
      deliver = resolve;
    });
    const drawnFromBody: ExtractedArticle = { ...article, method: 'body-selector' };
    await session.annotate(drawnFromBody, readability);
    expect([...(registry().get('tfa-token') ?? [])].map(text)).toEqual(['Bitcoin']);
    const saving = session.save();
    await Promise.resolve();
    expect(background.requests.some((request) => request.type === 'saveArticle')).toBe(false);
    deliver({ ...article, title: 'Titre (Readability)' });
    await saving;
    const saveRequest = background.requests.find((request) => request.type === 'saveArticle')!;
    expect((saveRequest.payload as BackgroundPayload<'saveArticle'>).article.title).toBe('Titre (Readability)');
  });

  it('drawn from the body element first, places the mentions again by Readability’s article should its text differ', async () => {
    let deliver: (stored: ExtractedArticle) => void = () => undefined;
    const readability = new Promise<ExtractedArticle>((resolve) => {
      deliver = resolve;
    });
    await session.annotate({ ...article, method: 'body-selector' }, readability);
    expect([...(registry().get('tfa-token') ?? [])].map(text)).toEqual(['Bitcoin']);
    const credit = 'Source : Bitcoin Magazine';
    const wider = `${credit}\n\n${articleText}`;
    deliver({
      ...article,
      blocks: [
        { type: 'paragraph', text: credit, start: 0, end: credit.length },
        { type: 'paragraph', text: articleText, start: credit.length + 2, end: wider.length },
      ],
      text: wider,
    });
    await vi.waitFor(() => expect([...(registry().get('tfa-token') ?? [])].map(text)).toEqual(['Bitcoin', 'Bitcoin']));
  });

  it('draws mentions with static ranges, which the page’s own DOM changes do not have to update', async () => {
    await session.annotate(article);
    const [drawn] = [...(registry().get('tfa-token') ?? [])];
    expect(drawn).toBeInstanceOf(StaticRange);
  });

  it('redraws on the new nodes when the page re-renders the paragraph', async () => {
    await session.annotate(article);
    const fresh = document.createElement('p');
    fresh.append('Le Bitcoin monte.');
    document.getElementById('p')!.replaceWith(fresh);
    await vi.waitFor(() => {
      const [range] = [...(registry().get('tfa-token') ?? [])];
      expect(range && fresh.contains(range.startContainer)).toBe(true);
    });
  });

  it('highlights what the reader has selected when they click, not the shorter selection the toolbar first showed for mid-drag (ko-KR-short update flake)', async () => {
    // jsdom lays nothing out (ranges have no boxes); the toolbar only needs one to sit by.
    const boxless = Range.prototype as Partial<Pick<Range, 'getBoundingClientRect'>>;
    boxless.getBoundingClientRect = () => ({ left: 0, top: 0, width: 0, height: 0 }) as DOMRect;
    onTestFinished(() => {
      delete boxless.getBoundingClientRect;
    });
    await session.annotate(article);
    const words = document.getElementById('p')!;
    const [before, bold, after] = [words.firstChild!, words.querySelector('b')!.firstChild!, words.lastChild!];
    const selection = document.getSelection()!;
    // A slow drag pauses after "Le Bitc" long enough for the toolbar to show for it…
    selection.setBaseAndExtent(before, 0, bold, 4);
    await vi.waitFor(() => expect(session.store.get().selection).not.toBeNull());
    // …then goes on to the end of the sentence, and the reader clicks Highlight at once.
    selection.setBaseAndExtent(before, 0, after, ' monte'.length);
    actions!.highlightSelection();
    await vi.waitFor(() => expect(background.requests.map((request) => request.type)).toContain('addHighlight'));
    const added = background.requests.find((request) => request.type === 'addHighlight')!.payload as BackgroundPayload<'addHighlight'>;
    expect(added.highlight.quote.exact).toBe('Le Bitcoin monte');
  });

  it('leaves nothing behind when the extension goes away: no UI, no highlights, no listeners', async () => {
    await session.annotate(article);
    await vi.waitFor(() => expect(document.querySelector('tfa-ui')).not.toBeNull());
    extension.abort();
    expect(document.querySelector('tfa-ui')).toBeNull();
    expect([...registry().keys()]).toEqual([]);
    const requests = background.requests.length;
    document.getElementById('p')!.append(' Encore.');
    document.dispatchEvent(new Event('selectionchange'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(background.requests.length).toBe(requests);
  });
});
