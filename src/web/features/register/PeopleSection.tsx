// The people linked to an organisation: who, with which role there; add a new person for it,
// or link someone already in the register.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AsyncPicker, type PickerItem } from './fields.tsx';
import { useRegisterPaths, useRegisterRights } from './hooks.ts';
import { registerKey, searchPeople, useOrganisationPeople } from './queries.ts';
import type { Organisation, Person, PersonSummary } from './types.ts';

export function PeopleSection({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const { canWrite } = useRegisterRights();
  const people = useOrganisationPeople(ws.id, org.id);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby="people-heading">
      <div className="reg-section-head">
        <h2 id="people-heading">{t('register.orgPeople.title')}</h2>
        {canWrite ? (
          <Link to={paths.newPerson(org.id)} className="button button--secondary button--small">
            {t('register.orgPeople.new')}
          </Link>
        ) : null}
      </div>
      <LiveStatus message={status} />
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <ErrorAlert error={people.error} />
      ) : people.data.length === 0 ? (
        <p className="muted">{t('register.orgPeople.empty')}</p>
      ) : (
        <ul className="reg-people-list">
          {people.data.map((p) => {
            const role = p.organisations.find((o) => o.organisationId === org.id)?.role;
            return (
              <li key={p.id}>
                <Link to={paths.person(p.id)}>{p.name}</Link>
                {role || p.title ? <span className="muted"> – {role || p.title}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite ? <LinkPerson org={org} linked={people.data ?? []} onDone={setStatus} /> : null}
    </section>
  );
}

/** Adds this organisation to an existing person's organisations (the person keeps their others). */
function LinkPerson({ org, linked, onDone }: { org: Organisation; linked: PersonSummary[]; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const [person, setPerson] = useState<PickerItem | null>(null);
  const [role, setRole] = useState('');
  const [missing, setMissing] = useState(false);
  const link = useMutation({
    mutationFn: (p: PersonSummary) =>
      api<Person>('PATCH', `/api/w/${ws.id}/people/${p.id}`, {
        organisations: [...p.organisations.filter((o) => o.organisationId !== org.id).map((o) => ({ organisationId: o.organisationId, role: o.role })), { organisationId: org.id, role: role.trim() || null }],
      }),
    onSuccess: async (p) => {
      onDone(t('register.orgPeople.linked', { name: p.name }));
      setPerson(null);
      setRole('');
      await client.invalidateQueries({ queryKey: registerKey(ws.id) });
    },
  });
  const err = link.error instanceof ApiError ? link.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const summary = person?.payload as PersonSummary | undefined;
    if (!summary) {
      setMissing(true);
      document.getElementById('link-person')?.focus();
      return;
    }
    link.mutate(summary);
  }

  return (
    <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="link-person-heading">
      <h3 id="link-person-heading">{t('register.orgPeople.linkTitle')}</h3>
      <ErrorAlert error={link.error} />
      <div className="reg-form-grid">
        <AsyncPicker
          id="link-person"
          label={t('register.orgPeople.person')}
          hint={t('register.orgPeople.personHint')}
          queryKey={['people', ws.id]}
          search={(q) =>
            searchPeople(ws.id, q).then((items) => items.map((p) => ({ id: p.id, label: p.name, detail: [p.title, ...p.organisations.map((o) => o.name)].filter(Boolean).join(' · '), payload: p })))
          }
          exclude={linked.map((p) => p.id)}
          value={person}
          onChange={(item) => {
            setMissing(false);
            setPerson(item);
          }}
          error={missing ? t('register.orgPeople.pickPerson') : err?.fieldMessage('organisations')}
          isRequired
        />
        <TextField id="link-role" label={t('register.fields.roleAt')} value={role} onChange={(e) => setRole(e.target.value)} maxLength={200} error={err?.fieldErrors.find((f) => f.field.endsWith('.role'))?.message} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={link.isPending}>
          {link.isPending ? t('common.saving') : t('register.orgPeople.link')}
        </button>
      </div>
    </form>
  );
}
