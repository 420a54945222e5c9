// The dry run's answer: how many rows are good, every bad row by sheet row and column with the
// reason in the reader's language, the rows that may already be in the register (similar names
// are left out unless the person ticks them in; a relation the register has is always left out),
// and the button that starts the import.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { duplicateReasonLabel } from './labels.ts';
import { errorRows, rowsToImport, similarRows, skipList } from './plan.ts';
import { useImportPaths } from './rights.ts';
import type { DryRun, ImportKind, RowError } from './types.ts';

export function DryRunResult({ kind, dry, onImport }: { kind: ImportKind; dry: DryRun; onImport: (skipRows: number[]) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useImportPaths();
  const [skip, setSkip] = useState(() => new Set(similarRows(dry)));
  const heading = useRef<HTMLHeadingElement>(null);
  // The result replaces the wait: take the reader to it.
  useEffect(() => heading.current?.focus(), []);

  const bad = errorRows(dry);
  const count = rowsToImport(dry, skip);
  const n = (v: number) => formatNumber(v, lng);
  const toggle = (row: number, leaveOut: boolean) =>
    setSkip((s) => {
      const next = new Set(s);
      if (leaveOut) next.add(row);
      else next.delete(row);
      return next;
    });

  return (
    <section className="panel" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title" ref={heading} tabIndex={-1}>
        {t('imports.dryRun.title')}
      </h2>
      <p role="status" className="import-summary">
        {t('imports.dryRun.summary', { count: dry.total, total: n(dry.total), good: n(dry.valid), bad: n(bad.size) })}{' '}
        {t('imports.dryRun.nothingWritten')}
      </p>
      <dl className="import-counts">
        <div>
          <dt>{t('imports.dryRun.total')}</dt>
          <dd>{n(dry.total)}</dd>
        </div>
        <div>
          <dt>{t('imports.dryRun.good')}</dt>
          <dd>{n(dry.valid)}</dd>
        </div>
        <div className={bad.size ? 'import-count--bad' : undefined}>
          <dt>{t('imports.dryRun.bad')}</dt>
          <dd>{n(bad.size)}</dd>
        </div>
        <div>
          <dt>{t('imports.dryRun.duplicates')}</dt>
          <dd>{n(dry.duplicates.length)}</dd>
        </div>
      </dl>
      {dry.truncated ? <p className="alert alert--info">{t('imports.dryRun.truncated')}</p> : null}

      <h3>{t('imports.dryRun.errorsTitle')}</h3>
      {dry.errors.length ? (
        <>
          <p className="import-intro">{t('imports.dryRun.errorsHint')}</p>
          <ProblemTable caption={t('imports.dryRun.errorsTitle')} problems={dry.errors} />
        </>
      ) : (
        <p>{t('imports.dryRun.noErrors')}</p>
      )}

      <h3>{t('imports.dryRun.duplicatesTitle')}</h3>
      {dry.duplicates.length ? (
        <>
          <p className="import-intro">{kind === 'relations' ? t('imports.dryRun.duplicatesHintRelations') : t('imports.dryRun.duplicatesHint')}</p>
          <TableWrap label={t('imports.dryRun.duplicatesTitle')}>
            <table className="table import-duplicates">
              <caption className="visually-hidden">{t('imports.dryRun.duplicatesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="reg-num">
                    {t('imports.dryRun.row')}
                  </th>
                  <th scope="col">{t('imports.dryRun.inRegister')}</th>
                  <th scope="col">{t('imports.dryRun.why')}</th>
                  <th scope="col">{t('imports.dryRun.leaveOut')}</th>
                </tr>
              </thead>
              <tbody>
                {dry.duplicates.map((d) => (
                  <tr key={d.row}>
                    <th scope="row" className="reg-num">
                      {d.row}
                    </th>
                    <td className="cell-break">{d.organisationId ? <Link to={paths.organisation(d.organisationId)}>{d.name}</Link> : d.name}</td>
                    <td>{duplicateReasonLabel(t, d.reason)}</td>
                    <td>
                      {bad.has(d.row) ? (
                        <span className="muted">{t('imports.dryRun.hasErrors')}</span>
                      ) : d.reason === 'similar_name' ? (
                        <span className="reg-check import-skip">
                          <input id={`skip-${d.row}`} type="checkbox" checked={skip.has(d.row)} onChange={(e) => toggle(d.row, e.target.checked)} />
                          <label htmlFor={`skip-${d.row}`}>{t('imports.dryRun.leaveOutRow', { row: d.row })}</label>
                        </span>
                      ) : (
                        t('imports.dryRun.alwaysLeftOut')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : (
        <p>{t('imports.dryRun.noDuplicates')}</p>
      )}

      <div className="form-actions import-go">
        {count > 0 ? (
          <button type="button" className="button button--primary" onClick={() => onImport(skipList(skip))}>
            {t('imports.dryRun.import', { count, n: n(count) })}
          </button>
        ) : (
          <p className="alert alert--info">{t('imports.dryRun.nothing')}</p>
        )}
      </div>
    </section>
  );
}

/** Rows that could not be imported: sheet row, column and the reason in the reader's language. */
export function ProblemTable({ caption, problems }: { caption: string; problems: RowError[] }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={caption}>
      <table className="table import-problems">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="reg-num">
              {t('imports.dryRun.row')}
            </th>
            <th scope="col">{t('imports.dryRun.column')}</th>
            <th scope="col">{t('imports.dryRun.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.row}-${p.field}-${i}`}>
              <th scope="row" className="reg-num">
                {p.row}
              </th>
              {/* Column names keep their words whole; a message may quote a long cell, so it may break anywhere. */}
              <td>{p.column ?? <span className="muted">{t('imports.dryRun.noColumn')}</span>}</td>
              <td className="cell-break">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
