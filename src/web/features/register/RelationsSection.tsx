// An organisation's relations in both directions: the other party (link), type, status and dates;
// adding one (with an organisation picker), changing its status and dates, deleting after a question.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate, inSentence } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AsyncPicker, type PickerItem } from './fields.tsx';
import { FormDialog } from './FormDialog.tsx';
import { useRegisterPaths, useRegisterRights } from './hooks.ts';
import { countryName, kindLabel, relationTypeLabel, statusLabel } from './labels.ts';
import { registerKey, searchOrganisations, useRelations, useVocabularies } from './queries.ts';
import { RELATION_STATUSES, type Organisation, type Relation, type RelationStatus } from './types.ts';

interface Draft {
  type: string;
  direction: 'out' | 'in';
  other: PickerItem | null;
  status: RelationStatus;
  startDate: string;
  endDate: string;
}

const EMPTY: Draft = { type: 'twin_town', direction: 'out', other: null, status: 'active', startDate: '', endDate: '' };

function useInvalidate(wsId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: registerKey(wsId) });
}

export function RelationsSection({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const { canWrite, canDelete } = useRegisterRights();
  const paths = useRegisterPaths();
  const relations = useRelations(ws.id, org.id);
  const vocab = useVocabularies(ws.id).data;
  const invalidate = useInvalidate(ws.id);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<Relation | null>(null);
  const [deleting, setDeleting] = useState<Relation | null>(null);

  const other = (r: Relation) => (r.from.id === org.id ? r.to : r.from);

  const remove = useMutation({
    mutationFn: (r: Relation) => api<void>('DELETE', `/api/w/${ws.id}/relations/${r.id}`),
    onSuccess: async (_, r) => {
      setDeleting(null);
      setStatus(t('register.relations.deleted', { name: other(r).name }));
      await invalidate();
    },
  });

  return (
    <section className="panel" aria-labelledby="relations-heading">
      <h2 id="relations-heading">{t('register.relations.title')}</h2>
      <LiveStatus message={status} />
      {relations.isPending ? (
        <Loading />
      ) : relations.isError ? (
        <ErrorAlert error={relations.error} />
      ) : relations.data.items.length === 0 ? (
        <EmptyState title={t('register.relations.empty')}>{canWrite ? <p>{t('register.relations.emptyText')}</p> : null}</EmptyState>
      ) : (
        <TableWrap label={t('register.relations.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('register.relations.caption', { name: org.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('register.relations.other')}</th>
                <th scope="col">{t('register.fields.relationType')}</th>
                <th scope="col">{t('register.fields.status')}</th>
                <th scope="col">{t('register.fields.startDate')}</th>
                <th scope="col">{t('register.fields.endDate')}</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {relations.data.items.map((r) => {
                const o = other(r);
                return (
                  <tr key={r.id}>
                    <th scope="row" className="cell-break">
                      <Link to={paths.organisation(o.id)}>{o.name}</Link>
                      <span className="cell-sub">
                        {kindLabel(t, o.kind)} · {countryName(o.country, lng)}
                      </span>
                    </th>
                    <td>
                      {relationTypeLabel(t, vocab, r.type, lng)}
                      <span className="cell-sub">{r.from.id === org.id ? t('register.relations.outgoing') : t('register.relations.incoming')}</span>
                    </td>
                    <td>
                      <span className={`status reg-status--${r.status}`}>{statusLabel(t, r.status)}</span>
                    </td>
                    <td className="cell-nowrap">{r.startDate ? formatDate(r.startDate, lng) : '–'}</td>
                    <td className="cell-nowrap">{r.endDate ? formatDate(r.endDate, lng) : '–'}</td>
                    {canWrite ? (
                      <td className="cell-actions">
                        <button type="button" className="button button--small button--secondary" onClick={() => setEditing(r)}>
                          {t('register.relations.edit')}
                          <span className="visually-hidden"> {o.name}</span>
                        </button>
                        {canDelete ? (
                          <button type="button" className="button button--small button--danger-outline" onClick={() => setDeleting(r)}>
                            {t('register.relations.delete')}
                            <span className="visually-hidden"> {o.name}</span>
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {canWrite ? <AddRelation org={org} onDone={setStatus} /> : null}
      {editing ? <EditRelation key={editing.id} relation={editing} otherName={other(editing).name} onClose={() => setEditing(null)} onDone={setStatus} /> : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('register.relations.deleteTitle')}
        confirmLabel={t('register.relations.deleteConfirm')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        <p>
          {deleting
            ? t('register.relations.deleteText', { type: inSentence(relationTypeLabel(t, vocab, deleting.type, lng), lng), name: other(deleting).name })
            : null}
        </p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}

function AddRelation({ org, onDone }: { org: Organisation; onDone: (msg: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id).data;
  const invalidate = useInvalidate(ws.id);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: (d: Draft) =>
      api<Relation>('POST', `/api/w/${ws.id}/relations`, {
        fromId: d.direction === 'out' ? org.id : d.other!.id,
        toId: d.direction === 'out' ? d.other!.id : org.id,
        type: d.type,
        status: d.status,
        startDate: d.startDate || null,
        endDate: d.endDate || null,
      }),
    onSuccess: async (_, d) => {
      onDone(t('register.relations.added', { name: d.other?.label ?? '' }));
      setDraft(EMPTY);
      await invalidate();
    },
  });
  const err = create.error instanceof ApiError ? create.error : null;
  const otherError = missing ? t('register.relations.pickOrganisation') : (err?.fieldMessage('toId') ?? err?.fieldMessage('fromId'));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.other) {
      setMissing(true);
      document.getElementById('rel-other')?.focus();
      return;
    }
    create.mutate(draft);
  }

  return (
    <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="add-relation-heading">
      <h3 id="add-relation-heading">{t('register.relations.add')}</h3>
      <ErrorAlert error={create.error} />
      <div className="reg-form-grid">
        <SelectField id="rel-type" label={t('register.fields.relationType')} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })} error={err?.fieldMessage('type')}>
          {vocab?.relationTypes.map((r) => (
            <option key={r.code} value={r.code}>
              {relationTypeLabel(t, vocab, r.code, lng)}
            </option>
          )) ?? <option value={draft.type}>{relationTypeLabel(t, vocab, draft.type, lng)}</option>}
        </SelectField>
        <SelectField
          id="rel-direction"
          className="reg-form-grid-wide"
          label={t('register.relations.direction')}
          value={draft.direction}
          onChange={(e) => setDraft({ ...draft, direction: e.target.value as Draft['direction'] })}
        >
          <option value="out">{t('register.relations.directionOut', { name: org.name })}</option>
          <option value="in">{t('register.relations.directionIn', { name: org.name })}</option>
        </SelectField>
        <AsyncPicker
          id="rel-other"
          className="reg-form-grid-wide"
          label={t('register.relations.otherOrganisation')}
          hint={t('register.relations.otherHint')}
          queryKey={['orgs', ws.id]}
          search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
          exclude={org.id}
          value={draft.other}
          onChange={(item) => {
            setMissing(false);
            setDraft({ ...draft, other: item });
          }}
          error={otherError}
          isRequired
        />
        <SelectField id="rel-status" label={t('register.fields.status')} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as RelationStatus })} error={err?.fieldMessage('status')}>
          {RELATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(t, s)}
            </option>
          ))}
        </SelectField>
        <TextField id="rel-start" type="date" label={t('register.fields.startDate')} value={draft.startDate} onChange={(e) => setDraft({ ...draft, startDate: e.target.value })} error={err?.fieldMessage('startDate')} />
        <TextField id="rel-end" type="date" label={t('register.fields.endDate')} value={draft.endDate} onChange={(e) => setDraft({ ...draft, endDate: e.target.value })} error={err?.fieldMessage('endDate')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('register.relations.addButton')}
        </button>
      </div>
    </form>
  );
}

function EditRelation({ relation, otherName, onClose, onDone }: { relation: Relation; otherName: string; onClose: () => void; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const invalidate = useInvalidate(ws.id);
  const [status, setStatus] = useState<RelationStatus>(relation.status);
  const [startDate, setStart] = useState(relation.startDate ?? '');
  const [endDate, setEnd] = useState(relation.endDate ?? '');
  const save = useMutation({
    mutationFn: () => api<Relation>('PATCH', `/api/w/${ws.id}/relations/${relation.id}`, { status, startDate: startDate || null, endDate: endDate || null }),
    onSuccess: async () => {
      onDone(t('register.relations.saved', { name: otherName }));
      onClose();
      await invalidate();
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  return (
    <FormDialog isOpen title={t('register.relations.editTitle', { name: otherName })} submitLabel={t('common.save')} busy={save.isPending} onSubmit={() => save.mutate()} onCancel={onClose}>
      <ErrorAlert error={save.error} />
      <SelectField id="edit-rel-status" label={t('register.fields.status')} value={status} onChange={(e) => setStatus(e.target.value as RelationStatus)} error={err?.fieldMessage('status')}>
        {RELATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(t, s)}
          </option>
        ))}
      </SelectField>
      <TextField id="edit-rel-start" type="date" label={t('register.fields.startDate')} value={startDate} onChange={(e) => setStart(e.target.value)} error={err?.fieldMessage('startDate')} />
      <TextField id="edit-rel-end" type="date" label={t('register.fields.endDate')} value={endDate} onChange={(e) => setEnd(e.target.value)} error={err?.fieldMessage('endDate')} />
    </FormDialog>
  );
}
