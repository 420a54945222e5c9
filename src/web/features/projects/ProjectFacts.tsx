// The top of a project's page: status and since when, programme and fund, our role, period,
// officer, themes and SDGs, where it was reopened from or as; the summary; and for officers the
// moves it can make now.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { themeLabel } from '../register/labels.ts';
import { useVocabularies } from '../register/queries.ts';
import { SdgBadges } from '../register/SdgBadges.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { fundLabel, ourRoleLabel, periodText, StatusBadge } from './labels.tsx';
import { LifecycleActions } from './LifecycleActions.tsx';
import type { Project } from './types.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="reg-details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ProjectFacts({ p, onDone }: { p: Project; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id).data;
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const created = p.history[0];
  return (
    <section className="panel pf-facts" aria-labelledby="pf-facts-heading">
      <h2 id="pf-facts-heading" className="visually-hidden">
        {t('projects.project.facts')}
      </h2>
      <dl className="reg-details pf-facts-list">
        <Row label={t('projects.fields.status')}>
          <StatusBadge status={p.status} /> <span className="pf-inline-detail">{t('projects.project.since', { date: formatDay(p.statusDate, lng) })}</span>
        </Row>
        <Row label={t('projects.fields.programme')}>
          {p.programme ? (
            <>
              <Link to={`${paths.programmes}#programme-${p.programme.id}`}>{p.programme.name}</Link>
              <span className="cell-sub">{fundLabel(t, p.programme.fund)}</span>
            </>
          ) : (
            <span className="muted">{t('projects.fields.noProgramme')}</span>
          )}
        </Row>
        {p.call ? (
          <Row label={t('projects.fields.call')}>
            <Link to={`${paths.calls}/${p.call.id}`}>{p.call.title}</Link>
            {p.call.identifier ? <span className="cell-sub">{p.call.identifier}</span> : null}
          </Row>
        ) : null}
        <Row label={t('projects.fields.ourRole')}>{ourRoleLabel(t, p.ourRole)}</Row>
        <Row label={t('projects.fields.period')}>{periodText(t, p.startDate, p.endDate, lng)}</Row>
        <Row label={t('projects.fields.officer')}>{p.officer?.name ?? <span className="muted">{t('projects.project.noOfficer')}</span>}</Row>
        <Row label={t('projects.fields.themes')}>
          {p.themes.length ? (
            <ul className="reg-chips">
              {p.themes.map((code) => (
                <li key={code} className="reg-chip">
                  {themeLabel(vocab, code, lng)}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('projects.project.noThemes')}</span>
          )}
        </Row>
        <Row label={t('projects.fields.sdgs')}>
          <SdgBadges goals={p.sdgs} />
        </Row>
        {p.reopenedFrom ? (
          <Row label={t('projects.project.reopenedFrom')}>
            <Link to={paths.one(p.reopenedFrom.id)}>{p.reopenedFrom.acronym}</Link>
          </Row>
        ) : null}
        {p.reopenedAs.length ? (
          <Row label={t('projects.project.reopenedAs')}>
            <ul className="reg-plain-list">
              {p.reopenedAs.map((r) => (
                <li key={r.id}>
                  <Link to={paths.one(r.id)}>{r.acronym}</Link>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        <Row label={t('projects.fields.updatedAt')}>{formatDateTime(p.updatedAt, lng)}</Row>
        {created ? <Row label={t('projects.fields.createdBy')}>{created.actor?.name ?? t('projects.history.system')}</Row> : null}
      </dl>
      <div className="pf-summary">
        <h3 className="pf-summary-title">{t('projects.fields.summary')}</h3>
        {p.summary ? <p className="reg-prewrap">{p.summary}</p> : <p className="muted">{t('projects.project.noSummary')}</p>}
      </div>
      {canWrite ? <LifecycleActions p={p} onDone={onDone} /> : <p className="muted small">{t('projects.project.readOnly')}</p>}
    </section>
  );
}
