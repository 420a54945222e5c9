// /w/:ws/register/people/:id — one contact person: contact details, the legal basis for keeping
// them, and their organisations. The server logs every opening of this page (personal data).
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { formatDate } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useRegisterPaths, useRegisterRights } from './hooks.ts';
import { languageName, legalBasisLabel } from './labels.ts';
import { registerKey, usePerson } from './queries.ts';
import { RecordNotFound } from './RecordNotFound.tsx';
import type { Person } from './types.ts';

export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const { canWrite, canDelete } = useRegisterRights();
  const person = usePerson(ws.id, id);
  const [confirming, setConfirming] = useState(false);
  if (person.error instanceof ApiError && (person.error.status === 404 || person.error.status === 422)) return <RecordNotFound kind="person" />;
  const data = person.data;
  // One heading element from loading to loaded: focus moved to it by a navigation stays.
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={paths.people}>{t('register.person.back')}</Link>
      </p>
      <PageHeader
        title={data?.name ?? t('register.person.loadingTitle')}
        lead={data?.title ?? undefined}
        workspaceName={ws.name}
        actions={
          data && canWrite ? (
            <>
              <Link to={paths.editPerson(data.id)} className="button button--primary">
                {t('register.person.edit')}
              </Link>
              {canDelete ? (
                <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
                  {t('register.person.delete')}
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      <div className="alert alert--info audit-note">
        <p>{t('register.person.logged')}</p>
      </div>
      {person.isPending ? <Loading /> : !data ? <ErrorAlert error={person.error} /> : <PersonView key={data.id} person={data} />}
      {data ? <DeletePerson person={data} isOpen={confirming} onClose={() => setConfirming(false)} /> : null}
    </>
  );
}

function PersonView({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useRegisterPaths();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  return (
    <>
      <LiveStatus message={flash} />
      <div className="org-overview">
        <section className="panel" aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('register.person.contact')}</h2>
          <dl className="reg-details">
            <div className="reg-details-row">
              <dt>{t('register.fields.email')}</dt>
              <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : <span className="muted">{t('register.none')}</span>}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('register.fields.phone')}</dt>
              <dd>{person.phone ? <a href={`tel:${person.phone.replace(/[^+\d]/g, '')}`}>{person.phone}</a> : <span className="muted">{t('register.none')}</span>}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('register.fields.language')}</dt>
              <dd>{person.language ? languageName(person.language, lng) : <span className="muted">{t('register.none')}</span>}</dd>
            </div>
          </dl>
          {person.notes ? (
            <>
              <h3>{t('register.fields.notes')}</h3>
              <p className="reg-prewrap">{person.notes}</p>
            </>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="basis-heading">
          <h2 id="basis-heading">{t('register.person.basisTitle')}</h2>
          <dl className="reg-details">
            <div className="reg-details-row">
              <dt>{t('register.fields.legalBasis')}</dt>
              <dd>{legalBasisLabel(t, person.legalBasis)}</dd>
            </div>
            <div className="reg-details-row">
              <dt>{t('register.fields.legalBasisDate')}</dt>
              <dd>{formatDate(person.legalBasisDate, lng)}</dd>
            </div>
          </dl>
          <p className="small muted">{t(`register.legalBasisHelp.${person.legalBasis}`)}</p>
        </section>
      </div>
      <section className="panel" aria-labelledby="person-orgs-heading">
        <h2 id="person-orgs-heading">{t('register.person.organisations')}</h2>
        {person.organisations.length ? (
          <ul className="reg-people-list">
            {person.organisations.map((o) => (
              <li key={o.organisationId}>
                <Link to={paths.organisation(o.organisationId)}>{o.name}</Link>
                {o.role ? <span className="muted"> – {o.role}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('register.person.noOrganisations')}</p>
        )}
      </section>
    </>
  );
}

function DeletePerson({ person, isOpen, onClose }: { person: Person; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const navigate = useNavigate();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api<void>('DELETE', `/api/w/${ws.id}/people/${person.id}`),
    onSuccess: async () => {
      onClose();
      // Leave the page first, so nothing asks for the deleted record again.
      navigate(paths.people, { state: { message: t('register.person.deleted', { name: person.name }) } });
      client.removeQueries({ queryKey: [...registerKey(ws.id), 'person', person.id] });
      await client.invalidateQueries({ queryKey: registerKey(ws.id) });
    },
  });
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('register.person.deleteTitle', { name: person.name })}
      confirmLabel={t('register.person.deleteConfirm')}
      busy={remove.isPending}
      onConfirm={() => remove.mutate()}
      onCancel={() => {
        onClose();
        remove.reset();
      }}
    >
      <p>{t('register.person.deleteText', { name: person.name })}</p>
      <ErrorAlert error={remove.error} />
    </ConfirmDialog>
  );
}
