// Step 2: what each column of the file holds. Every column gets a select of the fields of the
// import's kind with the server's suggestion (or the choices saved for files with these columns)
// chosen; values for empty cells (an organisation's kind and country, a relation's status) can be
// set; the values of coded columns are matched (ValuesStep); "Check all rows" asks for a dry run,
// whose result (CheckResult) says what an import would do before it is started.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Options, SelectField } from '../../components/Field.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { countryOptions } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import { kindLabel, statusLabel } from '../register/labels.ts';
import { ORG_KINDS, RELATION_STATUSES } from '../register/types.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { CheckResult } from './CheckResult.tsx';
import { importFieldLabel, missingFieldMessage } from './labels.ts';
import { choicesToSend, fieldsUsedTwice, initialMapping, missingFields } from './plan.ts';
import { dryRun, useColumnValues } from './queries.ts';
import { CODED_FIELDS, IMPORT_FIELDS, REQUIRED_FIELDS, type Defaults, type ExistingAction, type ImportKind, type Mapping, type Plan, type SimilarAction, type ValueChoices } from './types.ts';
import { ValuesStep } from './ValuesStep.tsx';

interface Props {
  importId: string;
  kind: ImportKind;
  columns: string[];
  /** The first rows of the file, for examples next to each column. */
  sampleRows: string[][];
  /** The server's suggestion (with choices saved for files of this shape), or the plan of a run that could not start. */
  initial: { mapping: Mapping; defaults: Defaults; values: ValueChoices; existing: ExistingAction; similar: SimilarAction };
  onImport: (plan: Plan) => void;
}

export function MappingStep({ importId, kind, columns, sampleRows, initial, onImport }: Props) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(columns, initial.mapping));
  const [defaults, setDefaults] = useState<Defaults>(initial.defaults);
  const [values, setValues] = useState<ValueChoices>(initial.values);
  const [shown, setShown] = useState(false);
  const countries = useMemo(() => countryOptions(intlLocale(i18n.language)), [i18n.language]);
  const form = useRef<HTMLFormElement>(null);
  const check = useMutation({ mutationFn: () => dryRun(ws.id, importId, mapping, defaults, choicesToSend(values)) });

  const twice = fieldsUsedTwice(mapping);
  const missing = missingFields(mapping, REQUIRED_FIELDS[kind]);
  // The values step lists the coded columns as soon as the mapping can be read.
  const coded = Object.values(mapping).some((f) => CODED_FIELDS[kind].includes(f));
  const columnValues = useColumnValues(ws.id, importId, mapping, defaults, choicesToSend(values), coded && !twice.size);
  const choose = (field: string, value: string, code: string | null) =>
    change(() =>
      setValues((v) => {
        const next = { ...(v[field] ?? {}) };
        if (code === null) delete next[value];
        else next[value] = code;
        return { ...v, [field]: next };
      }),
    );
  const serverError = (column: string) => (check.error instanceof ApiError ? check.error.fieldMessage(`mapping.${column}`) : undefined);
  const errorOf = (column: string) => (shown && twice.has(mapping[column]!) ? t('imports.mapping.usedTwice', { field: importFieldLabel(t, mapping[column]!) }) : serverError(column));
  const generalError = shown && missing.length ? missing.map((group) => missingFieldMessage(t, group)).join(' ') : check.error instanceof ApiError ? check.error.fieldMessage('mapping') : undefined;

  function change(next: () => void) {
    next();
    // A result of another mapping would mislead: the rows are checked again.
    check.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setShown(true);
    if (twice.size || missing.length) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('#mapping-error, [aria-invalid="true"]')?.focus());
      return;
    }
    check.mutate();
  }

  const samples = (index: number) => sampleRows.map((r) => r[index] ?? '').filter((v) => v.trim() !== '').slice(0, 3);
  const setDefault = (key: keyof Defaults, value: string) => change(() => setDefaults((d) => ({ ...d, [key]: value || undefined })));
  return (
    <>
      <section className="panel" aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('imports.mapping.title')}</h2>
        <p className="import-intro">{t('imports.mapping.intro')}</p>
        {kind === 'relations' ? <p className="import-intro">{t('imports.mapping.introRelations')}</p> : null}
        <form ref={form} onSubmit={submit} noValidate>
          {check.isError ? <ErrorAlert error={check.error} /> : null}
          {generalError ? (
            <p id="mapping-error" className="field-error" tabIndex={-1}>
              {generalError}
            </p>
          ) : null}
          <TableWrap label={t('imports.mapping.title')}>
            <table className="table import-mapping">
              <caption className="visually-hidden">{t('imports.mapping.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.mapping.column')}</th>
                  {sampleRows.length ? <th scope="col">{t('imports.mapping.examples')}</th> : null}
                  <th scope="col">{t('imports.mapping.field')}</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((column, i) => {
                  const error = errorOf(column);
                  return (
                    <tr key={column}>
                      <th scope="row" className="cell-break">
                        {column}
                      </th>
                      {sampleRows.length ? <td className="cell-break import-samples">{samples(i).join(' · ') || <span className="muted">–</span>}</td> : null}
                      <td>
                        <div className={`field import-map-field${error ? ' field--invalid' : ''}`}>
                          <label htmlFor={`map-${i}`} className="visually-hidden">
                            {t('imports.mapping.selectLabel', { column })}
                          </label>
                          {error ? (
                            <p id={`map-${i}-error`} className="field-error">
                              {error}
                            </p>
                          ) : null}
                          <select
                            id={`map-${i}`}
                            value={mapping[column] ?? 'ignore'}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `map-${i}-error` : undefined}
                            onChange={(e) => change(() => setMapping((m) => ({ ...m, [column]: e.target.value })))}
                          >
                            <option value="ignore">{t('imports.mapping.ignore')}</option>
                            {IMPORT_FIELDS[kind].map((f) => (
                              <option key={f} value={f}>
                                {importFieldLabel(t, f)}
                              </option>
                            ))}
                          </select>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          <fieldset className="import-defaults">
            <legend>{t('imports.mapping.defaults')}</legend>
            <p className="field-hint">{t('imports.mapping.defaultsHint')}</p>
            <div className="import-defaults-fields">
              {kind === 'organisations' ? (
                <>
                  <SelectField id="import-default-kind" label={t('imports.fields.kind')} value={defaults.kind ?? ''} onChange={(e) => setDefault('kind', e.target.value)}>
                    <Options empty={t('imports.mapping.defaultKind', { kind: kindLabel(t, 'other') })} items={ORG_KINDS} value={(k) => k} label={(k) => kindLabel(t, k)} />
                  </SelectField>
                  <SelectField id="import-default-country" label={t('imports.fields.country')} value={defaults.country ?? ''} onChange={(e) => setDefault('country', e.target.value)}>
                    <Options empty={t('imports.mapping.defaultCountry')} items={countries} value={(c) => c.code} label={(c) => c.name} />
                  </SelectField>
                </>
              ) : (
                <SelectField id="import-default-status" label={t('imports.fields.status')} value={defaults.status ?? ''} onChange={(e) => setDefault('status', e.target.value)}>
                  <Options empty={t('imports.mapping.defaultStatus', { status: statusLabel(t, 'active') })} items={RELATION_STATUSES} value={(status) => status} label={(status) => statusLabel(t, status)} />
                </SelectField>
              )}
            </div>
          </fieldset>
          <section className="import-values-step" aria-labelledby="values-title">
            <h2 id="values-title">{t('imports.values.title')}</h2>
            <p className="import-intro">{t('imports.values.intro')}</p>
            {coded ? (
              <ValuesStep data={columnValues.data} isPending={columnValues.isPending && columnValues.fetchStatus !== 'idle'} error={columnValues.error} choices={values} onChoose={choose} />
            ) : (
              <p className="import-intro">{t('imports.values.none')}</p>
            )}
          </section>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={check.isPending}>
              {check.isPending ? t('imports.mapping.checking') : t('imports.mapping.check')}
            </button>
          </div>
          <div role="status" className="visually-hidden">
            {check.isPending ? t('imports.mapping.checking') : ''}
          </div>
        </form>
      </section>
      {check.data ? (
        <CheckResult
          key={check.submittedAt}
          importId={importId}
          kind={kind}
          dry={check.data}
          version={check.submittedAt}
          initial={{ existing: initial.existing, similar: initial.similar }}
          onImport={(c) => onImport({ mapping, defaults, values: choicesToSend(values), skipRows: [], ...c })}
        />
      ) : null}
    </>
  );
}
