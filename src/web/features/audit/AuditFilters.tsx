// Filters for the audit log. Applied on submit, so each change does not reload the table.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ENTITY_TYPES, actionLabel } from './labels.ts';

export interface Filters {
  action: string;
  entityType: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: Filters = { action: '', entityType: '', from: '', to: '' };

export function AuditFilters({ actions, value, onApply }: { actions: string[]; value: Filters; onApply: (f: Filters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const rangeError = draft.from && draft.to && draft.from > draft.to ? t('audit.rangeError') : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!rangeError) onApply(draft);
  }

  return (
    <form className="filters" onSubmit={submit} noValidate aria-label={t('audit.filters')}>
      <SelectField id="audit-action" label={t('audit.action')} value={draft.action} onChange={set('action')}>
        <option value="">{t('audit.allActions')}</option>
        {actions.map((a) => (
          <option key={a} value={a}>
            {actionLabel(t, a)}
          </option>
        ))}
      </SelectField>
      <SelectField id="audit-entity" label={t('audit.entityType')} value={draft.entityType} onChange={set('entityType')}>
        <option value="">{t('audit.allEntities')}</option>
        {ENTITY_TYPES.map((e) => (
          <option key={e} value={e}>
            {t(`audit.entities.${e}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="audit-from" label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} />
      <TextField id="audit-to" label={t('audit.to')} type="date" value={draft.to} onChange={set('to')} error={rangeError} />
      <div className="filters-actions">
        <button type="submit" className="button button--primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(EMPTY_FILTERS);
            onApply(EMPTY_FILTERS);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
