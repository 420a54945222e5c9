// Step 2: what each column of the file holds. Every column gets a select with the server's
// suggestion chosen; values for empty cells (type, country) can be set; "Check all rows" asks
// for a dry run, whose result (DryRunResult) says what an import would do before it is started.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { SelectField } from '../../components/Field.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { countryOptions } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import { kindLabel } from '../register/labels.ts';
import { ORG_KINDS } from '../register/types.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { DryRunResult } from './DryRunResult.tsx';
import { importFieldLabel } from './labels.ts';
import { fieldsUsedTwice, initialMapping } from './plan.ts';
import { dryRun } from './queries.ts';
import { ORGANISATION_IMPORT_FIELDS, type Defaults, type Mapping, type Plan, type Upload } from './types.ts';

interface Props {
  importId: string;
  columns: string[];
  upload: Upload | undefined;
  /** The server's suggestion, or the plan of a run that could not start. */
  initial: { mapping: Mapping; defaults: Defaults };
  onImport: (plan: Plan) => void;
}

export function MappingStep({ importId, columns, upload, initial, onImport }: Props) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(columns, initial.mapping));
  const [defaults, setDefaults] = useState<Defaults>(initial.defaults);
  const [shown, setShown] = useState(false);
  const countries = useMemo(() => countryOptions(intlLocale(i18n.language)), [i18n.language]);
  const form = useRef<HTMLFormElement>(null);
  const check = useMutation({ mutationFn: () => dryRun(ws.id, importId, mapping, defaults) });

  const twice = fieldsUsedTwice(mapping);
  const noName = !Object.values(mapping).includes('name');
  const serverError = (column: string) => (check.error instanceof ApiError ? check.error.fieldMessage(`mapping.${column}`) : undefined);
  const errorOf = (column: string) => (shown && twice.has(mapping[column]!) ? t('imports.mapping.usedTwice', { field: importFieldLabel(t, mapping[column]!) }) : serverError(column));
  const generalError = shown && noName ? t('imports.mapping.nameRequired') : check.error instanceof ApiError ? check.error.fieldMessage('mapping') : undefined;

  function change(next: () => void) {
    next();
    // A result of another mapping would mislead: the rows are checked again.
    check.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setShown(true);
    if (twice.size || noName) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('#mapping-error, [aria-invalid="true"]')?.focus());
      return;
    }
    check.mutate();
  }

  const samples = (index: number) => (upload?.sampleRows ?? []).map((r) => r[index] ?? '').filter((v) => v.trim() !== '').slice(0, 3);
  return (
    <>
      <section className="panel" aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('imports.mapping.title')}</h2>
        <p className="import-intro">{t('imports.mapping.intro')}</p>
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
                  {upload ? <th scope="col">{t('imports.mapping.examples')}</th> : null}
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
                      {upload ? <td className="cell-break import-samples">{samples(i).join(' · ') || <span className="muted">–</span>}</td> : null}
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
                            {ORGANISATION_IMPORT_FIELDS.map((f) => (
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
              <SelectField id="import-default-kind" label={t('imports.fields.kind')} value={defaults.kind ?? ''} onChange={(e) => change(() => setDefaults((d) => ({ ...d, kind: e.target.value || undefined })))}>
                <option value="">{t('imports.mapping.defaultKind', { kind: kindLabel(t, 'other') })}</option>
                {ORG_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(t, k)}
                  </option>
                ))}
              </SelectField>
              <SelectField id="import-default-country" label={t('imports.fields.country')} value={defaults.country ?? ''} onChange={(e) => change(() => setDefaults((d) => ({ ...d, country: e.target.value || undefined })))}>
                <option value="">{t('imports.mapping.defaultCountry')}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
            </div>
          </fieldset>
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
      {check.data ? <DryRunResult key={check.submittedAt} dry={check.data} onImport={(skipRows) => onImport({ mapping, defaults, skipRows })} /> : null}
    </>
  );
}
