// The routing suggestion for one case: which unit or partner the first matching rule suggests,
// why (the rule, the category, the language, the words found), and buttons to accept or ignore
// it. Accepting gives the case to the unit, or links the partner so the case can be referred.
// Mountable on the case page: <RoutingSuggestion caseId={c.id} onDone={setStatus} />.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { pickLabel } from '../register/labels.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseRouting, useDecideRouting, type CaseRoutingData } from './api.ts';

type Suggestion = NonNullable<CaseRoutingData['suggestion']>;

export function targetName(s: Pick<Suggestion, 'unit' | 'organisation'>, lng: string) {
  return s.unit ? pickLabel(s.unit.labels, lng, s.unit.code) : (s.organisation?.name ?? '');
}

export function RoutingSuggestion({ caseId, onDone }: { caseId: string; onDone?: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const routing = useCaseRouting(ws.id, caseId);
  const decide = useDecideRouting(ws.id, caseId);
  const [own, setOwn] = useState<string | null>(null);
  const done = onDone ?? setOwn;
  const canWrite = ws.role !== 'viewer';
  const s = routing.data?.suggestion ?? null;

  function act(action: 'accept' | 'ignore') {
    if (!s) return;
    decide.mutate(
      { action, ruleId: s.rule.id },
      { onSuccess: () => done(t(action === 'accept' ? (s.unit ? 'referrals.routing.acceptedUnit' : 'referrals.routing.acceptedPartner') : 'referrals.routing.ignored', { target: targetName(s, lng) })) },
    );
  }

  return (
    <section className="panel routing-panel" aria-labelledby={`routing-${caseId}`}>
      <h2 id={`routing-${caseId}`}>{t('referrals.routing.title')}</h2>
      {onDone ? null : <LiveStatus message={own} />}
      {routing.isPending ? (
        <Loading />
      ) : !routing.data ? (
        <ErrorAlert error={routing.error} />
      ) : !s ? (
        <p className="muted">{t('referrals.routing.none')}</p>
      ) : (
        <>
          <p className="routing-target">
            {t(s.unit ? 'referrals.routing.suggestsUnit' : 'referrals.routing.suggestsPartner')} <strong>{targetName(s, lng)}</strong>
            <span className={`referral-badge routing-state--${s.state}`}>{t(`referrals.routing.state.${s.state}`)}</span>
          </p>
          <p className="muted">{t('referrals.routing.because', { rule: s.rule.name, priority: s.rule.priority })}</p>
          <ul className="routing-reasons">
            {s.matched.category ? <li>{t('referrals.routing.matchedCategory')}</li> : null}
            {s.matched.language ? <li>{t('referrals.routing.matchedLanguage')}</li> : null}
            {s.matched.words.length ? <li>{t('referrals.routing.matchedWords', { words: s.matched.words.join(', ') })}</li> : null}
          </ul>
          {decide.error ? <ErrorAlert error={decide.error} /> : null}
          {canWrite && (s.state === 'open' || s.state === 'ignored') ? (
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={decide.isPending} onClick={() => act('accept')}>
                {t(s.unit ? 'referrals.routing.acceptUnit' : 'referrals.routing.acceptPartner')}
              </button>
              {s.state === 'open' ? (
                <button type="button" className="button button--secondary" disabled={decide.isPending} onClick={() => act('ignore')}>
                  {t('referrals.routing.ignore')}
                </button>
              ) : null}
            </div>
          ) : null}
          {s.organisation && s.state !== 'ignored' ? <p className="field-hint">{t('referrals.routing.partnerHint')}</p> : null}
        </>
      )}
      {routing.data?.decisions.length ? (
        <>
          <h3 className="routing-decisions-title">{t('referrals.routing.decisions')}</h3>
          <ul className="routing-decisions">
            {routing.data.decisions.map((d) => (
              <li key={`${d.decidedAt}-${d.ruleName}-${d.action}`}>
                {t(`referrals.routing.decision.${d.action}`, { target: targetName(d, lng), rule: d.ruleName })}{' '}
                <span className="muted">
                  {d.decidedBy?.name ?? t('referrals.system')} · <time dateTime={d.decidedAt}>{formatDateTime(d.decidedAt, lng)}</time>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
