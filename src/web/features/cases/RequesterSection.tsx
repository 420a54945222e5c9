// Who asked. The page shows who they are in the register; their contact details are read only
// when someone presses "show contact details", and that read is written to the audit log.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { schemeLabel } from '../register/labels.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useRevealRequester, type CaseDetail } from './api.ts';
import { useCasePaths } from './hooks.ts';
import { requesterKindLabel } from './labels.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="reg-details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function RequesterSection({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const paths = useCasePaths();
  const reveal = useRevealRequester(ws.id, c.id);
  const r = c.requester;
  const d = reveal.data;
  const none = <span className="muted">–</span>;

  return (
    <section className="panel" aria-labelledby="case-requester-heading">
      <h2 id="case-requester-heading">{t('cases.requester.title')}</h2>
      <dl className="reg-details">
        <Row label={t('cases.requester.kind')}>{requesterKindLabel(t, r.kind)}</Row>
        <Row label={t('cases.requester.organisation')}>
          {r.organisation ? <Link to={paths.organisation(r.organisation.id)}>{r.organisation.name}</Link> : (r.organisationName ?? none)}
        </Row>
        {r.person ? (
          <Row label={t('cases.requester.person')}>
            <Link to={paths.person(r.person.id)}>{r.person.name}</Link>
          </Row>
        ) : null}
        <Row label={t('cases.requester.reachable')}>
          {[r.hasEmail ? t('cases.requester.byEmail') : null, r.hasPhone ? t('cases.requester.byPhone') : null].filter(Boolean).join(', ') || t('cases.requester.noContact')}
        </Row>
      </dl>
      {d ? (
        <>
          <h3 id="case-contact-heading" tabIndex={-1}>
            {t('cases.requester.contactHeading')}
          </h3>
          <dl className="reg-details case-contact" aria-labelledby="case-contact-heading">
            <Row label={t('cases.requester.name')}>{d.name ?? none}</Row>
            <Row label={t('cases.requester.email')}>{d.email ? <a href={`mailto:${d.email}`}>{d.email}</a> : none}</Row>
            <Row label={t('cases.requester.phone')}>{d.phone ? <a href={`tel:${d.phone.replace(/[^+0-9]/g, '')}`}>{d.phone}</a> : none}</Row>
            <Row label={t('cases.requester.organisationName')}>{d.organisationName ?? none}</Row>
            <Row label={t('cases.requester.organisationNumber')}>
              {d.organisationNumberDisplay ? `${d.organisationNumberDisplay}${d.organisationNumberScheme ? ` (${schemeLabel(t, d.organisationNumberScheme)})` : ''}` : none}
            </Row>
            {d.consentAt ? <Row label={t('cases.requester.consent')}>{formatDateTime(d.consentAt, i18n.language)}</Row> : null}
          </dl>
          <p className="muted small">{t('cases.requester.logged')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              reveal.reset();
              requestAnimationFrame(() => document.getElementById('case-reveal')?.focus());
            }}
          >
            {t('cases.requester.hide')}
          </button>
        </>
      ) : (
        <>
          <p className="field-hint" id="case-reveal-hint">
            {t('cases.requester.revealHint')}
          </p>
          <button
            type="button"
            id="case-reveal"
            className="button button--secondary"
            aria-describedby="case-reveal-hint"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate(undefined, { onSuccess: () => requestAnimationFrame(() => document.getElementById('case-contact-heading')?.focus()) })}
          >
            {reveal.isPending ? t('common.loading') : t('cases.requester.reveal')}
          </button>
          <ErrorAlert error={reveal.error} />
        </>
      )}
    </section>
  );
}
