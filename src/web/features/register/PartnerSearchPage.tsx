// /w/:ws/register/partners — partner search: from a project idea (any of sv, da, en, pl) and
// optional themes, countries, regions, kinds and sectors to a ranked list of organisations, each
// with the reasons it came up: matching words, shared themes, sector, region, earlier cooperation.
// Opened from a project (?project=…&theme=…&country=…&nuts=…), it starts with the project's
// themes and its programme's area, searches at once, and each hit can be added to the project.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { EmptyState, ErrorAlert } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { countryOptions } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AsyncPicker, CheckboxField, Group, TextAreaField, type PickerItem } from './fields.tsx';
import { useRegisterPaths } from './hooks.ts';
import { countryName, kindLabel, relationTypeLabel, themeLabel } from './labels.ts';
import { naceSearch, nutsSearch, useNaceClass, useNutsRegion, useVocabularies } from './queries.ts';
import { ORG_KINDS, type OrgKind, type PartnerHit, type PartnerQuery, type PartnerReason } from './types.ts';
import { useNutsNames } from '../projects/api.ts';
import { AddToProject, ProjectSearchBanner, useSearchProject } from '../projects/AddToProject.tsx';
import { hasPrefill, parsePartnerSearchParams } from '../projects/partnerSearch.ts';
import type { Project } from '../projects/types.ts';
import { inSentence } from '../../lib/format.ts';

interface Criteria {
  idea: string;
  themes: string[];
  kinds: OrgKind[];
  countries: PickerItem[];
  nuts: PickerItem[];
  nace: PickerItem[];
}

const EMPTY: Criteria = { idea: '', themes: [], kinds: [], countries: [], nuts: [], nace: [] };

const isEmpty = (c: Criteria) => !c.idea.trim() && !c.themes.length && !c.kinds.length && !c.countries.length && !c.nuts.length && !c.nace.length;

export function PartnerSearchPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id);
  const countries = useMemo(() => countryOptions(intlLocale(lng)), [lng]);
  const [params] = useSearchParams();
  const [prefill] = useState(() => parsePartnerSearchParams(params));
  const project = useSearchProject(prefill.projectId);
  const [criteria, setCriteria] = useState<Criteria>(() => ({
    ...EMPTY,
    themes: prefill.themes,
    countries: prefill.countries.map((c) => ({ id: c, label: countryName(c, lng) })),
    nuts: prefill.nuts.map((n) => ({ id: n, label: n })),
  }));
  const nutsNames = useNutsNames(prefill.nuts).data ?? {};
  const nutsChosen = criteria.nuts.map((n) => (n.label === n.id && nutsNames[n.id] ? { ...n, label: `${nutsNames[n.id]} (${n.id})` } : n));
  const [emptyError, setEmptyError] = useState(false);
  const search = useMutation({
    mutationFn: (c: Criteria) =>
      api<{ items: PartnerHit[] }>('POST', `/api/w/${ws.id}/partner-search`, {
        idea: c.idea.trim(),
        themes: c.themes,
        kinds: c.kinds,
        countries: c.countries.map((x) => x.id),
        nuts: c.nuts.map((x) => x.id),
        nace: c.nace.map((x) => x.id),
        limit: 25,
      } satisfies PartnerQuery).then((r) => r.items),
  });
  const set = (patch: Partial<Criteria>) => {
    setEmptyError(false);
    setCriteria((c) => ({ ...c, ...patch }));
  };

  // Criteria that came with the address are searched at once (once, also under StrictMode).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !hasPrefill(prefill)) return;
    started.current = true;
    search.mutate(criteria);
  }, [prefill, criteria, search]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (isEmpty(criteria)) {
      setEmptyError(true);
      document.getElementById('partner-idea')?.focus();
      return;
    }
    search.mutate(criteria);
  }

  return (
    <>
      <PageHeader title={t('register.partners.title')} lead={t('register.partners.lead')} workspaceName={ws.name} />
      {project ? <ProjectSearchBanner project={project} /> : null}
      <form className="panel partner-form" onSubmit={submit} noValidate aria-labelledby="partner-form-heading">
        <h2 id="partner-form-heading" className="visually-hidden">
          {t('register.partners.criteria')}
        </h2>
        <TextAreaField
          id="partner-idea"
          label={t('register.partners.idea')}
          hint={t('register.partners.ideaHint')}
          value={criteria.idea}
          onChange={(e) => set({ idea: e.target.value })}
          error={emptyError ? t('register.partners.nothingGiven') : undefined}
          maxLength={2000}
          rows={4}
        />
        <div className="partner-groups">
          <Group id="partner-themes" legend={t('register.fields.themes')}>
            <div className="reg-check-list">
              {vocab.data?.themes.map((th) => (
                <CheckboxField
                  key={th.code}
                  id={`partner-theme-${th.code}`}
                  label={themeLabel(vocab.data, th.code, lng)}
                  checked={criteria.themes.includes(th.code)}
                  onChange={(e) => set({ themes: e.target.checked ? [...criteria.themes, th.code] : criteria.themes.filter((c) => c !== th.code) })}
                />
              ))}
            </div>
          </Group>
          <Group id="partner-kinds" legend={t('register.partners.kinds')}>
            <div className="reg-check-list">
              {ORG_KINDS.map((k) => (
                <CheckboxField
                  key={k}
                  id={`partner-kind-${k}`}
                  label={kindLabel(t, k)}
                  checked={criteria.kinds.includes(k)}
                  onChange={(e) => set({ kinds: e.target.checked ? [...criteria.kinds, k] : criteria.kinds.filter((c) => c !== k) })}
                />
              ))}
            </div>
          </Group>
        </div>
        <div className="reg-form-grid">
          <MultiPicker
            id="partner-countries"
            label={t('register.partners.countries')}
            hint={t('register.partners.countriesHint')}
            queryKey={['countries', lng]}
            search={async (q) => {
              const needle = q.toLocaleLowerCase(lng);
              return countries.filter((c) => !needle || c.name.toLocaleLowerCase(lng).includes(needle) || c.code.toLowerCase() === needle).map((c) => ({ id: c.code, label: c.name }));
            }}
            searchEmpty
            chosen={criteria.countries}
            onChange={(countries) => set({ countries })}
          />
          <MultiPicker
            id="partner-nuts"
            label={t('register.partners.regions')}
            hint={t('register.partners.regionsHint')}
            queryKey={['nuts', '']}
            search={(q) => nutsSearch(q).then((items) => items.map((r) => ({ id: r.code, label: `${r.name} (${r.code})` })))}
            chosen={nutsChosen}
            onChange={(nuts) => set({ nuts })}
          />
          <MultiPicker
            id="partner-nace"
            label={t('register.partners.sectors')}
            hint={t('register.partners.sectorsHint')}
            queryKey={['nace']}
            search={(q) => naceSearch(q).then((items) => items.map((n) => ({ id: n.code, label: `${n.code} ${n.title}` })))}
            chosen={criteria.nace}
            onChange={(nace) => set({ nace })}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={search.isPending}>
            {search.isPending ? t('register.partners.searching') : t('register.partners.submit')}
          </button>
          {!isEmpty(criteria) ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setCriteria(EMPTY);
                search.reset();
                document.getElementById('partner-idea')?.focus();
              }}
            >
              {t('register.partners.clear')}
            </button>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="partner-results-heading" className="partner-results-section">
        <h2 id="partner-results-heading">{t('register.partners.results')}</h2>
        <div role="status" className="reg-result-count">
          {search.data ? t('register.partners.found', { count: search.data.length }) : ''}
        </div>
        {search.isError ? (
          <ErrorAlert error={search.error} />
        ) : !search.data ? (
          <EmptyState title={t('register.partners.startTitle')}>
            <p>{t('register.partners.startText')}</p>
          </EmptyState>
        ) : search.data.length === 0 ? (
          <EmptyState title={t('register.partners.noneTitle')}>
            <p>{t('register.partners.noneText')}</p>
          </EmptyState>
        ) : (
          <PartnerResults hits={search.data} project={project} />
        )}
      </section>
    </>
  );
}

/** Several choices from a search-as-you-type list, shown as removable chips. */
export function MultiPicker({
  id,
  label,
  hint,
  queryKey,
  search,
  searchEmpty,
  chosen,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  queryKey: readonly unknown[];
  search: (q: string) => Promise<PickerItem[]>;
  searchEmpty?: boolean;
  chosen: PickerItem[];
  onChange: (items: PickerItem[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="multi-picker">
      {/* A fresh picker after each choice: its list closed, its box empty, focus back in it. */}
      <AsyncPicker
        key={chosen.map((c) => c.id).join(',')}
        id={id}
        label={label}
        hint={hint}
        queryKey={queryKey}
        search={search}
        exclude={chosen.map((c) => c.id)}
        searchEmpty={searchEmpty}
        error={error}
        value={null}
        onChange={(item) => {
          if (item && !chosen.some((c) => c.id === item.id)) {
            onChange([...chosen, item]);
            requestAnimationFrame(() => document.getElementById(id)?.focus());
          }
        }}
      />
      {chosen.length ? (
        <ul className="reg-chips reg-chips--removable" aria-label={t('register.partners.chosen', { label })}>
          {chosen.map((c) => (
            <li key={c.id} className="reg-chip">
              {c.label}
              <button
                type="button"
                className="reg-chip-remove"
                onClick={() => {
                  onChange(chosen.filter((x) => x.id !== c.id));
                  requestAnimationFrame(() => document.getElementById(id)?.focus());
                }}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('register.partners.remove', { name: c.label })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PartnerResults({ hits, project }: { hits: PartnerHit[]; project: Project | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useRegisterPaths();
  const best = Math.max(...hits.map((h) => h.score), 0.0001);
  const percent = new Intl.NumberFormat(intlLocale(lng), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ol className="partner-results">
      {hits.map((h, i) => {
        const share = Math.max(0, Math.min(1, h.score / best));
        return (
          <li key={h.id} className="partner-hit">
            <div className="partner-hit-head">
              <span className="partner-rank" aria-hidden="true">
                {i + 1}
              </span>
              <div className="partner-hit-title">
                <h3>
                  <Link to={paths.organisation(h.id)}>{h.name}</Link>
                </h3>
                <p className="muted small">{[kindLabel(t, h.kind), h.city, countryName(h.country, lng)].filter(Boolean).join(' · ')}</p>
              </div>
              <div className="partner-score">
                <svg viewBox="0 0 100 10" className="score-bar" aria-hidden="true" focusable="false" preserveAspectRatio="none">
                  <rect className="score-track" x="0" y="0" width="100" height="10" rx="5" />
                  <rect className="score-fill" x="0" y="0" width={Math.max(4, share * 100).toFixed(1)} height="10" rx="5" />
                </svg>
                <span className="small">{t('register.partners.score', { percent: percent.format(share) })}</span>
              </div>
            </div>
            <h4 className="visually-hidden">{t('register.partners.why', { name: h.name })}</h4>
            <ul className="partner-reasons">
              {h.reasons.map((r) => (
                <Reason key={r.kind} reason={r} />
              ))}
            </ul>
            {project ? <AddToProject project={project} organisation={h} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

function Reason({ reason }: { reason: PartnerReason }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id).data;
  const code = reason.detail[0] ?? '';
  const nace = useNaceClass(reason.kind === 'sector' ? code : null).data;
  const nuts = useNutsRegion(reason.kind === 'region' && code.length > 2 ? code : null).data;
  let text: string;
  switch (reason.kind) {
    case 'text':
      text = reason.detail.length ? t('register.partners.reasons.text', { words: reason.detail.join(', ') }) : t('register.partners.reasons.textNoWords');
      break;
    case 'theme':
      text = t('register.partners.reasons.theme', { themes: reason.detail.map((c) => themeLabel(vocab, c, lng)).join('; ') });
      break;
    case 'sector':
      text = t('register.partners.reasons.sector', { sector: nace ? `${nace.code} ${nace.title}` : code });
      break;
    case 'region':
      text = t('register.partners.reasons.region', { region: code.length === 2 ? countryName(code, lng) : nuts ? `${nuts.name} (${code})` : code });
      break;
    case 'cooperation':
      text = t('register.partners.reasons.cooperation', { types: reason.detail.map((c) => inSentence(relationTypeLabel(t, vocab, c, lng), lng)).join(', ') });
      break;
    default:
      text = reason.detail.join(', ');
  }
  return <li className={`partner-reason partner-reason--${reason.kind}`}>{text}</li>;
}
