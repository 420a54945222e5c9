// Step 2b: what the values of the coded columns mean. For each column mapped to a coded field
// (an organisation's type, country, NUTS region, sector, local; a relation's type, status and
// countries) the file's distinct values are listed with how many rows each has and what each will
// become: a sure meaning is shown as it is and can be changed; a guess (“Local public body” looks
// like a municipality) is offered, and used only when the person takes it; an ambiguous name lists
// its candidates; an unknown value waits for a choice, or its rows are reported as errors.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { countryOptions } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { kindLabel, relationTypeLabel, statusLabel } from '../register/labels.ts';
import { useVocabularies } from '../register/queries.ts';
import { ORG_KINDS, RELATION_STATUSES } from '../register/types.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { importFieldLabel } from './labels.ts';
import type { ColumnValues, ValueChoices, ValueEntry } from './types.ts';

const SHOWN = 20;
/** The select's value for "leave the field empty" (sent as ''). */
const EMPTY = '\u0000';

interface Props {
  data: ColumnValues | undefined;
  isPending: boolean;
  error: unknown;
  choices: ValueChoices;
  onChoose: (field: string, value: string, code: string | null) => void;
}

export function ValuesStep({ data, isPending, error, choices, onChoose }: Props) {
  const { t } = useTranslation();
  if (isPending) return <Loading label={t('imports.values.loading')} />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.fields.length) return <p className="import-intro">{t('imports.values.none')}</p>;
  return (
    <>
      {data.fields.map((f) => (
        <FieldValues key={f.field} field={f.field} column={f.column} values={f.values} chosen={choices[f.field] ?? {}} onChoose={(value, code) => onChoose(f.field, value, code)} />
      ))}
    </>
  );
}

function FieldValues({ field, column, values, chosen, onChoose }: { field: string; column: string; values: ValueEntry[]; chosen: Record<string, string>; onChoose: (value: string, code: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const n = (v: number) => formatNumber(v, i18n.language);
  const guesses = values.filter((v) => v.how === 'guess' && chosen[v.value] === undefined);
  const open = values.filter((v) => (v.how === 'unknown' || v.how === 'ambiguous') && chosen[v.value] === undefined);
  const shown = all ? values : values.slice(0, SHOWN);
  const id = `values-${field.replace(/\W/g, '-')}`;
  const label = importFieldLabel(t, field);
  return (
    <section className="import-values" aria-labelledby={id}>
      <h3 id={id}>{t('imports.values.fieldTitle', { field: label, column })}</h3>
      <p className="field-hint">
        {t('imports.values.counts', { count: values.length, n: n(values.length) })}
        {open.length ? ` ${t('imports.values.open', { count: open.length, n: n(open.length) })}` : ''}
      </p>
      {guesses.length ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => guesses.forEach((g) => onChoose(g.value, g.suggestion!.code))}>
            {t('imports.values.acceptGuesses', { count: guesses.length, n: n(guesses.length) })}
          </button>
        </p>
      ) : null}
      <TableWrap label={t('imports.values.caption', { field: label })}>
        <table className="table import-values-table">
          <caption className="visually-hidden">{t('imports.values.caption', { field: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.values.value')}</th>
              <th scope="col" className="reg-num">
                {t('imports.values.rows')}
              </th>
              <th scope="col">{t('imports.values.becomes')}</th>
              <th scope="col">{t('imports.values.note')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v, i) => (
              <tr key={v.value}>
                <th scope="row" className="cell-break">
                  {v.value}
                </th>
                <td className="reg-num">{n(v.rows)}</td>
                <td>
                  <Target field={field} entry={v} id={`${id}-${i}`} chosen={chosen[v.value]} onChoose={(code) => onChoose(v.value, code)} />
                </td>
                <td className="cell-break">
                  <Note entry={v} chosen={chosen[v.value]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {values.length > SHOWN ? (
        <button type="button" className="button button--link" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? t('imports.values.showFewer') : t('imports.values.showAll', { n: n(values.length) })}
        </button>
      ) : null}
    </section>
  );
}

function Note({ entry, chosen }: { entry: ValueEntry; chosen: string | undefined }) {
  const { t } = useTranslation();
  if (chosen !== undefined || entry.how === 'chosen') return <span className="badge badge--ok">{t('imports.values.how.chosen')}</span>;
  if (entry.how === 'code' || entry.how === 'known') return <span className="muted">{t(`imports.values.how.${entry.how}`)}</span>;
  return (
    <>
      <span className={`badge ${entry.how === 'guess' ? 'badge--warn' : 'badge--bad'}`}>{t(`imports.values.how.${entry.how}`)}</span> {entry.message}
    </>
  );
}

/** The code a value becomes: a choice among the field's targets, or a code typed in. */
function Target({ field, entry, id, chosen, onChoose }: { field: string; entry: ValueEntry; id: string; chosen: string | undefined; onChoose: (code: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id);
  const countries = useMemo(() => countryOptions(intlLocale(i18n.language)), [i18n.language]);
  const base = field.endsWith('.country') ? 'country' : field;
  const sure = entry.how === 'code' || entry.how === 'known' || entry.how === 'chosen';
  // What the select shows: the person's choice, else a sure meaning; a guess waits to be taken.
  const current = chosen !== undefined ? (chosen === '' ? EMPTY : chosen) : sure ? (entry.suggestion?.code ?? EMPTY) : '';
  const label = t('imports.values.targetLabel', { value: entry.value });
  const set = (v: string) => onChoose(v === '' ? null : v === EMPTY ? '' : v);

  const fixed: { code: string; label: string }[] | null =
    base === 'kind'
      ? ORG_KINDS.map((k) => ({ code: k, label: kindLabel(t, k) }))
      : base === 'status'
        ? RELATION_STATUSES.map((s) => ({ code: s, label: statusLabel(t, s) }))
        : base === 'isLocal'
          ? [
              { code: 'true', label: t('imports.values.yes') },
              { code: 'false', label: t('imports.values.no') },
            ]
          : base === 'type'
            ? (vocab.data?.relationTypes ?? []).map((r) => ({ code: r.code, label: relationTypeLabel(t, vocab.data, r.code, i18n.language) }))
            : base === 'country'
              ? countries.map((c) => ({ code: c.code, label: c.name }))
              : entry.candidates.length
                ? entry.candidates.map((c) => ({ code: c.code, label: `${c.code} ${c.label ?? ''}`.trim() }))
                : null;

  if (fixed) {
    const guess = entry.how === 'guess' && entry.suggestion ? entry.suggestion : null;
    return (
      <>
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <select id={id} value={current} onChange={(e) => set(e.target.value)}>
          {!sure && chosen === undefined ? <option value="">{t('imports.values.choose')}</option> : null}
          {guess ? <option value={guess.code}>{t('imports.values.suggested', { label: fixed.find((f) => f.code === guess.code)?.label ?? guess.code })}</option> : null}
          {fixed.map((f) => (
            <option key={f.code} value={f.code}>
              {f.label}
            </option>
          ))}
          <option value={EMPTY}>{t('imports.values.leaveEmpty')}</option>
        </select>
      </>
    );
  }
  // NUTS and NACE: a code, with its name when it is known.
  const typed = chosen ?? (sure ? (entry.suggestion?.code ?? '') : '');
  return (
    <div className="import-value-code">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="text" inputMode="text" size={8} value={typed} placeholder={base === 'nutsCode' ? 'SE331' : '62.10'} onChange={(e) => onChoose(e.target.value.trim() ? e.target.value.trim().toUpperCase() : null)} />
      {sure && entry.suggestion?.label && chosen === undefined ? <span className="muted"> {entry.suggestion.label}</span> : null}
    </div>
  );
}
