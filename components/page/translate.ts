/** The page UI's strings in the browser's UI language, through the extension's own locale files. */
import { i18n } from '#i18n';
import type { Translate } from './context';

const lookup = i18n.t as unknown as (key: string, count?: number) => string;

export const translate: Translate = (key, count) => (count === undefined ? lookup(key) : lookup(key, count));
