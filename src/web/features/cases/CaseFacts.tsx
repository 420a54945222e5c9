// The top of a case page: status, due date (overdue said in words, not colour alone), category,
// priority, who holds it, and for staff who handle cases the moves it can make now.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import type { CaseDetail } from './api.ts';
import { localToday } from './filters.ts';
import { useCasePaths, useCaseRights } from './hooks.ts';
import { assignedTo, channelLabel, DueDate, formatDay, languageOption, priorityLabel, StatusBadge, vocabLabel } from './labels.tsx';
import { StatusActions } from './StatusActions.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="reg-details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CaseFacts({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useCasePaths();
  const { canWrite } = useCaseRights();
  return (
    <section className="panel case-facts" aria-labelledby="case-facts-heading">
      <h2 id="case-facts-heading" className="visually-hidden">
        {t('cases.case.facts')}
      </h2>
      <dl className="reg-details case-facts-list">
        <Row label={t('cases.fields.reference')}>
          <span className="case-reference">{c.reference}</span>
        </Row>
        <Row label={t('cases.fields.status')}>
          <StatusBadge status={c.status} />
          {c.status === 'referred' && c.referredTo ? (
            <span className="case-inline-detail">
              {t('cases.case.referredTo')} <Link to={paths.organisation(c.referredTo.id)}>{c.referredTo.name}</Link>
            </span>
          ) : null}
        </Row>
        <Row label={t('cases.fields.due')}>
          <DueDate c={c} today={localToday()} />
        </Row>
        <Row label={t('cases.fields.received')}>
          {formatDateTime(c.receivedAt, lng)} · {channelLabel(t, c.channel)}
        </Row>
        <Row label={t('cases.fields.category')}>{vocabLabel(c.category, lng)}</Row>
        <Row label={t('cases.fields.priority')}>
          <span className={`case-priority case-priority--${c.priority}`}>{priorityLabel(t, c.priority)}</span>
        </Row>
        <Row label={t('cases.fields.assignee')}>{assignedTo(t, c, lng)}</Row>
        <Row label={t('cases.fields.language')}>{languageOption(c.language, lng)}</Row>
        {c.answeredAt ? <Row label={t('cases.fields.answeredAt')}>{formatDateTime(c.answeredAt, lng)}</Row> : null}
        {c.closedAt ? <Row label={t('cases.fields.closedAt')}>{formatDateTime(c.closedAt, lng)}</Row> : null}
        {c.disposeAfter ? <Row label={t('cases.fields.disposeAfter')}>{formatDay(c.disposeAfter, lng)}</Row> : null}
        {c.secret ? (
          <Row label={t('cases.fields.secret')}>
            <span className="reg-tag case-secret">{t('cases.case.secret')}</span> {c.secretReason}
          </Row>
        ) : null}
        <Row label={t('cases.fields.createdBy')}>{c.createdBy?.name ?? t('cases.case.byPublicForm')}</Row>
      </dl>
      {canWrite ? <StatusActions c={c} onDone={onDone} /> : <p className="muted small">{t('cases.case.readOnly')}</p>}
    </section>
  );
}
