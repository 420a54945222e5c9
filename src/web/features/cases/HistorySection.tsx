// Every move of a case, oldest first: when, who, from which status to which, and the comment.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import type { CaseDetail } from './api.ts';
import { statusLabel } from './labels.tsx';

export function HistorySection({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="case-history-heading">
      <h2 id="case-history-heading">{t('cases.history.title')}</h2>
      <ol className="reg-timeline case-history">
        {c.history.map((h, i) => (
          <li key={`${h.at}-${i}`} className="reg-timeline-item">
            <p className="reg-timeline-meta">
              <span>
                <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time> · {h.actor?.name ?? (h.from === null ? t('cases.history.publicForm') : t('cases.history.system'))}
              </span>
            </p>
            <p className="reg-timeline-title">
              {h.from ? t('cases.history.moved', { from: statusLabel(t, h.from), to: statusLabel(t, h.to) }) : t('cases.history.registered')}
            </p>
            {h.comment ? <p className="reg-prewrap">{h.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
