// Relations proposed by survey answers. Accepting adds the relation (and the partner, if the
// register does not have it yet); the confirmation links to where the relation now shows.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate } from '../../lib/format.ts';
import { countryName } from '../maps/countries.ts';
import { useProposals, type Proposal } from './api.ts';

export function ProposalsSection({ workspaceId, slug, canDecide }: { workspaceId: string; slug: string; canDecide: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const proposals = useProposals(workspaceId);
  const [status, setStatus] = useState<ReactNode>(null);
  const orgPath = (id: string) => `/w/${slug}/register/organisations/${id}`;
  const decide = useMutation({
    mutationFn: ({ p, decision }: { p: Proposal; decision: 'accept' | 'reject' }) => api<Proposal>('POST', `/api/w/${workspaceId}/survey/proposals/${p.id}/decision`, { decision }),
    onSuccess: (done) => {
      setStatus(
        done.status === 'accepted' ? (
          <>
            {t('survey.staff.acceptedMessage', { partner: done.partnerName, company: done.organisation.name })}{' '}
            <Link to={orgPath(done.organisation.id)}>{t('survey.staff.seeRelation', { company: done.organisation.name })}</Link>
          </>
        ) : (
          t('survey.staff.rejectedMessage', { partner: done.partnerName, company: done.organisation.name })
        ),
      );
      // The register, the map and the graph have a new relation (and perhaps a new organisation).
      void client.invalidateQueries({ queryKey: ['ws', workspaceId] });
    },
  });

  const pending = proposals.data?.filter((p) => p.status === 'pending') ?? [];
  const decided = proposals.data?.filter((p) => p.status !== 'pending') ?? [];

  return (
    <>
      <section className="panel" aria-labelledby="survey-proposals-heading">
        <h2 id="survey-proposals-heading">{t('survey.staff.proposalsHeading')}</h2>
        <p className="muted">{t('survey.staff.proposalsLead')}</p>
        <LiveStatus message={status} />
        <ErrorAlert error={decide.error} />
        {proposals.isPending ? (
          <Loading />
        ) : proposals.isError ? (
          <ErrorAlert error={proposals.error} />
        ) : pending.length === 0 ? (
          <EmptyState title={t('survey.staff.noPending')}>
            <p>{t('survey.staff.noPendingText')}</p>
          </EmptyState>
        ) : (
          <ProposalTable caption={t('survey.staff.proposalsHeading')} id="survey-pending" items={pending} orgPath={orgPath}>
            {(p) =>
              canDecide ? (
                <>
                  <button type="button" className="button button--small button--primary" disabled={decide.isPending} onClick={() => decide.mutate({ p, decision: 'accept' })}>
                    {t('survey.staff.accept')}
                    <span className="visually-hidden"> {t('survey.staff.proposalName', { partner: p.partnerName, company: p.organisation.name })}</span>
                  </button>
                  <button type="button" className="button button--small button--danger-outline" disabled={decide.isPending} onClick={() => decide.mutate({ p, decision: 'reject' })}>
                    {t('survey.staff.reject')}
                    <span className="visually-hidden"> {t('survey.staff.proposalName', { partner: p.partnerName, company: p.organisation.name })}</span>
                  </button>
                </>
              ) : null
            }
          </ProposalTable>
        )}
      </section>
      {decided.length ? (
        <section className="panel" aria-labelledby="survey-decided-heading">
          <h2 id="survey-decided-heading">{t('survey.staff.decidedHeading')}</h2>
          <ProposalTable caption={t('survey.staff.decidedHeading')} id="survey-decided" items={decided} orgPath={orgPath} showDecision>
            {(p) =>
              p.status === 'accepted' ? (
                <Link to={orgPath(p.organisation.id)}>
                  {t('survey.staff.seeRelationShort')}
                  <span className="visually-hidden"> {t('survey.staff.proposalName', { partner: p.partnerName, company: p.organisation.name })}</span>
                </Link>
              ) : null
            }
          </ProposalTable>
        </section>
      ) : null}
    </>
  );
}

function ProposalTable({
  caption,
  id,
  items,
  orgPath,
  showDecision,
  children,
}: {
  caption: string;
  id: string;
  items: Proposal[];
  orgPath: (id: string) => string;
  showDecision?: boolean;
  children: (p: Proposal) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <TableWrap label={caption}>
      <table className="table" id={id}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.fields.partner')}</th>
            <th scope="col">{t('survey.fields.relationType')}</th>
            <th scope="col">{t('survey.fields.answeredBy')}</th>
            {showDecision ? <th scope="col">{t('survey.fields.decision')}</th> : null}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.partnerName}
                <span className="cell-sub">{countryName(p.partnerCountry, i18n.language)}</span>
              </th>
              <td>{t(`survey.partnerTypes.${p.relationType}`, { defaultValue: p.relationType })}</td>
              <td>
                <Link to={orgPath(p.organisation.id)}>{p.organisation.name}</Link>
                <span className="cell-sub">{t('survey.staff.answeredOn', { date: formatDate(p.submittedAt, i18n.language) })}</span>
              </td>
              {showDecision ? (
                <td>
                  <span className={`status status--proposal-${p.status}`}>{t(`survey.status.${p.status}`)}</span>
                </td>
              ) : null}
              <td className="cell-actions">{children(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
