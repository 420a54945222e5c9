// Filters and sort of the organisation list. Each choice applies at once (the results below
// update and their count is announced); nothing moves focus.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Options, SelectField } from '../../components/Field.tsx';
import { countryOptions } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { changeState, effectiveSort, EMPTY_STATE, hasFilters, SORTS, type ListState } from './filters.ts';
import { AsyncPicker } from './fields.tsx';
import { kindLabel, relationTypeLabel, themeLabel } from './labels.ts';
import { naceSearch, nutsSearch, useNaceClass, useNutsRegion, useSdgs, useVocabularies } from './queries.ts';
import { ORG_KINDS } from './types.ts';

export function OrganisationFilters({ state, onChange }: { state: ListState; onChange: (next: ListState) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id).data;
  const sdgs = useSdgs().data ?? [];
  const countries = useMemo(() => countryOptions(intlLocale(lng)), [lng]);
  const nuts = useNutsRegion(state.nuts).data;
  const nace = useNaceClass(state.nace).data;
  const set = (patch: Partial<ListState>) => onChange(changeState(state, patch));
  const select = (key: keyof ListState) => (e: { target: { value: string } }) => set({ [key]: e.target.value });

  return (
    <form className="filters register-filters" aria-label={t('register.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField id="filter-kind" label={t('register.fields.kind')} value={state.kind} onChange={select('kind')}>
        <Options empty={t('register.filters.allKinds')} items={ORG_KINDS} value={(k) => k} label={(k) => kindLabel(t, k)} />
      </SelectField>
      <SelectField id="filter-country" label={t('register.fields.country')} value={state.country} onChange={select('country')}>
        <Options empty={t('register.filters.allCountries')} items={countries} value={(c) => c.code} label={(c) => c.name} />
      </SelectField>
      <AsyncPicker
        id="filter-nuts"
        label={t('register.fields.nuts')}
        queryKey={['nuts', state.country]}
        search={(q) => nutsSearch(q, state.country || undefined).then((items) => items.map((r) => ({ id: r.code, label: `${r.name} (${r.code})` })))}
        value={state.nuts ? { id: state.nuts, label: nuts ? `${nuts.name} (${nuts.code})` : state.nuts } : null}
        onChange={(item) => set({ nuts: item?.id ?? '' })}
      />
      <AsyncPicker
        id="filter-nace"
        label={t('register.fields.nace')}
        queryKey={['nace']}
        search={(q) => naceSearch(q).then((items) => items.map((n) => ({ id: n.code, label: `${n.code} ${n.title}` })))}
        value={state.nace ? { id: state.nace, label: nace ? `${nace.code} ${nace.title}` : state.nace } : null}
        onChange={(item) => set({ nace: item?.id ?? '' })}
      />
      <SelectField id="filter-theme" label={t('register.fields.theme')} value={state.theme} onChange={select('theme')}>
        <option value="">{t('register.filters.allThemes')}</option>
        {vocab?.themes.map((th) => (
          <option key={th.code} value={th.code}>
            {themeLabel(vocab, th.code, lng)}
          </option>
        ))}
      </SelectField>
      <SelectField id="filter-relation-type" label={t('register.fields.relationType')} value={state.relationType} onChange={select('relationType')}>
        <option value="">{t('register.filters.allRelationTypes')}</option>
        {vocab?.relationTypes.map((r) => (
          <option key={r.code} value={r.code}>
            {relationTypeLabel(t, vocab, r.code, lng)}
          </option>
        ))}
      </SelectField>
      <SelectField id="filter-sdg" label={t('register.fields.sdg')} value={state.sdg} onChange={select('sdg')}>
        <Options empty={t('register.filters.allSdgs')} items={sdgs} value={(g) => String(g.number)} label={(g) => t('register.sdg.option', { number: g.number, title: g.titles[lng] ?? g.titles.en })} />
      </SelectField>
      <SelectField id="filter-local" label={t('register.filters.local')} value={state.local} onChange={select('local')}>
        <option value="">{t('register.filters.localAll')}</option>
        <option value="true">{t('register.filters.localOnly')}</option>
        <option value="false">{t('register.filters.localNot')}</option>
      </SelectField>
      <SelectField id="filter-sort" label={t('register.filters.sort')} value={effectiveSort(state)} onChange={(e) => set({ sort: e.target.value as ListState['sort'] })}>
        {SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`register.sorts.${s}`)}
          </option>
        ))}
      </SelectField>
      {hasFilters(state) ? (
        <div className="filters-actions">
          <button type="button" className="button button--secondary" onClick={() => {
              onChange({ ...EMPTY_STATE, q: state.q, sort: state.sort });
              // The button goes away with the filters; focus stays in the form.
              document.getElementById('filter-kind')?.focus();
            }}
          >
            {t('register.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
