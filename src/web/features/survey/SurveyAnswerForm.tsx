// The survey form a company fills in through its personal link. Server checks come back as
// 422 field errors (`partners.0.country`): each is shown at its field, and a summary at the top
// links to them and takes the focus, so nobody has to hunt for what went wrong.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { errorTitle } from '../../components/Feedback.tsx';
import { countryOptions } from '../maps/countries.ts';
import { CountryPicker } from './CountryPicker.tsx';
import { postSurveyAnswer, SURVEY_INTERESTS, SURVEY_PARTNER_TYPES, type Interest, type PartnerType, type SurveyAnswer, type SurveyFormInfo } from './api.ts';

interface PartnerRow {
  key: number;
  name: string;
  country: string;
  type: PartnerType | '';
}

interface Props {
  token: string;
  info: SurveyFormInfo;
  onReceived: (receivedAt: string) => void;
}

export function SurveyAnswerForm({ token, info, onReceived }: Props) {
  const { t, i18n } = useTranslation();
  const [exportsAnswer, setExports] = useState<boolean | null>(null);
  const [exportCountries, setExportCountries] = useState<string[]>([]);
  const [importsAnswer, setImports] = useState<boolean | null>(null);
  const [importCountries, setImportCountries] = useState<string[]>([]);
  const [partners, setPartners] = useState<PartnerRow[]>([]);
  const [interests, setInterests] = useState<Interest[]>([]);
  const [comment, setComment] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const nextKey = useRef(1);
  const focusAfterAdd = useRef<number | null>(null);
  /** Which row each sent partner came from (empty rows are not sent), to place `partners.N.*` errors. */
  const [sentRows, setSentRows] = useState<number[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  const submit = useMutation({
    mutationFn: (body: SurveyAnswer) => postSurveyAnswer(token, body),
    onSuccess: (r) => onReceived(r.receivedAt),
  });
  const error = submit.error instanceof ApiError ? submit.error : null;

  useEffect(() => {
    if (submit.error) summaryRef.current?.focus();
  }, [submit.error]);
  useEffect(() => {
    if (focusAfterAdd.current !== null) {
      document.getElementById(`partner-${focusAfterAdd.current}-name`)?.focus();
      focusAfterAdd.current = null;
    }
  }, [partners]);

  /** The message for a field, in words that fit this form where the generic one would not. */
  function messageFor(field: string, code: string, message: string): string {
    if (field === 'exports' || field === 'imports') return t('survey.form.errors.yesNo');
    if (/^partners\.\d+\.name$/.test(field)) return code === 'required' ? t('survey.form.errors.partnerName') : message;
    if (/^partners\.\d+\.country$/.test(field) || /^(export|import)Countries\.\d+$/.test(field)) return t('survey.form.errors.country');
    if (/^partners\.\d+\.type$/.test(field)) return t('survey.form.errors.partnerType');
    return message;
  }

  /** Where a server field lives in this form: the id of the element that shows its error. */
  function targetOf(field: string): { errorAt: string; focus: string } | null {
    if (field === 'exports') return { errorAt: 'survey-exports', focus: 'survey-exports-yes' };
    if (field === 'imports') return { errorAt: 'survey-imports', focus: 'survey-imports-yes' };
    if (field.startsWith('exportCountries')) return { errorAt: 'survey-export-countries', focus: 'survey-export-countries-search' };
    if (field.startsWith('importCountries')) return { errorAt: 'survey-import-countries', focus: 'survey-import-countries-search' };
    const p = /^partners\.(\d+)\.(name|country|type)$/.exec(field);
    if (p) {
      const key = sentRows[Number(p[1])];
      return key === undefined ? null : { errorAt: `partner-${key}-${p[2]}`, focus: `partner-${key}-${p[2]}` };
    }
    if (field.startsWith('interests')) return { errorAt: 'survey-interests', focus: `survey-interest-${SURVEY_INTERESTS[0]}` };
    if (field === 'comment') return { errorAt: 'survey-comment', focus: 'survey-comment' };
    if (field === 'contactName') return { errorAt: 'survey-contact-name', focus: 'survey-contact-name' };
    if (field === 'contactEmail') return { errorAt: 'survey-contact-email', focus: 'survey-contact-email' };
    return null;
  }

  const errors = (error?.fieldErrors ?? []).map((e) => ({ ...e, text: messageFor(e.field, e.code, e.message), target: targetOf(e.field) }));
  const errorAt = (id: string) => errors.find((e) => e.target?.errorAt === id)?.text;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const rows = partners.filter((p) => p.name.trim() || p.country || p.type);
    setSentRows(rows.map((p) => p.key));
    const body: SurveyAnswer = {
      // null is sent as missing: the server answers "required" and the form points at the question.
      ...(exportsAnswer === null ? {} : { exports: exportsAnswer }),
      exportCountries: exportsAnswer ? exportCountries : [],
      ...(importsAnswer === null ? {} : { imports: importsAnswer }),
      importCountries: importsAnswer ? importCountries : [],
      partners: rows.map((p) => ({ name: p.name, country: p.country, type: p.type as PartnerType })),
      interests,
      comment,
      ...(contactName.trim() ? { contactName } : {}),
      ...(contactEmail.trim() ? { contactEmail } : {}),
    } as SurveyAnswer;
    submit.mutate(body);
  }

  function addPartner() {
    const key = nextKey.current++;
    focusAfterAdd.current = key;
    setPartners((list) => [...list, { key, name: '', country: '', type: '' }]);
  }

  function removePartner(index: number) {
    setPartners((list) => list.filter((_, i) => i !== index));
    // Focus goes to the "add" button so it is not lost with the removed row.
    requestAnimationFrame(() => document.getElementById('survey-add-partner')?.focus());
  }

  const updatePartner = (key: number, patch: Partial<PartnerRow>) => setPartners((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const countries = countryOptions(i18n.language);

  return (
    <form onSubmit={onSubmit} noValidate className="survey-form">
      {submit.error ? (
        <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="alert-title">{errorTitle(submit.error, t('errors.unexpected'))}</p>
          {errors.length ? (
            <ul className="error-summary-list">
              {errors.map((e) => (
                <li key={e.field}>
                  {e.target ? (
                    <a
                      href={`#${e.target.focus}`}
                      onClick={(ev) => {
                        ev.preventDefault();
                        const el = document.getElementById(e.target!.focus);
                        el?.focus();
                        el?.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {e.text}
                    </a>
                  ) : (
                    e.text
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <section className="survey-section" aria-labelledby="survey-trade-heading">
        <h2 id="survey-trade-heading">{t('survey.form.tradeHeading')}</h2>
        <YesNo id="survey-exports" legend={t('survey.form.exports', { company: info.organisationName })} value={exportsAnswer} onChange={setExports} error={errorAt('survey-exports')} />
        {exportsAnswer ? (
          <CountryPicker
            id="survey-export-countries"
            legend={t('survey.form.exportCountries')}
            hint={t('survey.form.countriesHint')}
            value={exportCountries}
            onChange={setExportCountries}
            error={errorAt('survey-export-countries')}
          />
        ) : null}
        <YesNo id="survey-imports" legend={t('survey.form.imports', { company: info.organisationName })} value={importsAnswer} onChange={setImports} error={errorAt('survey-imports')} />
        {importsAnswer ? (
          <CountryPicker
            id="survey-import-countries"
            legend={t('survey.form.importCountries')}
            hint={t('survey.form.countriesHint')}
            value={importCountries}
            onChange={setImportCountries}
            error={errorAt('survey-import-countries')}
          />
        ) : null}
      </section>

      <section className="survey-section" aria-labelledby="survey-partners-heading">
        <h2 id="survey-partners-heading">{t('survey.form.partnersHeading')}</h2>
        <p className="field-hint">{t('survey.form.partnersHint')}</p>
        {partners.map((p, i) => (
          <fieldset key={p.key} className="partner-row">
            <legend>{t('survey.form.partnerLegend', { number: i + 1 })}</legend>
            <TextField
              id={`partner-${p.key}-name`}
              label={t('survey.form.partnerName')}
              value={p.name}
              onChange={(e) => updatePartner(p.key, { name: e.target.value })}
              error={errorAt(`partner-${p.key}-name`)}
              autoComplete="organization"
              aria-required="true"
            />
            <SelectField
              id={`partner-${p.key}-country`}
              label={t('survey.form.partnerCountry')}
              value={p.country}
              onChange={(e) => updatePartner(p.key, { country: e.target.value })}
              error={errorAt(`partner-${p.key}-country`)}
              aria-required="true"
            >
              <Options empty={t('survey.form.chooseCountry')} items={countries} value={(c) => c.code} label={(c) => c.name} />
            </SelectField>
            <SelectField
              id={`partner-${p.key}-type`}
              label={t('survey.form.partnerType')}
              value={p.type}
              onChange={(e) => updatePartner(p.key, { type: e.target.value as PartnerType | '' })}
              error={errorAt(`partner-${p.key}-type`)}
              aria-required="true"
            >
              <Options empty={t('survey.form.chooseType')} items={SURVEY_PARTNER_TYPES} value={(type) => type} label={(type) => t(`survey.partnerTypes.${type}`)} />
            </SelectField>
            <div className="partner-row-actions">
              <button type="button" className="button button--small button--danger-outline" onClick={() => removePartner(i)}>
                {t('survey.form.removePartner', { number: i + 1 })}
              </button>
            </div>
          </fieldset>
        ))}
        <button type="button" id="survey-add-partner" className="button button--secondary" onClick={addPartner}>
          {partners.length ? t('survey.form.addAnotherPartner') : t('survey.form.addPartner')}
        </button>
      </section>

      <section className="survey-section" aria-labelledby="survey-support-heading">
        <h2 id="survey-support-heading">{t('survey.form.supportHeading')}</h2>
        <fieldset className="choice-group" id="survey-interests">
          <legend>{t('survey.form.interests', { workspace: info.workspaceName })}</legend>
          <p className="field-hint">{t('survey.form.interestsHint')}</p>
          {SURVEY_INTERESTS.map((i) => (
            <div className="check" key={i}>
              <input
                type="checkbox"
                id={`survey-interest-${i}`}
                checked={interests.includes(i)}
                onChange={(e) => setInterests((list) => (e.target.checked ? [...list, i] : list.filter((x) => x !== i)))}
              />
              <label htmlFor={`survey-interest-${i}`}>{t(`survey.interests.${i}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextArea id="survey-comment" label={t('survey.form.comment')} hint={t('survey.form.commentHint')} value={comment} onChange={setComment} error={errorAt('survey-comment')} maxLength={2000} />
      </section>

      <section className="survey-section" aria-labelledby="survey-contact-heading">
        <h2 id="survey-contact-heading">{t('survey.form.contactHeading')}</h2>
        <p className="field-hint">{t('survey.form.contactHint')}</p>
        <TextField id="survey-contact-name" label={t('survey.form.contactName')} autoComplete="name" value={contactName} onChange={(e) => setContactName(e.target.value)} error={errorAt('survey-contact-name')} />
        <TextField
          id="survey-contact-email"
          label={t('survey.form.contactEmail')}
          type="email"
          autoComplete="email"
          value={contactEmail}
          onChange={(e) => setContactEmail(e.target.value)}
          error={errorAt('survey-contact-email')}
        />
      </section>

      <section className="survey-section survey-privacy" aria-labelledby="survey-privacy-heading">
        <h2 id="survey-privacy-heading">{t('survey.form.privacyHeading')}</h2>
        <p>{t('survey.form.privacyUse', { workspace: info.workspaceName })}</p>
        <p>{t('survey.form.privacyPersonal', { workspace: info.workspaceName })}</p>
      </section>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('common.working') : t('survey.form.submit')}
        </button>
      </div>
    </form>
  );
}

function YesNo({ id, legend, value, onChange, error }: { id: string; legend: ReactNode; value: boolean | null; onChange: (v: boolean) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className={`choice-group choice-group--inline${error ? ' field--invalid' : ''}`} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="check">
        <input type="radio" id={`${id}-yes`} name={id} checked={value === true} onChange={() => onChange(true)} />
        <label htmlFor={`${id}-yes`}>{t('common.yes')}</label>
      </div>
      <div className="check">
        <input type="radio" id={`${id}-no`} name={id} checked={value === false} onChange={() => onChange(false)} />
        <label htmlFor={`${id}-no`}>{t('common.no')}</label>
      </div>
    </fieldset>
  );
}

function TextArea({ id, label, hint, value, onChange, error, maxLength }: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: string; maxLength?: number }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <textarea id={id} rows={4} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
    </div>
  );
}
