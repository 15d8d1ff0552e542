// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Translate } from '../../../../components/page/context';
import { PageApp } from '../../../../components/page/PageApp';
import { CLAIMS_PER_PAGE } from '../../../../components/page/Panel';
import { initialPageUiState, type PageActions, type PageUiState } from '../../../../utils/reading/page-state';
import { createStore } from '../../../../utils/reading/store';
import { localeTranslate } from './locale-translate';
import { settlePreactFrames } from '../preact-frames';

let en: Translate;
let fr: Translate;
beforeAll(async () => {
  en = await localeTranslate('en');
  fr = await localeTranslate('fr');
});
afterEach(cleanup);
afterAll(settlePreactFrames);

function actions(): PageActions {
  return {
    save: vi.fn(),
    undo: vi.fn(),
    setPanelOpen: vi.fn(),
    showMention: vi.fn(),
    showHighlight: vi.fn(),
    tooltipPointer: vi.fn(),
    closeTooltip: vi.fn(),
    highlightSelection: vi.fn(),
    editSelectionNote: vi.fn(),
    copySelectionLink: vi.fn(),
    saveClaim: vi.fn(),
    copyQuote: vi.fn(),
    deleteHighlight: vi.fn(),
  };
}

const box = { left: 10, top: 10, width: 40, height: 16 };
const everyEvent = () => true;

function show(state: Partial<PageUiState>, t: Translate = en, handlers = actions()) {
  const store = createStore<PageUiState>({ ...initialPageUiState, ...state });
  render(<PageApp store={store} actions={handlers} t={t} acceptEvent={everyEvent} />);
  return { store, handlers };
}

describe('page UI', () => {
  it('offers Save, then shows "Saved" with the count and Undo after saving', async () => {
    const { store, handlers } = show({});
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(handlers.save).toHaveBeenCalled();
    store.set({ ...store.get(), save: { status: 'saved', count: 12, undoable: true } });
    expect(await screen.findByText('Saved · 12 highlights')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(handlers.undo).toHaveBeenCalled();
  });

  it('names the Save button in the reader\'s language', () => {
    show({}, fr);
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
  });

  it('shows a save in parts\' progress in words and as a progress bar, in the reader\'s language, until it is saved', async () => {
    const { store } = show({ save: { status: 'saving', percent: 40 } });
    expect(screen.getByRole('button', { name: 'Saving… 40%' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('progressbar', { name: 'Saving…' }).getAttribute('aria-valuenow')).toBe('40');
    store.set({ ...store.get(), save: { status: 'saving', percent: 75 } });
    expect(await screen.findByRole('button', { name: 'Saving… 75%' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Saving…' }).getAttribute('aria-valuenow')).toBe('75');
    store.set({ ...store.get(), save: { status: 'saved', count: 146_079, undoable: true } });
    expect(await screen.findByText('Saved · 146079 highlights')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    cleanup();
    show({ save: { status: 'saving', percent: 40 } }, fr);
    expect(screen.getByRole('button', { name: 'Enregistrement… 40\u00a0%' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Enregistrement…' })).toBeTruthy();
  });

  it('says "Saving…" without a percent or a bar while an ordinary article saves in one message', () => {
    show({ save: { status: 'saving' } });
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('ignores clicks the page\'s scripts dispatch', () => {
    const handlers = actions();
    const store = createStore<PageUiState>(initialPageUiState);
    render(<PageApp store={store} actions={handlers} t={en} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(handlers.save).not.toHaveBeenCalled();
  });

  it('shows an entity\'s card: name, symbol, kind, description, aliases, mentions and library links', () => {
    show({
      tooltip: {
        pinned: false,
        box,
        content: {
          type: 'entity',
          mentionId: 'm1',
          kind: 'token',
          name: 'Bitcoin',
          symbol: 'BTC',
          description: 'The first cryptocurrency.',
          aliases: ['BTC', 'bitcoin'],
          count: 3,
          library: {
            articleCount: 2,
            articles: [
              { key: 'a', title: 'ETF flows', url: 'https://www.techflowpost.com/en-US/article/2' },
              { key: 'b', title: 'Forged', url: 'javascript:alert(1)' },
            ],
          },
        },
      },
    });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Bitcoin');
    expect(tooltip.textContent).toContain('BTC');
    expect(tooltip.textContent).toContain('Token');
    expect(tooltip.textContent).toContain('The first cryptocurrency.');
    expect(tooltip.textContent).toContain('BTC · bitcoin');
    expect(tooltip.textContent).toContain('Mentioned 3 times in this article');
    expect(tooltip.textContent).toContain('Also in 2 saved articles');
    expect(screen.getByRole('link', { name: 'ETF flows' }).getAttribute('href')).toBe('https://www.techflowpost.com/en-US/article/2');
    expect(screen.queryByRole('link', { name: 'Forged' })).toBeNull();
  });

  it('shows a claim with speaker, stance, horizon and subjects, and its actions', () => {
    const { handlers } = show({
      tooltip: {
        pinned: false,
        box,
        content: {
          type: 'claim',
          mentionId: 'm2',
          text: 'Le bitcoin atteindra 150 000 dollars.',
          speaker: 'Paul',
          stance: 'bullish',
          horizon: 'en 2026',
          about: ['Bitcoin'],
          saved: false,
        },
      },
    }, fr);
    const tooltip = screen.getByRole('tooltip');
    for (const text of ['Le bitcoin atteindra 150 000 dollars.', 'Paul', 'Haussier', 'en 2026', 'Bitcoin']) {
      expect(tooltip.textContent).toContain(text);
    }
    fireEvent.click(screen.getByRole('button', { name: "Enregistrer l'affirmation" }));
    expect(handlers.saveClaim).toHaveBeenCalledWith('m2');
    fireEvent.click(screen.getByRole('button', { name: 'Copier la citation avec le lien' }));
    expect(handlers.copyQuote).toHaveBeenCalledWith('m2');
  });

  it('renders hostile page text as inert text', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    show({
      tooltip: { pinned: false, box, content: { type: 'claim', mentionId: 'm', text: hostile, speaker: hostile, about: [hostile], saved: false } },
    });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.querySelector('img, script')).toBeNull();
    expect(tooltip.textContent).toContain(hostile);
  });

  it('keeps the tooltip open while the pointer is inside it', () => {
    const { handlers } = show({
      tooltip: { pinned: false, box, content: { type: 'highlight', highlightId: 'h1', quote: 'une phrase', note: 'à relire' } },
    });
    fireEvent.pointerEnter(screen.getByRole('tooltip'));
    expect(handlers.tooltipPointer).toHaveBeenCalledWith(true);
    fireEvent.pointerLeave(screen.getByRole('tooltip'));
    expect(handlers.tooltipPointer).toHaveBeenCalledWith(false);
  });

  it('offers Highlight, Note and Copy link on a selection, and takes a note', () => {
    const { handlers } = show({ selection: { box, editingNote: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    expect(handlers.highlightSelection).toHaveBeenCalledWith();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(handlers.copySelectionLink).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Note' }));
    expect(handlers.editSelectionNote).toHaveBeenCalledWith(true);
  });

  it('saves the note typed in the selection toolbar', async () => {
    const { handlers } = show({ selection: { box, editingNote: true } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Your note' }), { target: { value: 'À vérifier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(handlers.highlightSelection).toHaveBeenCalledWith('À vérifier');
  });

  it('lists mentions, claims, the reader\'s highlights and the orphans in the panel', () => {
    const { handlers } = show({
      panelOpen: true,
      entities: [{ id: 'token:btc', name: 'Bitcoin', kind: 'token', count: 3, mentionId: 'm1' }],
      claims: [{ mentionId: 'm2', text: 'Le bitcoin montera.', speaker: 'Paul' }],
      highlights: [
        { id: 'h1', quote: 'placée', placed: true },
        { id: 'h2', quote: 'introuvable', note: 'ma note', placed: false },
      ],
    });
    const panel = screen.getByRole('region', { name: 'On this page' });
    expect(panel.textContent).toContain('Could not be placed on the page');
    expect(panel.textContent).toContain('introuvable');
    fireEvent.click(screen.getByRole('button', { name: /Bitcoin/ }));
    expect(handlers.showMention).toHaveBeenCalledWith('m1');
    fireEvent.click(screen.getByRole('button', { name: /Paul — Le bitcoin montera/ }));
    expect(handlers.showMention).toHaveBeenCalledWith('m2');
    fireEvent.click(screen.getByRole('button', { name: 'placée' }));
    expect(handlers.showHighlight).toHaveBeenCalledWith('h1');
  });

  it('lists a huge article\'s claims a page at a time (42,000 at once would stall the page), the rest on request', () => {
    const claims = Array.from({ length: 2 * CLAIMS_PER_PAGE + 7 }, (_, i) => ({ mentionId: `c${i}`, text: `Claim number ${i}.` }));
    const { handlers } = show({ panelOpen: true, claims });
    const listed = () => screen.getAllByRole('button', { name: /^Claim number/ }).length;
    expect(listed()).toBe(CLAIMS_PER_PAGE);
    fireEvent.click(screen.getByRole('button', { name: `Show ${CLAIMS_PER_PAGE} more claims` }));
    expect(listed()).toBe(2 * CLAIMS_PER_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 7 more claims' }));
    expect(listed()).toBe(claims.length);
    expect(screen.queryByRole('button', { name: /more claim/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Claim number ${claims.length - 1}.` }));
    expect(handlers.showMention).toHaveBeenCalledWith(`c${claims.length - 1}`);
  });
});
