// Step 3: the import running. A React Aria progress bar (role=progressbar with its value and a
// text such as "120 of 500 rows") drawn as an SVG bar (no style attributes under the CSP), the
// counts so far, and what to do when the run stopped: continue where it ended, or see the result:
// what happened to the organisations of the file, every row that failed (a page at a time) and
// a report of every row to download.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LiveStatus } from '../../components/Feedback.tsx';
import { formatNumber } from '../../lib/format.ts';
import { importFieldLabel } from './labels.ts';
import { PagedRows } from './PagedRows.tsx';
import { reportHref } from './queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { percentDone } from './plan.ts';
import { useImportPaths } from './rights.ts';
import type { ImportState } from './types.ts';

interface Props {
  state: ImportState;
  active: boolean;
  error: unknown;
  onContinue: () => void;
}

export function RunProgress({ state, active, error, onContinue }: Props) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const paths = useImportPaths();
  const ws = useWorkspace();
  const heading = useRef<HTMLHeadingElement>(null);
  const done = state.status === 'done';
  // Starting the run here, and its end, move the reader to this heading; opening an import
  // from the list leaves focus at the page's own heading.
  const focusNext = useRef(active);
  useEffect(() => {
    if (focusNext.current) heading.current?.focus();
    focusNext.current = true;
  }, [done]);

  const processed = done ? state.total : state.processed;
  const valueText = t('imports.run.value', { processed: n(processed), total: n(state.total), percent: percentDone(processed, state.total) });
  const created = state.kind === 'relations' ? t('imports.run.createdRelations', { count: state.created, n: n(state.created) }) : t('imports.run.created', { count: state.created, n: n(state.created) });
  const finished = done
    ? [
        created,
        state.kind === 'organisations' ? t('imports.run.updated', { count: state.updated, n: n(state.updated) }) : null,
        t('imports.run.matched', { count: state.matched, n: n(state.matched) }),
        t('imports.run.repeated', { count: state.repeated, n: n(state.repeated) }),
        t('imports.run.skipped', { count: state.skipped, n: n(state.skipped) }),
        t('imports.run.failed', { count: state.failed, n: n(state.failed) }),
      ]
        .filter(Boolean)
        .join(' ')
    : null;

  return (
    <section className="panel" aria-labelledby="run-title">
      <h2 id="run-title" ref={heading} tabIndex={-1}>
        {done ? t('imports.run.doneTitle') : t('imports.run.title')}
      </h2>
      <ProgressBar className="import-progress" value={processed} maxValue={Math.max(state.total, 1)} valueLabel={valueText}>
        {({ percentage }) => (
          <>
            <div className="import-progress-head">
              <Label className="import-progress-label">{t('imports.run.label')}</Label>
              <span className="import-progress-value">{valueText}</span>
            </div>
            <svg className={`import-progress-bar${done ? ' import-progress-bar--done' : ''}`} viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className="import-progress-track" width="100" height="4" />
              <rect className="import-progress-fill" width={percentage ?? 0} height="4" />
            </svg>
          </>
        )}
      </ProgressBar>
      <dl className="import-counts">
        <div>
          <dt>{t('imports.run.createdLabel')}</dt>
          <dd>{n(state.created)}</dd>
        </div>
        {state.kind === 'organisations' ? (
          <div>
            <dt>{t('imports.run.updatedLabel')}</dt>
            <dd>{n(state.updated)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('imports.run.matchedLabel')}</dt>
          <dd>{n(state.matched)}</dd>
        </div>
        <div>
          <dt>{t('imports.run.repeatedLabel')}</dt>
          <dd>{n(state.repeated)}</dd>
        </div>
        <div>
          <dt>{t('imports.run.skippedLabel')}</dt>
          <dd>{n(state.skipped)}</dd>
        </div>
        <div className={state.failed ? 'import-count--bad' : undefined}>
          <dt>{t('imports.run.failedLabel')}</dt>
          <dd>{n(state.failed)}</dd>
        </div>
      </dl>
      <LiveStatus message={finished} />
      {active ? <p className="field-hint">{t('imports.run.keepOpen')}</p> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {!done && !active ? (
        <div className="import-stopped">
          <p>{t('imports.run.stopped', { processed: n(state.processed), total: n(state.total) })}</p>
          <button type="button" className="button button--primary" onClick={onContinue}>
            {t('imports.run.continue')}
          </button>
        </div>
      ) : null}
      {done && state.failed ? (
        <>
          <h3>{t('imports.run.problemsTitle')}</h3>
          <PagedRows
            importId={state.id}
            outcomes={['failed']}
            version={state.finishedAt ?? ''}
            caption={t('imports.run.problemsTitle')}
            empty={null}
            columns={[
              { key: 'column', header: t('imports.dryRun.column'), cell: (r) => r.problems.map((p) => p.column ?? importFieldLabel(t, p.field)).join(', ') },
              { key: 'reason', header: t('imports.dryRun.reason'), className: 'cell-break', cell: (r) => r.problems.map((p, i) => <p key={i}>{p.message}</p>) },
            ]}
          />
        </>
      ) : null}
      {done ? (
        <p>
          <a href={reportHref(ws.id, state.id)} download>
            {t('imports.run.report')}
          </a>
        </p>
      ) : null}
      {done ? (
        <div className="form-actions">
          {/* Imported relations are seen best in the network they make; organisations in the list. */}
          <Link to={state.kind === 'relations' ? paths.graph : paths.register} className="button button--primary">
            {state.kind === 'relations' ? t('imports.run.toGraph') : t('imports.run.toRegister')}
          </Link>
          <Link to={paths.list} className="button button--secondary">
            {t('imports.run.another')}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
