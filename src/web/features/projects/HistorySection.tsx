// Every status of a project, newest first: the date it happened, from which status to which,
// who recorded it and when, and the note.
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { statusLabel } from './labels.tsx';
import type { Project } from './types.ts';

export function HistorySection({ p }: { p: Project }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const entries = [...p.history].reverse();
  return (
    <section className="panel" aria-labelledby="pf-history-heading">
      <h2 id="pf-history-heading">{t('projects.history.title')}</h2>
      <ol className="reg-timeline pf-history">
        {entries.map((h) => (
          <li key={h.id} className="reg-timeline-item">
            <p className="reg-timeline-meta">
              <time dateTime={h.changedOn}>{formatDay(h.changedOn, lng)}</time>
            </p>
            <p className="reg-timeline-title">
              {h.fromStatus ? t('projects.history.moved', { from: statusLabel(t, h.fromStatus), to: statusLabel(t, h.toStatus) }) : t('projects.history.created', { status: statusLabel(t, h.toStatus) })}
            </p>
            {h.note ? <p className="reg-prewrap">{h.note}</p> : null}
            <p className="muted small">{t('projects.history.recorded', { who: h.actor?.name ?? t('projects.history.system'), at: formatDateTime(h.createdAt, lng) })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
