// Personal survey links for local companies: pick companies (checkboxes, narrowed by a filter),
// the survey's language and how long the links work. Samverkan sends no e-mail yet, so the
// links are shown, one per company, ready to copy.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { isLocale } from '../../i18n/locale.ts';
import { formatDate } from '../../lib/format.ts';
import { foldForSearch } from '../maps/countries.ts';
import { surveyKey, useLocalCompanies, useSurveyInvitations, type SurveyLink } from './api.ts';

export function InviteCompanies({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const companies = useLocalCompanies(workspaceId);
  const invitations = useSurveyInvitations(workspaceId);
  const [selected, setSelected] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [language, setLanguage] = useState<Locale>(isLocale(i18n.language) ? i18n.language : 'sv');
  const [days, setDays] = useState('30');
  const [selectionError, setSelectionError] = useState<string>();

  const create = useMutation({
    mutationFn: (body: { organisationIds: string[]; language: Locale; days: number }) => api<{ items: SurveyLink[] }>('POST', `/api/w/${workspaceId}/survey/invitations`, body),
    onSuccess: () => {
      setSelected([]);
      void client.invalidateQueries({ queryKey: surveyKey(workspaceId) });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;

  /** Per company: "answered" beats "invited" (a link that is still open). */
  const state = useMemo(() => {
    const m = new Map<string, 'answered' | 'sent'>();
    for (const inv of invitations.data ?? []) {
      if (inv.status === 'answered') m.set(inv.organisationId, 'answered');
      else if (inv.status === 'sent' && !m.has(inv.organisationId)) m.set(inv.organisationId, 'sent');
    }
    return m;
  }, [invitations.data]);

  if (companies.isPending) return <Loading />;
  if (companies.isError) return <ErrorAlert error={companies.error} />;
  if (companies.data.length === 0) return <p>{t('survey.staff.noLocalCompanies')}</p>;

  const needle = foldForSearch(filter.trim());
  const shown = needle ? companies.data.filter((c) => foldForSearch(c.name).includes(needle)) : companies.data;
  const chosen = new Set(selected);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (selected.length === 0) {
      setSelectionError(t('survey.staff.chooseCompanies'));
      document.getElementById('survey-companies-filter')?.focus();
      return;
    }
    setSelectionError(undefined);
    create.mutate({ organisationIds: selected, language, days: Number(days) });
  }

  return (
    <>
      <p className="muted">{t('survey.staff.inviteLead')}</p>
      <form onSubmit={submit} noValidate className="survey-invite-form">
        <ErrorAlert error={create.error}>{selectionError && !create.error ? selectionError : undefined}</ErrorAlert>
        <fieldset className={`company-picker${selectionError ? ' field--invalid' : ''}`} aria-describedby={selectionError ? 'survey-companies-error' : undefined}>
          <legend className="company-picker-legend">{t('survey.staff.companies')}</legend>
          {selectionError ? (
            <p id="survey-companies-error" className="field-error">
              {selectionError}
            </p>
          ) : null}
          <div className="company-picker-tools">
            <TextField id="survey-companies-filter" label={t('survey.staff.filterCompanies')} type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
            <div className="company-picker-buttons">
              <button type="button" className="button button--small button--secondary" onClick={() => setSelected([...new Set([...selected, ...shown.filter((c) => state.get(c.id) !== 'answered').map((c) => c.id)])])}>
                {t('survey.staff.selectShown')}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => setSelected([])} disabled={selected.length === 0}>
                {t('survey.staff.selectNone')}
              </button>
            </div>
          </div>
          <p className="field-hint" role="status">
            {t('survey.staff.selectedCount', { count: selected.length })}
          </p>
          <div className="company-options">
            {shown.length === 0 ? <p className="muted">{t('survey.staff.noCompanyMatches')}</p> : null}
            {shown.map((c) => {
              const s = state.get(c.id);
              return (
                <div className="check" key={c.id}>
                  <input
                    type="checkbox"
                    id={`survey-company-${c.id}`}
                    checked={chosen.has(c.id)}
                    onChange={(e) => setSelected((list) => (e.target.checked ? [...list, c.id] : list.filter((x) => x !== c.id)))}
                    aria-describedby={s ? `survey-company-${c.id}-state` : undefined}
                  />
                  <label htmlFor={`survey-company-${c.id}`}>
                    {c.name}
                    {c.city ? <span className="muted"> · {c.city}</span> : null}
                  </label>
                  {s ? (
                    <span id={`survey-company-${c.id}-state`} className={`status status--survey-${s}`}>
                      {s === 'answered' ? t('survey.staff.hasAnswered') : t('survey.staff.hasOpenLink')}
                    </span>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="survey-invite-options">
          <SelectField id="survey-language" label={t('survey.staff.language')} hint={t('survey.staff.languageHint')} value={language} onChange={(e) => setLanguage(e.target.value as Locale)} error={error?.fieldMessage('language')}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </SelectField>
          <TextField
            id="survey-days"
            label={t('survey.staff.days')}
            hint={t('survey.staff.daysHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            error={error?.fieldMessage('days')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('common.working') : t('survey.staff.createLinks')}
          </button>
        </div>
      </form>
      <div role="status" className={create.data ? 'invite-result' : 'live-empty'}>
        {create.data ? (
          <>
            <p className="alert-title">{t('survey.staff.linksCreated', { count: create.data.items.length })}</p>
            <p>{t('survey.staff.linksHelp', { date: formatDate(create.data.items[0]?.expiresAt ?? new Date().toISOString(), i18n.language) })}</p>
          </>
        ) : null}
      </div>
      {create.data ? <CreatedLinks links={create.data.items} /> : null}
    </>
  );
}

function CreatedLinks({ links }: { links: SurveyLink[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  async function copy(link: SurveyLink) {
    try {
      await navigator.clipboard.writeText(link.link);
      setCopied({ id: link.organisationId, ok: true });
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      inputs.current.get(link.organisationId)?.select();
      setCopied({ id: link.organisationId, ok: false });
    }
  }

  return (
    <ul className="survey-links" aria-label={t('survey.staff.linksLabel')}>
      {links.map((l) => (
        <li key={l.organisationId} className="copy-row survey-link-row">
          <TextField
            id={`survey-link-${l.organisationId}`}
            label={t('survey.staff.linkFor', { name: l.name })}
            value={l.link}
            readOnly
            ref={(el) => {
              if (el) inputs.current.set(l.organisationId, el);
              else inputs.current.delete(l.organisationId);
            }}
            onFocus={(e) => e.target.select()}
            className="copy-field"
          />
          <button type="button" className="button button--secondary" onClick={() => void copy(l)}>
            {t('survey.staff.copyLink')}
            <span className="visually-hidden"> {l.name}</span>
          </button>
          <p className="copy-status" aria-live="polite">
            {copied?.id === l.organisationId ? (copied.ok ? t('survey.staff.copied') : t('survey.staff.copyManually')) : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
