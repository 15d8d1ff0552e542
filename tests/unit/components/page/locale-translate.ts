/** A `Translate` reading the real locale files, with the same plural rule as @wxt-dev/i18n at run time. */
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Translate } from '../../../../components/page/context';

export async function localeTranslate(locale: 'en' | 'fr' | 'zh_CN'): Promise<Translate> {
  const messages = generateChromeMessages(await parseMessagesFile(`assets/locales/${locale}.yml`));
  return (key, count) => {
    const entry = messages[key.replaceAll('.', '_')];
    if (!entry) throw new Error(`Missing message ${key} in ${locale}`);
    let message = entry.message;
    if (count !== undefined) {
      const forms = message.split(' | ');
      message = forms.length === 3 ? forms[count === 0 || count === 1 ? count : 2]! : forms.length === 2 ? forms[count === 1 ? 0 : 1]! : forms[0]!;
      message = message.replaceAll('$1', String(count));
    }
    return message;
  };
}
