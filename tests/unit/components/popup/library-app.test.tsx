// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LibraryApp } from '../../../../components/LibraryApp';
import { LibraryDatabase } from '../../../../utils/storage/database';
import { LibraryService } from '../../../../utils/storage/library-service';
import type { DataLossReport } from '../../../../utils/storage/types';
import { seedLibrary } from '../../../bench/library-seed';
import { frenchAnalysis, highlightOn, makeArticle } from '../../storage/library-fixtures';
import { settlePreactFrames } from '../preact-frames';

/** The browser's `i18n.getMessage` over the real locale files, as the built extension has it. */
async function useLocale(locale: 'en' | 'fr'): Promise<void> {
  const messages = generateChromeMessages(await parseMessagesFile(`assets/locales/${locale}.yml`));
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_match, index: string) => values[Number(index) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

/** Answers the popup's background requests the way the worker would for a healthy library. */
function backgroundReplies(dataLoss: DataLossReport | null = null) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const type = (message as { type: string }).type;
    if (type === 'libraryStatus') return { ok: true, value: { dataLoss } };
    return { ok: true, value: { acknowledged: true } };
  });
}

// IndexedDB (fake) and the first render are slow on a loaded machine; waiting is not what is tested.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
});
afterEach(cleanup);
afterAll(settlePreactFrames);

describe('the popup', () => {
  it('welcomes a reader whose library is empty', async () => {
    backgroundReplies();
    render(<LibraryApp db={new LibraryDatabase(crypto.randomUUID())} />);
    expect(await screen.findByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to TechFlow' }).getAttribute('href')).toBe('https://www.techflowpost.com/');
  });

  it('lists saved articles with their highlights and searches as the reader types', async () => {
    backgroundReplies();
    const db = new LibraryDatabase(crypto.randomUUID());
    const service = new LibraryService({ db });
    const article = makeArticle('900');
    await service.saveArticle(article, frenchAnalysis(article));
    await service.addHighlight(article, highlightOn(article, 'sommet de Wanxiang', { kind: 'note', origin: 'user', note: 'à relire' }));
    render(<LibraryApp db={db} />);
    expect(await screen.findByRole('article', { name: article.title })).toBeTruthy();
    expect(await screen.findByText('1 articles · 5 highlights')).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: 'Search titles, quotes and notes' });
    await waitFor(() => expect(search.getAttribute('data-ready')).toBe('true'));
    fireEvent.input(search, { target: { value: 'relire' } });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bitcoin' })).toBeNull());
    expect(screen.getByRole('region', { name: 'sommet de Wanxiang' })).toBeTruthy();
  });

  it('filters by what is typed even before the search index is built (regression: every row was listed)', async () => {
    backgroundReplies();
    const db = new LibraryDatabase(crypto.randomUUID());
    const service = new LibraryService({ db });
    const article = makeArticle('902');
    await service.saveArticle(article, frenchAnalysis(article));
    await service.addHighlight(article, highlightOn(article, 'sommet de Wanxiang', { kind: 'note', origin: 'user', note: 'à relire' }));
    render(<LibraryApp db={db} />);
    expect(await screen.findByRole('article', { name: article.title })).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: 'Search titles, quotes and notes' });
    expect(search.getAttribute('data-ready')).toBe('false');
    fireEvent.input(search, { target: { value: 'relire' } });
    expect(screen.queryByRole('region', { name: 'Bitcoin' })).toBeNull();
    expect(screen.getByRole('region', { name: 'sommet de Wanxiang' })).toBeTruthy();
    await waitFor(() => expect(search.getAttribute('data-ready')).toBe('true'));
    expect(screen.queryByRole('region', { name: 'Bitcoin' })).toBeNull();
    expect(screen.getByRole('region', { name: 'sommet de Wanxiang' })).toBeTruthy();
  });

  it('lists and searches a library too large to prepare in one task once it is prepared in slices', async () => {
    backgroundReplies();
    const db = new LibraryDatabase(crypto.randomUUID());
    const seeded = seedLibrary(60, 20);
    await db.transaction('rw', db.articles, db.articleHighlights, async () => {
      await db.articles.bulkPut(seeded.articles);
      await db.articleHighlights.bulkPut(seeded.highlightRows);
    });
    render(<LibraryApp db={db} />);
    const search = await screen.findByRole('searchbox', { name: 'Search titles, quotes and notes' });
    // The oldest article's note: not on the first screen, found once everything is prepared.
    fireEvent.input(search, { target: { value: 'note 0-9' } });
    await waitFor(() => expect(search.getAttribute('data-ready')).toBe('true'));
    expect(screen.getByText('60 articles · 1200 highlights')).toBeTruthy();
    expect(await screen.findByText('Note 0-9 : à relire avant la réunion')).toBeTruthy();
    expect(screen.getAllByRole('region', { name: 'Alibaba' })).toHaveLength(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says clearly, in the reader’s language, when the library cannot be opened', async () => {
    backgroundReplies();
    await useLocale('fr');
    const refusing = {
      open: () => {
        throw new DOMException('private browsing', 'InvalidStateError');
      },
      cmp: indexedDB.cmp.bind(indexedDB),
    } as unknown as IDBFactory;
    render(<LibraryApp db={new LibraryDatabase('private', { indexedDB: refusing, IDBKeyRange })} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Votre bibliothèque ne peut pas être ouverte dans cette fenêtre');
  });

  it('warns about lost data until the reader acknowledges it', async () => {
    const send = backgroundReplies({ expectedArticles: 12, foundArticles: 0, lastSeenAt: 1 });
    render(<LibraryApp db={new LibraryDatabase(crypto.randomUUID())} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The library held 12 articles and now holds 0.');
    fireEvent.click(screen.getByRole('button', { name: 'I understand' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'acknowledgeDataLoss' }));
  });

  it('shows a failed action’s error, localised, and keeps the list', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const type = (message as { type: string }).type;
      if (type === 'libraryStatus') return { ok: true, value: { dataLoss: null } };
      return { ok: false, error: { code: 'quota-exceeded', message: 'full' } };
    });
    const db = new LibraryDatabase(crypto.randomUUID());
    const article = makeArticle('901');
    await new LibraryService({ db }).saveArticle(article, frenchAnalysis(article));
    render(<LibraryApp db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: `Delete article: ${article.title}` }));
    expect((await screen.findByRole('alert')).textContent).toContain('The browser has no room left for your library.');
    expect(screen.getByRole('article', { name: article.title })).toBeTruthy();
  });
});
