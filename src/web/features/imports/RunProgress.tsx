// Step 3: the import running. A React Aria progress bar (role=progressbar with its value and a
// text such as "120 of 500 rows") drawn as an SVG bar (no style attributes under the CSP), the
// counts so far, and what to do when the run stopped: continue where it ended, or see the result.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LiveStatus } from '../../components/Feedback.tsx';
import { formatNumber } from '../../lib/format.ts';
import { ProblemTable } from './DryRunResult.tsx';
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
    ? [created, t('imports.run.skipped', { count: state.skipped, n: n(state.skipped) }), t('imports.run.failed', { count: state.failed, n: n(state.failed) })].join(' ')
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
      {done && state.problems.length ? (
        <>
          <h3>{t('imports.run.problemsTitle')}</h3>
          {state.problems.length < state.failed ? <p className="import-intro">{t('imports.run.problemsCut', { shown: n(state.problems.length), total: n(state.failed) })}</p> : null}
          <ProblemTable caption={t('imports.run.problemsTitle')} problems={state.problems} />
        </>
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
