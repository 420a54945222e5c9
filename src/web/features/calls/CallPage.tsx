// /w/:ws/projects/calls/:callId — one call: its facts (deadlines in the call's own time and the
// reader's, the days left, budget, policy objectives, link), following it with what the reminders
// will be, and for officers changing it or deleting it after a question.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { intlLocale } from '../../i18n/index.ts';
import { formatDay, timeZoneName } from '../../lib/format.ts';
import { interregPolicyObjective } from '../../../shared/vocabularies/interreg.ts';
import { useProjectPaths, useProjectRights } from '../projects/hooks.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCall, useCallSettings, useDeleteCall, useFollowCall } from './api.ts';
import { CallDialog } from './CallDialog.tsx';
import { CallStatusBadge, DeadlineText } from './deadline.tsx';
import { formatMoney } from './money.ts';
import type { Call } from './types.ts';

export function CallPage() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const one = useCall(ws.id, callId);
  const calls = `${paths.list}/calls`;
  if (one.error instanceof ApiError && [400, 404, 422].includes(one.error.status)) {
    return (
      <>
        <PageHeader title={t('calls.call.notFound')} workspaceName={ws.name} />
        <p>
          <Link to={calls} className="button button--secondary">
            {t('calls.call.back')}
          </Link>
        </p>
      </>
    );
  }
  const c = one.data;
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={calls}>{t('calls.call.back')}</Link>
      </p>
      {one.isPending ? (
        <>
          <PageHeader title={t('calls.list.title')} workspaceName={ws.name} />
          <Loading />
        </>
      ) : !c ? (
        <ErrorAlert error={one.error} />
      ) : (
        <CallView c={c} />
      )}
    </>
  );
}

/** "14 och 3" in the interface language. */
const daysList = (days: number[], lng: string) => new Intl.ListFormat(intlLocale(lng), { type: 'conjunction' }).format(days.map(String));

function CallView({ c }: { c: Call }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'sv' | 'da' | 'en';
  const ws = useWorkspace();
  const navigate = useNavigate();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const follow = useFollowCall(ws.id, c.id);
  const remove = useDeleteCall(ws.id);
  const settings = useCallSettings(ws.id).data;
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const days = settings?.reminderDays ?? [];
  return (
    <>
      <PageHeader
        title={c.title}
        lead={c.identifier ?? undefined}
        workspaceName={ws.name}
        actions={
          canWrite ? (
            <>
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('calls.call.edit')}
              </button>
              <button type="button" className="button button--danger-outline" onClick={() => setDeleting(true)}>
                {t('calls.call.delete')}
              </button>
            </>
          ) : null
        }
      />
      <LiveStatus message={message} />
      <div className="pf-layout">
        <section className="pf-main panel" aria-labelledby="call-facts-heading">
          <h2 id="call-facts-heading">{t('calls.call.facts')}</h2>
          <dl className="reg-details call-facts">
            <div className="reg-details-row">
              <dt>{t('calls.call.status')}</dt>
              <dd>
                <CallStatusBadge status={c.status} />
              </dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('calls.call.programme')}</dt>
              <dd>{c.programme.name}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('calls.call.opens')}</dt>
              <dd>{c.opensOn ? formatDay(c.opensOn, lng) : <span className="muted">{t('calls.call.notOpen')}</span>}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{c.twoStage ? t('calls.call.deadline1') : t('calls.call.deadline')}</dt>
              <dd>
                <DeadlineText deadline={c.deadline} timeZone={c.timeZone} />
              </dd>
            </div>
            {c.stage2Deadline ? (
              <div className="reg-details-row">
                <dt>{t('calls.call.deadline2')}</dt>
                <dd>
                  <DeadlineText deadline={c.stage2Deadline} timeZone={c.timeZone} />
                </dd>
              </div>
            ) : null}
            <div className="reg-details-row">
              <dt>{t('calls.call.timeZone')}</dt>
              <dd>{timeZoneName(c.timeZone, lng, new Date(c.deadline.at))}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('calls.call.budget')}</dt>
              <dd>{c.budget ? formatMoney(c.budget, lng) : <span className="muted">{t('calls.call.noBudget')}</span>}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('calls.call.policyObjectives')}</dt>
              <dd>
                {c.policyObjectives.length ? (
                  <ul className="reg-plain-list">
                    {c.policyObjectives.map((code) => {
                      const o = interregPolicyObjective(code);
                      return <li key={code}>{o ? `${code}: ${o.labels[lng] ?? o.labels.en}` : code}</li>;
                    })}
                  </ul>
                ) : (
                  <span className="muted">{t('calls.call.none')}</span>
                )}
              </dd>
            </div>
            {c.url ? (
              <div className="reg-details-row">
                <dt>{t('calls.call.link')}</dt>
                <dd>
                  <a href={c.url} target="_blank" rel="noreferrer noopener">
                    {c.url}
                    <span className="visually-hidden"> ({t('calls.call.opensNew')})</span>
                  </a>
                </dd>
              </div>
            ) : null}
            {c.projectCount ? (
              <div className="reg-details-row">
                <dt>{t('projects.nav.list')}</dt>
                <dd>{t('calls.call.projects', { count: c.projectCount })}</dd>
              </div>
            ) : null}
          </dl>
          {c.notes ? (
            <>
              <h3>{t('calls.call.notes')}</h3>
              <p className="call-notes">{c.notes}</p>
            </>
          ) : null}
        </section>
        <section className="pf-aside panel" aria-labelledby="call-follow-heading">
          <h2 id="call-follow-heading" tabIndex={-1}>
            {t('calls.follow.heading')}
          </h2>
          <p>{c.following ? t('calls.follow.following') : t('calls.follow.notFollowing')}</p>
          <p className="field-hint">{days.length ? t('calls.follow.reminders', { days: daysList(days, lng), count: days.at(-1) ?? 0 }) : t('calls.follow.noReminders')}</p>
          <p className="muted">{t('calls.call.followers', { count: c.followerCount })}</p>
          <button
            type="button"
            className={`button ${c.following ? 'button--secondary' : 'button--primary'}`}
            disabled={follow.isPending}
            onClick={() =>
              follow.mutate(!c.following, {
                onSuccess: (next) => setMessage(next.following ? t('calls.follow.followed', { title: next.title }) : t('calls.follow.unfollowed', { title: next.title })),
              })
            }
          >
            {c.following ? t('calls.follow.unfollow') : t('calls.follow.follow')}
          </button>
          <ErrorAlert error={follow.error} />
        </section>
      </div>
      {editing ? (
        <CallDialog
          call={c}
          onClose={() => setEditing(false)}
          onDone={(msg) => {
            setEditing(false);
            setMessage(msg);
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting}
        title={t('calls.remove.title', { title: c.title })}
        confirmLabel={t('calls.remove.confirm')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(c.id, {
            onSuccess: () => {
              setDeleting(false);
              void navigate(`${paths.list}/calls`, { state: { message: t('calls.remove.done', { title: c.title }) } });
            },
          })
        }
        onCancel={() => {
          setDeleting(false);
          remove.reset();
        }}
      >
        <p>{t('calls.remove.text')}</p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
