/**
 * The reading half of the content script: one `ReadingSession` per article, the content-script
 * messages (`savePage`, `showHighlight`) routed to it, and teardown when the extension goes away.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountPageUi } from '../../components/page/mount';
import { translate } from '../../components/page/translate';
import type { ExtractedArticle } from '../../utils/extract/types';
import { handleContentRequests } from '../../utils/messaging';
import { findArticleRoot } from '../../utils/reading/article-root';
import { ReadingSession, type ArticlePage } from '../../utils/reading/reading-session';
import type { PageHints } from '../../utils/site/adapter';
import type { SiteLocale } from '../../utils/site/types';
import type { Annotator } from './article-session';

/** The tagger's language for a site locale: Chinese keeps its script, the others their language. */
function taggerLanguage(locale: SiteLocale): string {
  return locale === 'zh-CN' || locale === 'zh-TW' ? locale : locale.slice(0, 2);
}


/** Copies from a reader's click: the async clipboard where the page is secure, else a selection copy. */
async function copyText(doc: Document, uiRoot: () => ShadowRoot | null, text: string): Promise<void> {
  if (doc.defaultView?.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const shadow = uiRoot();
  if (!shadow) throw new Error('No page UI to copy from.');
  const area = doc.createElement('textarea');
  area.value = text;
  shadow.append(area);
  area.select();
  const copied = doc.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The browser refused to copy.');
}

/**
 * The annotator the coordinator drives (see article-session.ts): `begin` indexes the live text and
 * has the worker tag it while the coordinator extracts; `annotate` draws; `stop` clears.
 */
export function createReading(ctx: ContentScriptContext, doc: Document, hints: PageHints): Required<Annotator> {
  let session: ReadingSession | null = null;
  let uiRoot: ShadowRoot | null = null;

  const removeHandlers = handleContentRequests({
    savePage: async () => {
      const current = session;
      if (!current) return { notArticle: true };
      await current.ready();
      return { saved: await current.save() };
    },
    showHighlight: async ({ highlightId }) => ({ shown: session ? await session.showHighlight(highlightId) : false }),
  });
  ctx.onInvalidated(() => {
    removeHandlers();
    session?.dispose();
    session = null;
  });

  const open = (page: ArticlePage) => {
    session?.dispose();
    session = null;
    const root = findArticleRoot(doc, hints);
    if (!root || ctx.isInvalid) return null;
    session = new ReadingSession(
      {
        doc,
        signal: ctx.signal,
        uiLanguage: browser.i18n.getUILanguage(),
        copyText: (text) => copyText(doc, () => uiRoot, text),
        mountUi: ({ store, actions, onKeyDown }) => {
          const mounted = mountPageUi(doc, { store, actions, t: translate }, onKeyDown);
          uiRoot = mounted.shadow;
          return mounted;
        },
        findRoot: () => findArticleRoot(doc, hints),
        t: (key) => translate(key),
      },
      page,
      root,
    );
    return session;
  };

  return {
    begin(address) {
      return open({ key: address.key, lang: taggerLanguage(address.locale) })?.begin();
    },
    async annotate(article, stored) {
      const current = session?.key === article.key ? session : open({ key: article.key, lang: article.lang });
      await current?.annotate(article, stored);
    },
    stop() {
      session?.dispose();
      session = null;
    },
  };
}
