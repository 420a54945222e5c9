// Filters of the project list. Each choice applies at once (the results below update and their
// count is announced); nothing moves focus.
import { useTranslation } from 'react-i18next';
import { Options, SelectField } from '../../components/Field.tsx';
import { useMembers } from '../admin/queries.ts';
import { themeLabel } from '../register/labels.ts';
import { useSdgs, useVocabularies } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useProgrammes } from './api.ts';
import { changeState, EMPTY_STATE, hasFilters, yearChoices, type ProjectListState } from './filters.ts';
import { fundLabel, ourRoleLabel } from './labels.tsx';
import { FUNDS, OUR_ROLES } from './types.ts';

export function ProjectFilters({ state, onChange }: { state: ProjectListState; onChange: (next: ProjectListState) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const programmes = useProgrammes(ws.id).data ?? [];
  const vocab = useVocabularies(ws.id).data;
  const sdgs = useSdgs().data ?? [];
  const members = useMembers(ws.id).data ?? [];
  const set = (patch: Partial<ProjectListState>) => onChange(changeState(state, patch));
  const select = (key: keyof ProjectListState) => (e: { target: { value: string } }) => set({ [key]: e.target.value });
  const years = yearChoices(new Date().getFullYear());

  return (
    <form className="filters pf-filters" aria-label={t('projects.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField id="pf-filter-programme" label={t('projects.fields.programme')} value={state.programmeId} onChange={select('programmeId')}>
        <Options empty={t('projects.filters.anyProgramme')} items={programmes} value={(p) => p.id} label={(p) => p.name} />
      </SelectField>
      <SelectField id="pf-filter-fund" label={t('projects.fields.fund')} value={state.fund} onChange={select('fund')}>
        <Options empty={t('projects.filters.anyFund')} items={FUNDS} value={(f) => f} label={(f) => fundLabel(t, f)} />
      </SelectField>
      <SelectField id="pf-filter-role" label={t('projects.fields.ourRole')} value={state.role} onChange={select('role')}>
        <Options empty={t('projects.filters.anyRole')} items={OUR_ROLES} value={(r) => r} label={(r) => ourRoleLabel(t, r)} />
      </SelectField>
      <SelectField id="pf-filter-theme" label={t('projects.fields.theme')} value={state.theme} onChange={select('theme')}>
        <Options empty={t('projects.filters.anyTheme')} items={vocab?.themes ?? []} value={(th) => th.code} label={(th) => themeLabel(vocab, th.code, lng)} />
      </SelectField>
      <SelectField id="pf-filter-sdg" label={t('projects.fields.sdg')} value={state.sdg} onChange={select('sdg')}>
        <Options empty={t('projects.filters.anySdg')} items={sdgs} value={(g) => String(g.number)} label={(g) => t('register.sdg.option', { number: g.number, title: g.titles[lng] ?? g.titles.en })} />
      </SelectField>
      <SelectField id="pf-filter-officer" label={t('projects.fields.officer')} value={state.officerId} onChange={select('officerId')}>
        <Options empty={t('projects.filters.anyOfficer')} items={members.filter((m) => m.role !== 'viewer')} value={(m) => m.userId} label={(m) => m.name} />
      </SelectField>
      <SelectField id="pf-filter-year" label={t('projects.filters.year')} hint={t('projects.filters.yearHint')} value={state.year} onChange={select('year')}>
        <Options empty={t('projects.filters.anyYear')} items={years} value={(y) => String(y)} label={(y) => String(y)} />
      </SelectField>
      {hasFilters(state) ? (
        <div className="filters-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              // The search text goes too; the status tab and the sort stay.
              onChange({ ...EMPTY_STATE, status: state.status, sort: state.sort });
              document.getElementById('pf-filter-programme')?.focus();
            }}
          >
            {t('projects.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
