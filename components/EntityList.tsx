/** The library by entity: "Bitcoin — 42 mentions in 7 articles"; choosing one lists its mentions. */
import { i18n } from '#i18n';
import { useMemo } from 'preact/hooks';
import type { EntityGroup } from '../utils/library/library-view';
import { VirtualList } from './VirtualList';

/** Height of one entity row (px) before it is measured. */
const ENTITY_ROW_ESTIMATE = 40;

interface EntityListProps {
  groups: readonly EntityGroup[];
  onChoose: (group: EntityGroup) => void;
}

export function entityLine(group: EntityGroup): string {
  const name = group.symbol && group.symbol !== group.name ? `${group.name} (${group.symbol})` : group.name;
  return i18n.t('popup.entities.line', {
    name,
    mentions: i18n.t('popup.entities.mentions', group.mentions),
    articles: i18n.t('popup.entities.articles', group.articleCount),
  });
}

function estimateEntityRow(): number {
  return ENTITY_ROW_ESTIMATE;
}

export function EntityList({ groups, onChoose }: EntityListProps) {
  const itemKey = useMemo(() => (index: number) => groups[index]!.entityId, [groups]);
  if (groups.length === 0) return <p class="tfa-empty-line">{i18n.t('popup.entities.empty')}</p>;
  return (
    <VirtualList
      count={groups.length}
      label={i18n.t('popup.entities.label')}
      itemKey={itemKey}
      estimateSize={estimateEntityRow}
      renderItem={(index) => {
        const group = groups[index]!;
        return (
          <button type="button" class={`tfa-entity tfa-kind-${group.kind}`} onClick={() => onChoose(group)}>
            {entityLine(group)}
          </button>
        );
      }}
    />
  );
}
