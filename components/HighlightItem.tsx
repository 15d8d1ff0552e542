/** One highlight in the popup list: the quote, what it is, the reader's note, and its actions. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { StoredHighlight } from '../utils/storage/types';

interface HighlightItemProps {
  highlight: StoredHighlight;
  lang: string;
  onOpen: () => void;
  onDelete: () => void;
  onSaveNote: (note: string) => Promise<boolean>;
}

export function HighlightItem({ highlight, lang, onOpen, onDelete, onSaveNote }: HighlightItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(highlight.note ?? '');
  const facts: string[] = [];
  if (highlight.entityName) facts.push(highlight.symbol ? `${highlight.entityName} (${highlight.symbol})` : highlight.entityName);
  if (highlight.speaker) facts.push(i18n.t('popup.highlight.speaker', [highlight.speaker]));
  if (highlight.stance) facts.push(i18n.t(`popup.stance.${highlight.stance}`));
  if (highlight.horizon) facts.push(i18n.t('popup.highlight.horizon', [highlight.horizon.text]));

  async function save(event: Event) {
    event.preventDefault();
    if (await onSaveNote(draft)) setEditing(false);
  }

  return (
    <section role="region" class={`tfa-highlight tfa-kind-${highlight.kind}`} aria-label={highlight.quote.exact.slice(0, 120)}>
      <p class="tfa-highlight-kind">
        <span class="tfa-badge">{i18n.t(`popup.kind.${highlight.kind}`)}</span>
        {highlight.origin === 'user' && <span class="tfa-badge tfa-badge-user">{i18n.t('popup.highlight.yours')}</span>}
        {facts.length > 0 && <span class="tfa-facts">{facts.join(' · ')}</span>}
      </p>
      <blockquote class="tfa-quote" lang={lang}>
        {highlight.quote.exact}
      </blockquote>
      {!editing && highlight.note && <p class="tfa-note">{highlight.note}</p>}
      {editing ? (
        <form class="tfa-note-form" onSubmit={save}>
          <label>
            {i18n.t('popup.highlight.noteLabel')}
            <textarea value={draft} rows={3} onInput={(event) => setDraft(event.currentTarget.value)} />
          </label>
          <button type="submit">{i18n.t('popup.highlight.saveNote')}</button>
          <button type="button" class="tfa-quiet" onClick={() => setEditing(false)}>
            {i18n.t('popup.highlight.cancel')}
          </button>
        </form>
      ) : (
        <div class="tfa-actions">
          <button type="button" onClick={onOpen}>
            {i18n.t('popup.highlight.open')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(highlight.note ?? '');
              setEditing(true);
            }}
          >
            {highlight.note ? i18n.t('popup.highlight.editNote') : i18n.t('popup.highlight.addNote')}
          </button>
          <button type="button" class="tfa-quiet" onClick={onDelete}>
            {i18n.t('popup.highlight.delete')}
          </button>
        </div>
      )}
    </section>
  );
}
