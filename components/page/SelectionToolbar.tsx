/** The small toolbar over a text selection in the article: Highlight, Note, Copy link. */
import { useState } from 'preact/hooks';
import type { Box } from '../../utils/reading/page-state';
import { useActions, useEventGate, useTranslate } from './context';

/** Space between the selection and the toolbar above it. */
const TOOLBAR_OFFSET = 44;

export function SelectionToolbar({ box, editingNote }: { box: Box; editingNote: boolean }) {
  const t = useTranslate();
  const actions = useActions();
  const gate = useEventGate();
  const [note, setNote] = useState('');
  const top = Math.max(8, box.top - TOOLBAR_OFFSET);
  const left = Math.max(8, box.left);
  // Buttons take no focus on press, so the page's selection survives the click.
  const keepSelection = (event: Event) => event.preventDefault();
  return (
    <div class="tfa-selection" role="toolbar" aria-label={t('page.selectionToolbar')} style={{ top: `${top}px`, left: `${left}px` }}>
      {editingNote ? (
        <form
          class="tfa-note-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (gate(event)) actions.highlightSelection(note);
          }}
        >
          <label>
            <span class="tfa-label">{t('page.noteLabel')}</span>
            <textarea value={note} autoFocus rows={3} onInput={(event) => setNote(event.currentTarget.value)} />
          </label>
          <div class="tfa-actions">
            <button type="submit" class="tfa-primary">
              {t('page.saveNote')}
            </button>
            <button type="button" onClick={(event) => gate(event) && actions.editSelectionNote(false)}>
              {t('page.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <button type="button" onMouseDown={keepSelection} onClick={(event) => gate(event) && actions.highlightSelection()}>
            {t('page.highlight')}
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={(event) => gate(event) && actions.editSelectionNote(true)}>
            {t('page.note')}
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={(event) => gate(event) && actions.copySelectionLink()}>
            {t('page.copyLink')}
          </button>
        </>
      )}
    </div>
  );
}
