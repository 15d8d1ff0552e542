/** What every page component reads from its surroundings: the reader's UI strings and the page actions. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GeneratedI18nStructure } from '#i18n';
import type { PageActions } from '../../utils/reading/page-state';

export type PageMessage = Extract<keyof GeneratedI18nStructure, `page.${string}`>;
/** Looks up a `page.*` string in the reader's UI language; `count` picks the plural form. */
export type Translate = (key: PageMessage, count?: number) => string;

export const TranslateContext = createContext<Translate>((key) => key);
export const ActionsContext = createContext<PageActions | null>(null);
/**
 * Decides whether a UI event came from the reader: the page's scripts can reach an open shadow
 * root and dispatch clicks, but never trusted ones.
 */
export const EventGateContext = createContext<(event: Event) => boolean>((event) => event.isTrusted);

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}

export function useActions(): PageActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('Page components need an ActionsContext provider.');
  return actions;
}

export function useEventGate(): (event: Event) => boolean {
  return useContext(EventGateContext);
}
