// An organisation's timeline: meetings, calls, visits, notes and delegations, newest first;
// recording one, and deleting one after a question.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { TextAreaField } from './fields.tsx';
import { today, useRegisterRights } from './hooks.ts';
import { activityKindLabel } from './labels.ts';
import { registerKey, useActivities } from './queries.ts';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type Organisation } from './types.ts';

export function ActivitiesSection({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const { canWrite, canDelete } = useRegisterRights();
  const activities = useActivities(ws.id, org.id);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const remove = useMutation({
    mutationFn: (a: Activity) => api<void>('DELETE', `/api/w/${ws.id}/activities/${a.id}`),
    onSuccess: async (_, a) => {
      setDeleting(null);
      setStatus(t('register.activities.deleted', { title: a.title }));
      await client.invalidateQueries({ queryKey: registerKey(ws.id) });
    },
  });
  // Newest first, as the server sends them; sorted again in case of equal dates from other sources.
  const items = [...(activities.data ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="panel" aria-labelledby="activities-heading">
      <h2 id="activities-heading">{t('register.activities.title')}</h2>
      <LiveStatus message={status} />
      {canWrite ? <AddActivity org={org} onDone={setStatus} /> : null}
      {activities.isPending ? (
        <Loading />
      ) : activities.isError ? (
        <ErrorAlert error={activities.error} />
      ) : items.length === 0 ? (
        <p className="muted">{t('register.activities.empty')}</p>
      ) : (
        <ol className="reg-timeline" aria-label={t('register.activities.listLabel')}>
          {items.map((a) => (
            <li key={a.id} className={`reg-timeline-item reg-timeline-item--${a.kind}`}>
              <div className="reg-timeline-meta">
                <time dateTime={a.occurredOn}>{formatDate(a.occurredOn, i18n.language)}</time>
                <span className="reg-tag">{activityKindLabel(t, a.kind)}</span>
              </div>
              <h3 className="reg-timeline-title">{a.title}</h3>
              {a.notes ? <p className="reg-prewrap">{a.notes}</p> : null}
              <p className="small muted">{a.createdBy ? t('register.activities.by', { name: a.createdBy.name }) : null}</p>
              {canDelete ? (
                <button type="button" className="button button--small button--danger-outline" onClick={() => setDeleting(a)}>
                  {t('register.activities.delete')}
                  <span className="visually-hidden"> {a.title}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('register.activities.deleteTitle')}
        confirmLabel={t('register.activities.deleteConfirm')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        <p>{t('register.activities.deleteText', { title: deleting?.title ?? '' })}</p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}

function AddActivity({ org, onDone }: { org: Organisation; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const [kind, setKind] = useState<ActivityKind>('meeting');
  const [occurredOn, setDate] = useState(today);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const add = useMutation({
    mutationFn: () => api<Activity>('POST', `/api/w/${ws.id}/organisations/${org.id}/activities`, { kind, occurredOn, title: title.trim(), notes }),
    onSuccess: async (a) => {
      onDone(t('register.activities.added', { title: a.title }));
      setTitle('');
      setNotes('');
      await client.invalidateQueries({ queryKey: registerKey(ws.id) });
    },
  });
  const err = add.error instanceof ApiError ? add.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate();
  }

  return (
    <details className="reg-subform-disclosure">
      <summary>{t('register.activities.add')}</summary>
      <form className="reg-subform" onSubmit={submit} noValidate aria-label={t('register.activities.add')}>
        <ErrorAlert error={add.error} />
        <div className="reg-form-grid">
          <SelectField id="act-kind" label={t('register.fields.activityKind')} value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)} error={err?.fieldMessage('kind')}>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {activityKindLabel(t, k)}
              </option>
            ))}
          </SelectField>
          <TextField id="act-date" type="date" label={t('register.fields.date')} value={occurredOn} onChange={(e) => setDate(e.target.value)} error={err?.fieldMessage('occurredOn')} aria-required="true" />
          <TextField
            id="act-title"
            className="reg-form-grid-wide"
            label={t('register.fields.title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={err?.fieldMessage('title')}
            maxLength={300}
            aria-required="true"
          />
          <TextAreaField id="act-notes" className="reg-form-grid-wide" label={t('register.fields.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} error={err?.fieldMessage('notes')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? t('common.saving') : t('register.activities.addButton')}
          </button>
        </div>
      </form>
    </details>
  );
}
