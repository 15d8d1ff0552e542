/** Search box and filters (kind as toggle buttons; language, speaker, stance as menus) above the popup list. */
import { i18n } from '#i18n';
import type { FilterChoices, LibraryFilters } from '../utils/library/library-view';
import type { HighlightKind } from '../utils/storage/types';
import type { Stance } from '../utils/tagging/types';

interface LibraryControlsProps {
  query: string;
  /** `typedAt`: the input event's time stamp, on the `performance.now()` clock. */
  onQuery: (query: string, typedAt: number) => void;
  searchReady: boolean;
  filters: LibraryFilters;
  choices: FilterChoices;
  onFilters: (filters: LibraryFilters) => void;
}

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <label class="tfa-filter">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || undefined)}>
        <option value="">{i18n.t('popup.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function without<K extends keyof LibraryFilters>(filters: LibraryFilters, key: K, value: LibraryFilters[K] | undefined): LibraryFilters {
  const next = { ...filters };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function LibraryControls({ query, onQuery, searchReady, filters, choices, onFilters }: LibraryControlsProps) {
  const active = Boolean(filters.kind || filters.lang || filters.speaker || filters.stance);
  return (
    <div class="tfa-controls">
      <input
        type="search"
        class="tfa-search"
        aria-label={i18n.t('popup.search.label')}
        placeholder={i18n.t('popup.search.placeholder')}
        value={query}
        data-ready={searchReady ? 'true' : 'false'}
        onInput={(event) => onQuery(event.currentTarget.value, event.timeStamp)}
      />
      <fieldset class="tfa-filters">
        <legend class="tfa-visually-hidden">{i18n.t('popup.filters.label')}</legend>
        <div role="group" aria-label={i18n.t('popup.filters.kind')} class="tfa-kinds">
          {[undefined, ...choices.kinds].map((kind) => (
            <button
              key={kind ?? 'any'}
              type="button"
              aria-pressed={filters.kind === kind}
              onClick={() => onFilters(without(filters, 'kind', kind as HighlightKind | undefined))}
            >
              {kind ? i18n.t(`popup.kind.${kind}`) : i18n.t('popup.filters.any')}
            </button>
          ))}
        </div>
        <FilterSelect
          label={i18n.t('popup.filters.language')}
          value={filters.lang}
          options={choices.langs.map((lang) => ({ value: lang, label: lang }))}
          onChange={(value) => onFilters(without(filters, 'lang', value))}
        />
        <FilterSelect
          label={i18n.t('popup.filters.speaker')}
          value={filters.speaker}
          options={choices.speakers.map((speaker) => ({ value: speaker, label: speaker }))}
          onChange={(value) => onFilters(without(filters, 'speaker', value))}
        />
        <FilterSelect
          label={i18n.t('popup.filters.stance')}
          value={filters.stance}
          options={choices.stances.map((stance) => ({ value: stance, label: i18n.t(`popup.stance.${stance}`) }))}
          onChange={(value) => onFilters(without(filters, 'stance', value as Stance | undefined))}
        />
        {active && (
          <button type="button" class="tfa-quiet" onClick={() => onFilters(filters.entityId ? { entityId: filters.entityId } : {})}>
            {i18n.t('popup.filters.clear')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
