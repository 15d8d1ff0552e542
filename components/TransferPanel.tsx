/** Export (Markdown zip, W3C Web Annotation JSON, CSV) and import of the library. */
import { i18n } from '#i18n';
import { useRef } from 'preact/hooks';

interface TransferPanelProps {
  disabled: boolean;
  onExport: (format: 'markdown' | 'json' | 'csv') => void;
  onImport: (file: File) => void;
}

export function TransferPanel({ disabled, onExport, onImport }: TransferPanelProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section class="tfa-transfer" aria-label={i18n.t('popup.transfer.label')}>
      <button type="button" disabled={disabled} onClick={() => onExport('markdown')}>
        {i18n.t('popup.transfer.markdown')}
      </button>
      <button type="button" disabled={disabled} onClick={() => onExport('json')}>
        {i18n.t('popup.transfer.json')}
      </button>
      <button type="button" disabled={disabled} onClick={() => onExport('csv')}>
        {i18n.t('popup.transfer.csv')}
      </button>
      <label class="tfa-file">
        {i18n.t('popup.transfer.import')}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onImport(file);
            if (fileInput.current) fileInput.current.value = '';
          }}
        />
      </label>
    </section>
  );
}
