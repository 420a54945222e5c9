// The check's answer: how many organisations the file holds and how many of its rows repeat one
// of them or have errors; the organisations the register has (left as they are, filled in, or left
// out — for all, or row by row), the similar names the person decides on, the repeated rows with
// the values that differ, every row with an error, each list a page at a time; and the button that
// starts the import, saying what it will do.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { importFieldLabel, matchReasonLabel } from './labels.ts';
import { PagedRows, type Column } from './PagedRows.tsx';
import { decisionsOf, expectedCounts, type RowChoice } from './plan.ts';
import { useImportPaths } from './rights.ts';
import type { DecisionAction, DryRun, ExistingAction, ImportKind, ImportRow, SimilarAction } from './types.ts';

interface Props {
  importId: string;
  kind: ImportKind;
  dry: DryRun;
  /** Changes with every check, so the lists start again at their first page. */
  version: number;
  initial: { existing: ExistingAction; similar: SimilarAction };
  onImport: (choice: { existing: ExistingAction; similar: SimilarAction; decisions: ReturnType<typeof decisionsOf>; saveTemplate: boolean }) => void;
}

export function CheckResult({ importId, kind, dry, version, initial, onImport }: Props) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const paths = useImportPaths();
  const [existing, setExisting] = useState<ExistingAction>(initial.existing);
  const [similar, setSimilar] = useState<SimilarAction>(initial.similar);
  const [choices, setChoices] = useState<Map<number, RowChoice>>(new Map());
  const [save, setSave] = useState(true);
  const heading = useRef<HTMLHeadingElement>(null);
  // The result replaces the wait: take the reader to it.
  useEffect(() => heading.current?.focus(), []);

  const orgs = kind === 'organisations';
  const counts = expectedCounts(dry, existing, similar, choices);
  const choose = (row: number, found: RowChoice['found'], action: DecisionAction | '', organisationId?: string) =>
    setChoices((m) => {
      const next = new Map(m);
      if (action) next.set(row, { action, found, organisationId });
      else next.delete(row);
      return next;
    });
  const orgLink = (r: ImportRow) => (r.organisation ? <Link to={paths.organisation(r.organisation.id)}>{`${r.organisation.name} (${r.organisation.country})`}</Link> : <span className="muted">–</span>);
  const nameCell: Column = { key: 'name', header: t('imports.check.inFile'), className: 'cell-break', cell: (r) => r.name ?? <span className="muted">–</span> };
  const existingLabel = (a: string) => t(`imports.check.actions.${a}`);

  const rowChoice = (found: RowChoice['found'], options: DecisionAction[], fallback: string): Column => ({
    key: 'choice',
    header: t('imports.check.choice'),
    cell: (r) => (
      <>
        <label htmlFor={`choice-${r.row}`} className="visually-hidden">
          {t('imports.check.choiceFor', { row: r.row })}
        </label>
        <select id={`choice-${r.row}`} value={choices.get(r.row)?.action ?? ''} onChange={(e) => choose(r.row, found, e.target.value as DecisionAction | '', found === 'similar' ? r.organisation?.id : undefined)}>
          <option value="">{t('imports.check.asForAll', { action: existingLabel(fallback) })}</option>
          {options.filter((o) => o !== 'create' || found === 'similar' || r.reason === 'name').map((o) => (
            <option key={o} value={o}>
              {existingLabel(o)}
            </option>
          ))}
        </select>
      </>
    ),
  });

  const summary = orgs
    ? t('imports.check.summary', { count: dry.total, total: n(dry.total), organisations: n(dry.organisations), repeats: n(dry.repeats), errors: n(dry.errorRows) })
    : t('imports.check.summaryRelations', { count: dry.total, total: n(dry.total), links: n(dry.organisations), repeats: n(dry.repeats), errors: n(dry.errorRows) });
  const inRegister = dry.existing.identifier + dry.existing.name;
  const nothing = counts.create + counts.update + counts.leave === 0;
  const goLabel = orgs
    ? t('imports.check.go', { create: n(counts.create), update: n(counts.update), leave: n(counts.leave), skip: n(counts.skip) })
    : t('imports.check.goRelations', { count: dry.new, n: n(dry.new) });

  return (
    <section className="panel" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title" ref={heading} tabIndex={-1}>
        {t('imports.dryRun.title')}
      </h2>
      <p role="status" className="import-summary">
        {summary} {t('imports.dryRun.nothingWritten')}
      </p>
      <dl className="import-counts">
        <Count label={t('imports.dryRun.total')} value={n(dry.total)} />
        <Count label={orgs ? t('imports.check.organisations') : t('imports.check.links')} value={n(dry.organisations)} />
        <Count label={t('imports.check.new')} value={n(dry.new)} />
        <Count label={t('imports.check.inRegister')} value={n(inRegister)} />
        {orgs ? <Count label={t('imports.check.similar')} value={n(dry.similar)} /> : null}
        <Count label={t('imports.check.repeats')} value={n(dry.repeats)} />
        <Count label={t('imports.dryRun.bad')} value={n(dry.errorRows)} bad={dry.errorRows > 0} />
      </dl>

      <Part title={t('imports.check.inRegisterTitle', { n: n(inRegister) })} show={inRegister > 0}>
        {orgs ? (
          <>
            <p className="import-intro">{t('imports.check.inRegisterHint', { identifier: n(dry.existing.identifier), name: n(dry.existing.name) })}</p>
            <Choice name="existing" legend={t('imports.check.existingLegend')} value={existing} options={['leave', 'update', 'skip']} label={existingLabel} onChange={(v) => setExisting(v as ExistingAction)} />
          </>
        ) : (
          <p className="import-intro">{t('imports.check.existsHint')}</p>
        )}
        <PagedRows
          importId={importId}
          outcomes={orgs ? ['match'] : ['exists']}
          version={version}
          caption={t('imports.check.inRegisterTitle', { n: n(inRegister) })}
          empty={null}
          columns={
            orgs
              ? [nameCell, { key: 'org', header: t('imports.dryRun.inRegister'), className: 'cell-break', cell: orgLink }, { key: 'why', header: t('imports.dryRun.why'), cell: (r) => matchReasonLabel(t, r.reason ?? '') }, rowChoice('match', ['leave', 'update', 'skip', 'create'], existing)]
              : [nameCell]
          }
        />
      </Part>

      <Part title={t('imports.check.similarTitle', { n: n(dry.similar) })} show={orgs && dry.similar > 0}>
        <p className="import-intro">{t('imports.check.similarHint')}</p>
        <Choice name="similar" legend={t('imports.check.similarLegend')} value={similar} options={['skip', 'create', 'leave', 'update']} label={(a) => t(`imports.check.similarActions.${a}`)} onChange={(v) => setSimilar(v as SimilarAction)} />
        <PagedRows
          importId={importId}
          outcomes={['similar']}
          version={version}
          caption={t('imports.check.similarTitle', { n: n(dry.similar) })}
          empty={null}
          columns={[
            nameCell,
            { key: 'org', header: t('imports.check.resembles'), className: 'cell-break', cell: orgLink },
            { key: 'score', header: t('imports.check.alike'), className: 'reg-num', cell: (r) => (r.score !== null ? `${Math.round(r.score * 100)} %` : '–') },
            rowChoice('similar', ['skip', 'create', 'leave', 'update'], similar),
          ]}
        />
      </Part>

      <Part title={t('imports.check.repeatsTitle', { n: n(dry.repeats) })} show={dry.repeats > 0}>
        <p className="import-intro">{orgs ? t('imports.check.repeatsHint') : t('imports.check.repeatsHintRelations')}</p>
        <PagedRows
          importId={importId}
          outcomes={['repeat']}
          version={version}
          caption={t('imports.check.repeatsTitle', { n: n(dry.repeats) })}
          empty={null}
          columns={[
            nameCell,
            { key: 'of', header: t('imports.check.sameAs'), className: 'reg-num', cell: (r) => (r.repeatOf ? t('imports.check.rowN', { row: r.repeatOf }) : '–') },
            ...(orgs
              ? [
                  {
                    key: 'diff',
                    header: t('imports.check.differences'),
                    className: 'cell-break',
                    cell: (r: ImportRow) =>
                      r.differences.length ? (
                        <ul className="import-differences">
                          {r.differences.map((d) => (
                            <li key={d.field}>{t('imports.check.difference', { field: importFieldLabel(t, d.field), value: d.value, kept: d.kept })}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">{t('imports.check.noDifferences')}</span>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Part>

      <h3>{t('imports.dryRun.errorsTitle')}</h3>
      {dry.errorRows ? <p className="import-intro">{t('imports.dryRun.errorsHint')}</p> : null}
      <PagedRows
        importId={importId}
        outcomes={['error']}
        version={version}
        caption={t('imports.dryRun.errorsTitle')}
        empty={<p>{t('imports.dryRun.noErrors')}</p>}
        columns={[
          { key: 'column', header: t('imports.dryRun.column'), cell: (r) => r.problems.map((p) => p.column ?? importFieldLabel(t, p.field)).join(', ') },
          { key: 'reason', header: t('imports.dryRun.reason'), className: 'cell-break', cell: (r) => r.problems.map((p, i) => <p key={i}>{p.message}</p>) },
        ]}
      />

      <div className="form-actions import-go">
        {nothing ? (
          <p className="alert alert--info">{t('imports.dryRun.nothing')}</p>
        ) : (
          <>
            <p className="reg-check">
              <input id="import-save-template" type="checkbox" checked={save} onChange={(e) => setSave(e.target.checked)} />
              <label htmlFor="import-save-template">{t('imports.check.saveTemplate')}</label>
            </p>
            <button type="button" className="button button--primary" onClick={() => onImport({ existing, similar, decisions: decisionsOf(choices), saveTemplate: save })}>
              {goLabel}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function Count({ label, value, bad }: { label: string; value: string; bad?: boolean }) {
  return (
    <div className={bad ? 'import-count--bad' : undefined}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Part({ title, show, children }: { title: string; show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <>
      <h3>{title}</h3>
      {children}
    </>
  );
}

function Choice({ name, legend, value, options, label, onChange }: { name: string; legend: string; value: string; options: string[]; label: (o: string) => string; onChange: (v: string) => void }) {
  return (
    <fieldset className="reg-group import-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o} className="reg-check reg-radio">
          <input id={`${name}-${o}`} type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          <label htmlFor={`${name}-${o}`}>{label(o)}</label>
        </div>
      ))}
    </fieldset>
  );
}
