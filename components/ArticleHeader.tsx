/** A saved article's row in the popup list: title, language, date, highlight count, open and delete. */
import { i18n } from '#i18n';
import { TITLE_PAINT_TIMING } from '../utils/library/performance-names';
import type { ArticleRecord } from '../utils/storage/types';

interface ArticleHeaderProps {
  article: ArticleRecord;
  shown: number;
  total: number;
  onOpen: () => void;
  onDelete: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The browser reports when titles are first painted: when the reader sees the list. */
const paintTiming: Record<string, string> = { elementtiming: TITLE_PAINT_TIMING };

export function ArticleHeader({ article, shown, total, onOpen, onDelete }: ArticleHeaderProps) {
  const count = shown === total ? i18n.t('popup.article.highlights', total) : i18n.t('popup.article.shownOf', [String(shown), String(total)]);
  return (
    <article class="tfa-article" aria-label={article.title} lang={article.lang}>
      <h2 class="tfa-article-title">
        <button type="button" class="tfa-link" onClick={onOpen} title={i18n.t('popup.article.open')} {...paintTiming}>
          {article.title}
        </button>
      </h2>
      <p class="tfa-article-meta">
        <span>{article.lang}</span> · <time dateTime={new Date(article.savedAt).toISOString()}>{dateFormat.format(article.savedAt)}</time> ·{' '}
        <span>{count}</span>
      </p>
      <button
        type="button"
        class="tfa-quiet"
        onClick={onDelete}
        aria-label={i18n.t('popup.article.deleteNamed', [article.title])}
      >
        {i18n.t('popup.article.delete')}
      </button>
    </article>
  );
}
