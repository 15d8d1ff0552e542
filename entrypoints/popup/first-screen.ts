/**
 * Starts reading the popup's first screen from IndexedDB as soon as the popup's script runs:
 * `main.tsx` imports this module first, so the read overlaps evaluating the rest of the popup.
 */
import { FIRST_SCREEN_ARTICLE_HIGHLIGHTS, FIRST_SCREEN_ARTICLES, readFirstScreenDirect } from '../../utils/storage/first-screen-read';

export const firstScreen = readFirstScreenDirect(FIRST_SCREEN_ARTICLES, FIRST_SCREEN_ARTICLE_HIGHLIGHTS);
