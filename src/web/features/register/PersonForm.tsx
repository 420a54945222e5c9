// Adding or changing a contact person: name, title, contact details, language, the legal basis
// for keeping them (explained), notes, and their organisations with a role at each.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AsyncPicker, Group, TextAreaField, type PickerItem } from './fields.tsx';
import { today, useRegisterPaths } from './hooks.ts';
import { countryName, kindLabel, LANGUAGE_CODES, languageName, legalBasisLabel } from './labels.ts';
import { WriteGate } from './OrganisationForm.tsx';
import { rowKey } from './orgForm.ts';
import { registerKey, searchOrganisations, useOrganisation, usePerson } from './queries.ts';
import { RecordNotFound } from './RecordNotFound.tsx';
import { LEGAL_BASES, type LegalBasis, type Person } from './types.ts';

interface OrgRow {
  key: number;
  org: PickerItem | null;
  role: string;
}

interface Draft {
  name: string;
  title: string;
  email: string;
  phone: string;
  language: string;
  legalBasis: LegalBasis | '';
  legalBasisDate: string;
  notes: string;
  organisations: OrgRow[];
}

function draftFrom(p: Person | undefined, org?: PickerItem): Draft {
  return {
    name: p?.name ?? '',
    title: p?.title ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    language: p?.language ?? '',
    legalBasis: p?.legalBasis ?? '',
    legalBasisDate: p?.legalBasisDate ?? today(),
    notes: p?.notes ?? '',
    organisations: p
      ? p.organisations.map((o) => ({ key: rowKey(), org: { id: o.organisationId, label: o.name }, role: o.role ?? '' }))
      : org
        ? [{ key: rowKey(), org, role: '' }]
        : [],
  };
}

/** /register/people/new (?organisation=<id> starts with that organisation) */
export function NewPersonPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [params] = useSearchParams();
  const orgId = params.get('organisation') ?? '';
  const org = useOrganisation(ws.id, orgId);
  const waiting = Boolean(orgId) && org.isPending;
  return (
    <>
      <PageHeader title={t('register.personForm.newTitle')} lead={t('register.personForm.newLead')} workspaceName={ws.name} />
      <WriteGate>{waiting ? <Loading /> : <PersonForm initial={draftFrom(undefined, org.data ? { id: org.data.id, label: org.data.name } : undefined)} />}</WriteGate>
    </>
  );
}

/** /register/people/:id/edit */
export function EditPersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const person = usePerson(ws.id, id);
  if (person.error instanceof ApiError && (person.error.status === 404 || person.error.status === 422)) return <RecordNotFound kind="person" />;
  return (
    <>
      <PageHeader title={person.data ? t('register.personForm.editTitle', { name: person.data.name }) : t('register.personForm.editTitleLoading')} workspaceName={ws.name} />
      <WriteGate>{person.isPending ? <Loading /> : person.isError ? <ErrorAlert error={person.error} /> : <PersonForm person={person.data} initial={draftFrom(person.data)} />}</WriteGate>
    </>
  );
}

function PersonForm({ person, initial }: { person?: Person; initial: Draft }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(initial);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [focusError, setFocusError] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: (d: Draft) => {
      const body = {
        name: d.name.trim(),
        title: d.title.trim() || null,
        email: d.email.trim() || null,
        phone: d.phone.trim() || null,
        language: d.language || null,
        legalBasis: d.legalBasis,
        legalBasisDate: d.legalBasisDate,
        notes: d.notes,
        organisations: d.organisations.filter((r) => r.org).map((r) => ({ organisationId: r.org!.id, role: r.role.trim() || null })),
      };
      return person ? api<Person>('PATCH', `/api/w/${ws.id}/people/${person.id}`, body) : api<Person>('POST', `/api/w/${ws.id}/people`, body);
    },
    onSuccess: async (saved) => {
      client.setQueryData([...registerKey(ws.id), 'person', saved.id], saved);
      await client.invalidateQueries({ queryKey: registerKey(ws.id), predicate: (q) => q.queryKey[4] !== saved.id });
      navigate(paths.person(saved.id), { state: { message: person ? t('register.personForm.saved', { name: saved.name }) : t('register.personForm.created', { name: saved.name }) } });
    },
    onError: () => setFocusError((n) => n + 1),
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const fieldError = (f: string) => (missing.has(f) ? t('register.form.problems.required') : err?.fieldMessage(f));
  // Field errors for organisation rows are numbered among the rows that are sent.
  const sentIndex = (key: number) => draft.organisations.filter((r) => r.org).findIndex((r) => r.key === key);

  useEffect(() => {
    if (focusError) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .reg-group--invalid')?.focus();
  }, [focusError]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const m = new Set<string>();
    if (!draft.name.trim()) m.add('name');
    if (!draft.legalBasis) m.add('legalBasis');
    if (!draft.legalBasisDate) m.add('legalBasisDate');
    setMissing(m);
    if (m.size) {
      setFocusError((n) => n + 1);
      return;
    }
    save.mutate(draft);
  }

  return (
    <form ref={formRef} className="org-form" onSubmit={submit} noValidate>
      {missing.size ? <ErrorAlert>{t('errors.checkFields')}</ErrorAlert> : <ErrorAlert error={save.error} />}
      <fieldset className="reg-form-section">
        <legend>{t('register.personForm.sectionPerson')}</legend>
        <div className="reg-form-grid">
          <TextField id="person-name" label={t('register.fields.name')} value={draft.name} onChange={(e) => set('name', e.target.value)} error={fieldError('name')} aria-required="true" maxLength={200} autoComplete="off" />
          <TextField id="person-title" label={t('register.fields.title')} hint={t('register.personForm.titleHint')} value={draft.title} onChange={(e) => set('title', e.target.value)} error={fieldError('title')} maxLength={200} autoComplete="off" />
          <TextField id="person-email" type="email" label={t('register.fields.email')} value={draft.email} onChange={(e) => set('email', e.target.value)} error={fieldError('email')} autoComplete="off" />
          <TextField id="person-phone" type="tel" label={t('register.fields.phone')} hint={t('register.personForm.phoneHint')} value={draft.phone} onChange={(e) => set('phone', e.target.value)} error={fieldError('phone')} autoComplete="off" />
          <SelectField id="person-language" label={t('register.fields.language')} hint={t('register.personForm.languageHint')} value={draft.language} onChange={(e) => set('language', e.target.value)} error={fieldError('language')}>
            <option value="">{t('register.personForm.noLanguage')}</option>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lng)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>

      <fieldset className="reg-form-section">
        <legend>{t('register.personForm.sectionBasis')}</legend>
        <p className="field-hint">{t('register.personForm.basisIntro')}</p>
        <Group id="person-basis" legend={t('register.fields.legalBasis')} error={fieldError('legalBasis')}>
          {LEGAL_BASES.map((b) => (
            <div key={b} className="reg-check reg-radio">
              <input
                id={`person-basis-${b}`}
                type="radio"
                name="legalBasis"
                value={b}
                checked={draft.legalBasis === b}
                onChange={() => set('legalBasis', b)}
                aria-describedby={`person-basis-${b}-help`}
              />
              <label htmlFor={`person-basis-${b}`}>{legalBasisLabel(t, b)}</label>
              <p id={`person-basis-${b}-help`} className="field-hint">
                {t(`register.legalBasisHelp.${b}`)}
              </p>
            </div>
          ))}
        </Group>
        <TextField
          id="person-basis-date"
          type="date"
          label={t('register.fields.legalBasisDate')}
          hint={t('register.personForm.basisDateHint')}
          value={draft.legalBasisDate}
          onChange={(e) => set('legalBasisDate', e.target.value)}
          error={fieldError('legalBasisDate')}
          aria-required="true"
        />
      </fieldset>

      <fieldset className="reg-form-section">
        <legend>{t('register.personForm.sectionOrganisations')}</legend>
        {draft.organisations.map((row, i) => {
          const n = sentIndex(row.key);
          return (
            <div key={row.key} className="reg-row-fields reg-row-fields--wide-first">
              <AsyncPicker
                id={`person-org-${i}`}
                label={t('register.personForm.organisation')}
                queryKey={['orgs', ws.id]}
                search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
                value={row.org}
                onChange={(org) => set('organisations', draft.organisations.map((r) => (r.key === row.key ? { ...r, org } : r)))}
                error={n >= 0 ? (err?.fieldMessage(`organisations.${n}.organisationId`) ?? err?.fieldMessage(`organisations.${n}`)) : undefined}
              />
              <TextField
                id={`person-org-role-${i}`}
                label={t('register.fields.roleAt')}
                value={row.role}
                onChange={(e) => set('organisations', draft.organisations.map((r) => (r.key === row.key ? { ...r, role: e.target.value } : r)))}
                error={n >= 0 ? err?.fieldMessage(`organisations.${n}.role`) : undefined}
                maxLength={200}
                autoComplete="off"
              />
              <button
                type="button"
                className="button button--small button--danger-outline reg-row-remove"
                onClick={() => {
                  set('organisations', draft.organisations.filter((r) => r.key !== row.key));
                  document.getElementById('person-add-org')?.focus();
                }}
              >
                {t('register.form.remove')}
                <span className="visually-hidden"> {row.org?.label ?? t('register.personForm.organisation')}</span>
              </button>
            </div>
          );
        })}
        {draft.organisations.length < 20 ? (
          <button
            id="person-add-org"
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const i = draft.organisations.length;
              set('organisations', [...draft.organisations, { key: rowKey(), org: null, role: '' }]);
              requestAnimationFrame(() => document.getElementById(`person-org-${i}`)?.focus());
            }}
          >
            {t('register.personForm.addOrganisation')}
          </button>
        ) : null}
      </fieldset>

      <TextAreaField id="person-notes" label={t('register.fields.notes')} hint={t('register.personForm.notesHint')} value={draft.notes} onChange={(e) => set('notes', e.target.value)} error={fieldError('notes')} maxLength={5000} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : person ? t('register.form.save') : t('register.personForm.create')}
        </button>
        <Link to={person ? paths.person(person.id) : paths.people} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
