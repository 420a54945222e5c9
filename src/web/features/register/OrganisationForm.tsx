// Adding or changing an organisation: every field the API takes. Identifiers are checked in the
// browser with the server's own code as soon as a field is left; the server checks again and its
// field errors (e.g. identifiers.0.value) appear next to the field they name. Changes carry the
// version that was read: if someone else saved in between, the person is told and can reload.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { identifierMessages } from '../../../shared/identifiers/index.ts';
import { countryOptions } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import { useMembers } from '../admin/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AsyncPicker, CheckboxField, Group, TextAreaField } from './fields.tsx';
import { useRegisterPaths, useRegisterRights } from './hooks.ts';
import { kindLabel, LANGUAGE_CODES, languageName, schemeLabel, themeLabel } from './labels.ts';
import { RecordNotFound } from './RecordNotFound.tsx';
import { bodyFromDraft, checkDraft, defaultScheme, draftFromOrganisation, emptyDraft, rowKey, type DraftProblem, type OrgDraft } from './orgForm.ts';
import { naceSearch, nutsSearch, orgKey, registerKey, useNaceClass, useNutsRegion, useOrganisation, useSdgs, useVocabularies } from './queries.ts';
import { SdgMark } from './SdgBadges.tsx';
import { IDENTIFIER_SCHEME_CODES, ORG_KINDS, type Organisation } from './types.ts';

/** /register/organisations/new */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <>
      <PageHeader title={t('register.form.newTitle')} lead={t('register.form.newLead')} workspaceName={ws.name} />
      <WriteGate>
        <OrganisationForm />
      </WriteGate>
    </>
  );
}

/** /register/organisations/:id/edit */
export function EditOrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const org = useOrganisation(ws.id, id);
  if (org.isError && org.error instanceof ApiError && (org.error.status === 404 || org.error.status === 422)) return <RecordNotFound kind="organisation" />;
  return (
    <>
      <PageHeader title={org.data ? t('register.form.editTitle', { name: org.data.name }) : t('register.form.editTitleLoading')} workspaceName={ws.name} />
      <WriteGate>{org.isPending ? <Loading /> : org.isError ? <ErrorAlert error={org.error} /> : <OrganisationForm key={`${org.data.id}:${org.data.version}`} org={org.data} />}</WriteGate>
    </>
  );
}

/** Viewers may not change the register (the server would refuse with 403 anyway). */
export function WriteGate({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const { canWrite } = useRegisterRights();
  if (canWrite) return <>{children}</>;
  return (
    <div className="alert alert--info">
      <p>{t('register.form.readOnly')}</p>
    </div>
  );
}

type Messages = Map<string, string>;

function OrganisationForm({ org }: { org?: Organisation }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const navigate = useNavigate();
  const client = useQueryClient();
  const vocab = useVocabularies(ws.id);
  const sdgs = useSdgs().data ?? [];
  const members = useMembers(ws.id).data ?? [];
  const countries = useMemo(() => countryOptions(intlLocale(lng)), [lng]);
  const [draft, setDraft] = useState<OrgDraft>(() => (org ? draftFromOrganisation(org, lng) : emptyDraft()));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Messages>(new Map());
  const [focusError, setFocusError] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const nuts = useNutsRegion(draft.nutsCode).data;
  const nace = useNaceClass(draft.naceCode).data;

  const save = useMutation({
    mutationFn: (d: OrgDraft) =>
      org
        ? api<Organisation>('PATCH', `/api/w/${ws.id}/organisations/${org.id}`, { ...bodyFromDraft(d), version: org.version })
        : api<Organisation>('POST', `/api/w/${ws.id}/organisations`, bodyFromDraft(d)),
    onSuccess: async (saved) => {
      client.setQueryData(orgKey(ws.id, saved.id), saved);
      await client.invalidateQueries({ queryKey: registerKey(ws.id), predicate: (q) => q.queryKey[4] !== saved.id || q.queryKey.length > 5 });
      navigate(paths.organisation(saved.id), { state: { message: org ? t('register.form.saved', { name: saved.name }) : t('register.form.created', { name: saved.name }) } });
    },
    onError: (e) => {
      setServerErrors(new Map((e instanceof ApiError ? e.fieldErrors : []).map((f) => [f.field, f.message])));
      setFocusError((n) => n + 1);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const stale = error?.code === 'problem.stale';

  // Client-side problems: identifier rows once left, everything after a first try to save.
  const problems = useMemo(() => checkDraft(draft), [draft]);
  const clientMessage = (p: DraftProblem) => {
    if (p.key === 'identifier_check_digit' || p.key === 'identifier_format') {
      const msgs = identifierMessages[`field.${p.key}`];
      return msgs[lng as 'sv' | 'da' | 'en'] ?? msgs.en;
    }
    return t(`register.form.problems.${p.key}`);
  };
  const clientErrors: Messages = new Map();
  for (const p of problems) {
    const identifierRow = /^identifiers\.(\d+)\.value$/.exec(p.field);
    const visible = submitted || (identifierRow && draft.identifiers[Number(identifierRow[1])]?.touched);
    if (visible && !clientErrors.has(p.field)) clientErrors.set(p.field, clientMessage(p));
  }
  const fieldError = (field: string) => clientErrors.get(field) ?? serverErrors.get(field);
  const groupError = (prefix: string) => fieldError(prefix) ?? [...serverErrors].find(([f]) => f.startsWith(`${prefix}.`))?.[1];

  // After a refused save, focus goes to the first field that says what is wrong.
  useEffect(() => {
    if (!focusError) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .reg-group--invalid');
    first?.focus();
  }, [focusError]);

  const set = <K extends keyof OrgDraft>(key: K, value: OrgDraft[K], ...clears: string[]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (serverErrors.size) {
      setServerErrors((m) => {
        const next = new Map(m);
        for (const f of [key as string, ...clears]) for (const k of m.keys()) if (k === f || k.startsWith(`${f}.`)) next.delete(k);
        return next;
      });
    }
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    setDraft((d) => ({ ...d, identifiers: d.identifiers.map((r) => ({ ...r, touched: true })) }));
    if (problems.length) {
      setFocusError((n) => n + 1);
      return;
    }
    save.mutate(draft);
  }

  async function reload() {
    if (!org) return;
    save.reset();
    // A new version remounts the form (its key) with what is saved now.
    await client.invalidateQueries({ queryKey: orgKey(ws.id, org.id), exact: true });
  }

  const unplaced = error && !stale ? error.fieldErrors.filter((f) => !isPlaced(f.field)) : [];

  return (
    <form ref={formRef} className="org-form" onSubmit={submit} noValidate>
      {stale ? (
        <div className="alert alert--error" role="alert">
          <p className="alert-title">{error.title}</p>
          <p>{t('register.form.staleText')}</p>
          <p>
            <button type="button" className="button button--secondary button--small" onClick={() => void reload()}>
              {t('register.form.reload')}
            </button>
          </p>
        </div>
      ) : submitted && (problems.length > 0 || save.isError) ? (
        <ErrorAlert error={save.isError ? save.error : undefined}>{save.isError ? undefined : t('errors.checkFields')}</ErrorAlert>
      ) : null}
      {unplaced.length ? (
        <ul className="field-error-list">
          {unplaced.map((f) => (
            <li key={f.field} className="field-error">
              {f.message}
            </li>
          ))}
        </ul>
      ) : null}

      <fieldset className="reg-form-section">
        <legend>{t('register.form.sectionBasics')}</legend>
        <div className="reg-form-grid">
          <TextField
            id="org-name"
            className="reg-form-grid-wide"
            label={t('register.fields.name')}
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            error={fieldError('name')}
            maxLength={300}
            aria-required="true"
            autoComplete="organization"
          />
          <SelectField id="org-kind" label={t('register.fields.kind')} value={draft.kind} onChange={(e) => set('kind', e.target.value as OrgDraft['kind'])} error={fieldError('kind')}>
            {ORG_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="org-country"
            label={t('register.fields.country')}
            value={draft.country}
            aria-required="true"
            onChange={(e) => {
              const country = e.target.value;
              setDraft((d) => ({ ...d, country, nutsCode: d.nutsCode && !d.nutsCode.startsWith(country === 'GR' ? 'EL' : country) ? '' : d.nutsCode }));
              setServerErrors((m) => new Map([...m].filter(([f]) => f !== 'country' && f !== 'nutsCode')));
            }}
            error={fieldError('country')}
          >
            <Options empty={t('register.form.chooseCountry')} items={countries} value={(c) => c.code} label={(c) => c.name} />
          </SelectField>
          <TextField id="org-city" label={t('register.fields.city')} value={draft.city} onChange={(e) => set('city', e.target.value)} error={fieldError('city')} maxLength={200} />
          <NameRows draft={draft} setDraft={setDraft} fieldError={fieldError} />
        </div>
      </fieldset>

      <fieldset className="reg-form-section">
        <legend>{t('register.form.sectionIdentifiers')}</legend>
        <p className="field-hint">{t('register.form.identifiersHint')}</p>
        {draft.identifiers.map((row, i) => (
          <div key={row.key} className="reg-row-fields">
            <SelectField
              id={`org-id-scheme-${i}`}
              label={t('register.form.scheme')}
              value={row.scheme}
              onChange={(e) =>
                set(
                  'identifiers',
                  draft.identifiers.map((r) => (r.key === row.key ? { ...r, scheme: e.target.value as typeof row.scheme } : r)),
                  `identifiers.${i}`,
                )
              }
            >
              {IDENTIFIER_SCHEME_CODES.map((s) => (
                <option key={s} value={s}>
                  {schemeLabel(t, s)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`org-id-value-${i}`}
              label={t('register.form.identifierValue', { scheme: schemeLabel(t, row.scheme) })}
              hint={t(`register.schemeExamples.${row.scheme}`)}
              value={row.value}
              onChange={(e) =>
                set(
                  'identifiers',
                  draft.identifiers.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)),
                  `identifiers.${i}`,
                )
              }
              onBlur={() => row.value.trim() && setDraft((d) => ({ ...d, identifiers: d.identifiers.map((r) => (r.key === row.key ? { ...r, touched: true } : r)) }))}
              error={fieldError(`identifiers.${i}.value`) ?? fieldError(`identifiers.${i}.scheme`) ?? fieldError(`identifiers.${i}`)}
              autoComplete="off"
              spellCheck={false}
            />
            <button
              type="button"
              className="button button--small button--danger-outline reg-row-remove"
              onClick={() => {
                set('identifiers', draft.identifiers.filter((r) => r.key !== row.key), 'identifiers');
                document.getElementById('org-add-identifier')?.focus();
              }}
            >
              {t('register.form.remove')}
              <span className="visually-hidden"> {t('register.form.identifierValue', { scheme: schemeLabel(t, row.scheme) })}</span>
            </button>
          </div>
        ))}
        {draft.identifiers.length < 6 ? (
          <button
            id="org-add-identifier"
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const i = draft.identifiers.length;
              setDraft((d) => ({ ...d, identifiers: [...d.identifiers, { key: rowKey(), scheme: defaultScheme(d.country), value: '', touched: false }] }));
              requestAnimationFrame(() => document.getElementById(`org-id-value-${i}`)?.focus());
            }}
          >
            {t('register.form.addIdentifier')}
          </button>
        ) : null}
      </fieldset>

      <fieldset className="reg-form-section">
        <legend>{t('register.form.sectionPlace')}</legend>
        <div className="reg-form-grid reg-form-grid--two">
          <AsyncPicker
            id="org-nuts"
            label={t('register.fields.nuts')}
            hint={draft.country ? t('register.form.nutsHint') : t('register.form.nutsHintNoCountry')}
            queryKey={['nuts', draft.country]}
            search={(q) => nutsSearch(q, draft.country || undefined).then((items) => items.map((r) => ({ id: r.code, label: `${r.name} (${r.code})` })))}
            value={draft.nutsCode ? { id: draft.nutsCode, label: nuts ? `${nuts.name} (${nuts.code})` : draft.nutsCode } : null}
            onChange={(item) => set('nutsCode', item?.id ?? '')}
            error={fieldError('nutsCode')}
          />
          <AsyncPicker
            id="org-nace"
            label={t('register.fields.nace')}
            hint={t('register.form.naceHint')}
            queryKey={['nace']}
            search={(q) => naceSearch(q).then((items) => items.map((n) => ({ id: n.code, label: `${n.code} ${n.title}` })))}
            value={draft.naceCode ? { id: draft.naceCode, label: nace ? `${nace.code} ${nace.title}` : draft.naceCode } : null}
            onChange={(item) => set('naceCode', item?.id ?? '')}
            error={fieldError('naceCode')}
          />
          <TextField id="org-lat" label={t('register.fields.lat')} hint={t('register.form.latHint')} inputMode="decimal" value={draft.lat} onChange={(e) => set('lat', e.target.value)} error={fieldError('lat')} autoComplete="off" />
          <TextField id="org-lon" label={t('register.fields.lon')} hint={t('register.form.lonHint')} inputMode="decimal" value={draft.lon} onChange={(e) => set('lon', e.target.value)} error={fieldError('lon')} autoComplete="off" />
        </div>
      </fieldset>

      <fieldset className="reg-form-section">
        <legend>{t('register.form.sectionThemes')}</legend>
        <Group id="org-themes" legend={t('register.fields.themes')} hint={t('register.form.themesHint')} error={groupError('themes')}>
          {vocab.isPending ? (
            <Loading />
          ) : (
            <div className="reg-check-grid">
              {vocab.data?.themes.map((th) => (
                <CheckboxField
                  key={th.code}
                  id={`org-theme-${th.code}`}
                  label={themeLabel(vocab.data, th.code, lng)}
                  checked={draft.themes.includes(th.code)}
                  onChange={(e) => set('themes', e.target.checked ? [...draft.themes, th.code] : draft.themes.filter((c) => c !== th.code))}
                />
              ))}
            </div>
          )}
        </Group>
        <Group id="org-sdgs" legend={t('register.fields.sdgs')} error={groupError('sdgs')}>
          <div className="reg-check-grid sdg-grid">
            {sdgs.map((g) => (
              <div key={g.number} className="reg-check sdg-check">
                <input
                  id={`org-sdg-${g.number}`}
                  type="checkbox"
                  checked={draft.sdgs.includes(g.number)}
                  onChange={(e) => set('sdgs', e.target.checked ? [...draft.sdgs, g.number] : draft.sdgs.filter((n) => n !== g.number))}
                />
                <label htmlFor={`org-sdg-${g.number}`}>
                  <SdgMark n={g.number} />
                  <span>
                    <span className="visually-hidden">{t('register.sdg.goal', { number: g.number })}: </span>
                    {g.titles[lng] ?? g.titles.en}
                  </span>
                </label>
              </div>
            ))}
          </div>
        </Group>
        <TextField
          id="org-tags"
          label={t('register.fields.tags')}
          hint={t('register.form.tagsHint')}
          value={draft.tags}
          onChange={(e) => set('tags', e.target.value)}
          error={groupError('tags')}
          autoComplete="off"
        />
      </fieldset>

      <fieldset className="reg-form-section">
        <legend>{t('register.form.sectionMore')}</legend>
        <TextField
          id="org-website"
          type="url"
          label={t('register.fields.website')}
          hint={t('register.form.websiteHint')}
          value={draft.website}
          onChange={(e) => set('website', e.target.value)}
          error={fieldError('website')}
          autoComplete="url"
          maxLength={500}
        />
        <TextAreaField id="org-description" label={t('register.fields.description')} value={draft.description} onChange={(e) => set('description', e.target.value)} error={fieldError('description')} rows={5} maxLength={10000} />
        <SelectField id="org-responsible" label={t('register.fields.responsible')} hint={t('register.form.responsibleHint')} value={draft.responsibleUserId} onChange={(e) => set('responsibleUserId', e.target.value)} error={fieldError('responsibleUserId')}>
          <option value="">{t('register.form.noResponsible')}</option>
          {draft.responsibleUserId && !members.some((m) => m.userId === draft.responsibleUserId) && org?.responsibleUser ? (
            <option value={org.responsibleUser.id}>{org.responsibleUser.name}</option>
          ) : null}
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <CheckboxField id="org-local" label={t('register.fields.isLocal')} hint={t('register.form.localHint')} checked={draft.isLocal} onChange={(e) => set('isLocal', e.target.checked)} error={fieldError('isLocal')} />
        <CheckboxField id="org-own" label={t('register.fields.isOwn')} hint={t('register.form.ownHint')} checked={draft.isOwn} onChange={(e) => set('isOwn', e.target.checked)} error={fieldError('isOwn')} />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : org ? t('register.form.save') : t('register.form.create')}
        </button>
        <Link to={org ? paths.organisation(org.id) : paths.list} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

const PLACED = /^(name|kind|country|city|lat|lon|nutsCode|naceCode|website|description|responsibleUserId|isLocal|isOwn|names\.[a-z]{2}|identifiers\.\d+(\.(value|scheme))?|themes(\.\d+)?|sdgs(\.\d+)?|tags(\.\d+)?)$/;
const isPlaced = (field: string) => PLACED.test(field);

/** Names in other languages: one row per language. */
function NameRows({ draft, setDraft, fieldError }: { draft: OrgDraft; setDraft: (f: (d: OrgDraft) => OrgDraft) => void; fieldError: (f: string) => string | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const update = (key: number, patch: Partial<OrgDraft['names'][number]>) => setDraft((d) => ({ ...d, names: d.names.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  return (
    <Group id="org-names" className="reg-form-grid-wide" legend={t('register.fields.names')} hint={t('register.form.namesHint')}>
      {draft.names.map((row, i) => (
        <div key={row.key} className="reg-row-fields">
          <SelectField id={`org-name-lang-${i}`} label={t('register.form.language')} value={row.lang} onChange={(e) => update(row.key, { lang: e.target.value })}>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lng)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`org-name-${i}`}
            label={t('register.form.nameIn', { language: languageName(row.lang, lng) })}
            value={row.name}
            lang={row.lang}
            onChange={(e) => update(row.key, { name: e.target.value })}
            error={fieldError(`names.${row.lang}`)}
            maxLength={300}
          />
          <button
            type="button"
            className="button button--small button--danger-outline reg-row-remove"
            onClick={() => {
              setDraft((d) => ({ ...d, names: d.names.filter((r) => r.key !== row.key) }));
              document.getElementById('org-add-name')?.focus();
            }}
          >
            {t('register.form.remove')}
            <span className="visually-hidden"> {t('register.form.nameIn', { language: languageName(row.lang, lng) })}</span>
          </button>
        </div>
      ))}
      <button
        id="org-add-name"
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          const i = draft.names.length;
          const used = new Set(draft.names.map((r) => r.lang));
          const lang = LANGUAGE_CODES.find((c) => !used.has(c) && c !== lng) ?? 'en';
          setDraft((d) => ({ ...d, names: [...d.names, { key: rowKey(), lang, name: '' }] }));
          requestAnimationFrame(() => document.getElementById(`org-name-${i}`)?.focus());
        }}
      >
        {t('register.form.addName')}
      </button>
    </Group>
  );
}
