import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'fr', 'zh_CN'] as const;

async function popupMessages(locale: (typeof LOCALES)[number]): Promise<Map<string, string>> {
  const messages = generateChromeMessages(await parseMessagesFile(`assets/locales/${locale}.yml`));
  return new Map(
    Object.entries(messages)
      .filter(([key]) => key.startsWith('popup_'))
      .map(([key, entry]) => [key, entry.message]),
  );
}

/** `$1`, `$2` and `{name}` placeholders a message expects to be filled. */
function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$\d|\{[a-z]+\}/gi) ?? [])].sort();
}

describe('popup strings', () => {
  it('exist in English, French and Chinese alike, with the same placeholders', async () => {
    const english = await popupMessages('en');
    expect(english.size).toBeGreaterThan(50);
    for (const locale of ['fr', 'zh_CN'] as const) {
      const translated = await popupMessages(locale);
      expect([...translated.keys()].sort(), locale).toEqual([...english.keys()].sort());
      for (const [key, message] of english) {
        expect(placeholders(translated.get(key)!), `${locale} ${key}`).toEqual(placeholders(message));
      }
    }
  });

  it('have an error message for every error a reader can meet', async () => {
    const english = await popupMessages('en');
    for (const key of ['invalidMessage', 'importInvalid', 'forbidden', 'notFound', 'storageUnavailable', 'quotaExceeded', 'extensionReloaded', 'internal']) {
      expect(english.has(`popup_errors_${key}`), key).toBe(true);
    }
  });
});
