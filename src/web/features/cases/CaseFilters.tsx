// Filters and sort of the case list. Each choice applies at once (the results below update and
// their count is announced); nothing moves focus.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.tsx';
import { useMembers } from '../admin/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { CASE_CHANNELS, CASE_STATUSES, useCaseVocabularies } from './api.ts';
import { CASE_SORTS, DEADLINES, EMPTY_CASE_STATE, hasCaseFilters, type CaseListState } from './filters.ts';
import { channelLabel, statusLabel, vocabLabel } from './labels.tsx';

export function CaseFilters({ state, onChange }: { state: CaseListState; onChange: (next: CaseListState) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const vocab = useCaseVocabularies(ws.id).data;
  const members = useMembers(ws.id).data ?? [];
  const set = (patch: Partial<CaseListState>) => onChange({ ...state, ...patch });
  const select = (key: keyof CaseListState) => (e: { target: { value: string } }) => set({ [key]: e.target.value });

  return (
    <form className="filters case-filters" aria-label={t('cases.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField id="case-filter-status" label={t('cases.fields.status')} value={state.status} onChange={select('status')}>
        <option value="">{t('cases.filters.anyStatus')}</option>
        <option value="open">{t('cases.filters.open')}</option>
        {CASE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(t, s)}
          </option>
        ))}
      </SelectField>
      <SelectField id="case-filter-category" label={t('cases.fields.category')} value={state.category} onChange={select('category')}>
        <option value="">{t('cases.filters.anyCategory')}</option>
        {vocab?.categories.map((c) => (
          <option key={c.code} value={c.code}>
            {vocabLabel(c, i18n.language)}
          </option>
        ))}
      </SelectField>
      <SelectField id="case-filter-assignee" label={t('cases.fields.assignee')} value={state.assignee} onChange={select('assignee')}>
        <option value="">{t('cases.filters.anyAssignee')}</option>
        <option value="me">{t('cases.filters.me')}</option>
        <option value="none">{t('cases.filters.nobody')}</option>
        {members
          .filter((m) => m.role !== 'viewer')
          .map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
      </SelectField>
      <SelectField id="case-filter-channel" label={t('cases.fields.channel')} value={state.channel} onChange={select('channel')}>
        <option value="">{t('cases.filters.anyChannel')}</option>
        {CASE_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelLabel(t, c)}
          </option>
        ))}
      </SelectField>
      <SelectField id="case-filter-deadline" label={t('cases.filters.deadline')} value={state.deadline} onChange={select('deadline')}>
        <option value="">{t('cases.filters.anyDeadline')}</option>
        {DEADLINES.map((d) => (
          <option key={d} value={d}>
            {t(`cases.filters.deadlines.${d}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="case-filter-sort"
        label={t('cases.filters.sort')}
        value={state.sort}
        onChange={select('sort')}
        disabled={state.deadline === 'today'}
        hint={state.deadline === 'today' ? t('cases.filters.sortToday') : undefined}
      >
        {CASE_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`cases.filters.sorts.${s}`)}
          </option>
        ))}
      </SelectField>
      {hasCaseFilters(state) ? (
        <div className="filters-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange({ ...EMPTY_CASE_STATE, sort: state.sort });
              document.getElementById('case-filter-status')?.focus();
            }}
          >
            {t('cases.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
