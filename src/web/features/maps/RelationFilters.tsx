// Relation type and status filters for the map and the graph. Each choice applies at once
// (a <select> change, not arrowing through it, in every browser we support).
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.tsx';
import { RELATION_STATUSES, type RelationStatus } from './palette.ts';

const isStatus = (s: string | null): s is RelationStatus => !!s && (RELATION_STATUSES as readonly string[]).includes(s);

/** The filters in the address (?type=&status=), so a filtered view can be shared or bookmarked. */
export function useRelationFilterParams() {
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const rawStatus = params.get('status');
  const status: RelationStatus | '' = isStatus(rawStatus) ? rawStatus : '';
  const set = (key: 'type' | 'status', value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const clear = () =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('type');
        next.delete('status');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return { type, status, setType: (v: string) => set('type', v), setStatus: (v: RelationStatus | '') => set('status', v), clear };
}


interface Props {
  idPrefix: string;
  types: string[];
  typeLabel: (code: string) => string;
  type: string;
  status: RelationStatus | '';
  onType: (type: string) => void;
  onStatus: (status: RelationStatus | '') => void;
  onClear: () => void;
  /** What the filters found, read out when it changes. */
  summary?: string;
}

export function RelationFilters({ idPrefix, types, typeLabel, type, status, onType, onStatus, onClear, summary }: Props) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('maps.filters.label')}>
      <SelectField id={`${idPrefix}-type`} label={t('maps.filters.type')} value={type} onChange={(e) => onType(e.target.value)}>
        <option value="">{t('maps.filters.allTypes')}</option>
        {types.map((code) => (
          <option key={code} value={code}>
            {typeLabel(code)}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${idPrefix}-status`} label={t('maps.filters.status')} value={status} onChange={(e) => onStatus(e.target.value as RelationStatus | '')}>
        <option value="">{t('maps.filters.allStatuses')}</option>
        {RELATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`maps.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <div className="filters-actions">
        {type || status ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              onClear();
              document.getElementById(`${idPrefix}-type`)?.focus();
            }}
          >
            {t('maps.filters.clear')}
          </button>
        ) : null}
        <p className="filters-summary" role="status">
          {summary}
        </p>
      </div>
    </div>
  );
}
