/** The first-run state: what the library is for and how to fill it. */
import { i18n } from '#i18n';

const TECHFLOW_HOME = 'https://www.techflowpost.com/';

export function EmptyLibrary() {
  return (
    <section class="tfa-empty" aria-labelledby="tfa-empty-title">
      <h2 id="tfa-empty-title">{i18n.t('popup.empty.title')}</h2>
      <p>{i18n.t('popup.empty.body')}</p>
      <a href={TECHFLOW_HOME} target="_blank" rel="noopener noreferrer">
        {i18n.t('popup.empty.link')}
      </a>
    </section>
  );
}
