// A project's partners: the organisation (link to the register), its role, country and NUTS
// region. Officers add one from the register (a search-as-you-type picker), change a role and
// remove one after a question; "Find partners" opens the register's partner search with the
// project's themes and its programme's area filled in. Each partner is an "EU project
// partnership" between our own organisation and it in the register.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Options, SelectField } from '../../components/Field.tsx';
import { EmptyState, ErrorAlert } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { AsyncPicker, type PickerItem } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { countryName, kindLabel } from '../register/labels.ts';
import { searchOrganisations, useNutsRegion } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useAddPartner, useChangePartnerRole, useProgrammes, useRemovePartner } from './api.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { focusSoon } from './focus.ts';
import { partnerRoleLabel } from './labels.tsx';
import { partnerSearchParams } from './partnerSearch.ts';
import { fieldMessage } from './ProjectFields.tsx';
import { PARTNER_ROLES, type Partner, type PartnerRole, type Project } from './types.ts';
import { inSentence } from '../../lib/format.ts';

const HEADING = 'pf-partners-heading';
const focusHeading = () => focusSoon(HEADING);

function NutsName({ code }: { code: string | null }) {
  const region = useNutsRegion(code).data;
  if (!code) return <span className="muted">–</span>;
  return (
    <>
      {region ? region.name : code}
      {region ? <span className="cell-sub">{code}</span> : null}
    </>
  );
}

export function PartnersSection({ p, onDone }: { p: Project; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const programme = useProgrammes(ws.id).data?.find((x) => x.id === p.programme?.id);
  const [editing, setEditing] = useState<Partner | null>(null);
  const [removing, setRemoving] = useState<Partner | null>(null);
  const remove = useRemovePartner(ws.id, p.id);
  const findPartners = paths.partnerSearch(partnerSearchParams(p, programme?.eligibleNuts ?? []));

  return (
    <section className="panel" aria-labelledby={HEADING}>
      <div className="reg-section-head">
        <h2 id={HEADING} tabIndex={-1}>
          {t('projects.partners.title')}
        </h2>
        {canWrite ? (
          <Link to={findPartners} className="button button--secondary">
            {t('projects.partners.find')}
          </Link>
        ) : null}
      </div>
      {p.partners.length === 0 ? (
        <EmptyState title={t('projects.partners.empty')}>
          <p>{canWrite ? t('projects.partners.emptyText') : t('projects.partners.emptyTextViewer')}</p>
        </EmptyState>
      ) : (
        <TableWrap label={t('projects.partners.title')}>
          <table className="table pf-partners">
            <caption className="visually-hidden">{t('projects.partners.caption', { acronym: p.acronym })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.partners.organisation')}</th>
                <th scope="col">{t('projects.partners.role')}</th>
                <th scope="col">{t('projects.partners.country')}</th>
                <th scope="col">{t('projects.partners.region')}</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {p.partners.map((x) => (
                <tr key={x.id}>
                  <th scope="row" className="cell-words">
                    <Link to={paths.organisation(x.organisation.id)}>{x.organisation.name}</Link>
                    <span className="cell-sub">{kindLabel(t, x.organisation.kind)}</span>
                  </th>
                  <td>
                    <span className={x.role === 'lead' ? 'reg-tag reg-tag--own' : undefined}>{partnerRoleLabel(t, x.role)}</span>
                  </td>
                  <td>{countryName(x.organisation.country, lng)}</td>
                  <td>
                    <NutsName code={x.organisation.nutsCode} />
                  </td>
                  {canWrite ? (
                    <td className="cell-actions">
                      <div className="pf-row-actions">
                        <button type="button" className="button button--small button--secondary" onClick={() => setEditing(x)}>
                          {t('projects.partners.changeRole')}
                          <span className="visually-hidden"> {x.organisation.name}</span>
                        </button>
                        <button type="button" className="button button--small button--danger-outline" onClick={() => setRemoving(x)}>
                          {t('projects.partners.remove')}
                          <span className="visually-hidden"> {x.organisation.name}</span>
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p className="muted small">{t('projects.partners.relationNote')}</p>
      {canWrite ? <AddPartner p={p} onDone={onDone} /> : null}
      {editing ? <RoleDialog key={editing.id} p={p} partner={editing} onClose={() => setEditing(null)} onDone={onDone} /> : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('projects.partners.removeTitle', { name: removing?.organisation.name ?? '' })}
        confirmLabel={t('projects.partners.removeConfirm')}
        busy={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              onDone(t('projects.partners.removed', { name: removing.organisation.name, acronym: p.acronym }));
              setRemoving(null);
              focusHeading();
            },
          })
        }
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <p>{removing ? t('projects.partners.removeText', { name: removing.organisation.name, acronym: p.acronym }) : null}</p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}

function AddPartner({ p, onDone }: { p: Project; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const add = useAddPartner(ws.id, p.id);
  const [org, setOrg] = useState<PickerItem | null>(null);
  const [role, setRole] = useState<PartnerRole>('partner');
  const [missing, setMissing] = useState(false);
  const orgError = missing ? t('projects.partners.pickOrganisation') : fieldMessage(add.error, 'organisationId');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!org) {
      setMissing(true);
      document.getElementById('pf-partner-org')?.focus();
      return;
    }
    add.mutate(
      { organisationId: org.id, role },
      {
        onSuccess: () => {
          onDone(t('projects.partners.added', { name: org.label, acronym: p.acronym }));
          setOrg(null);
          setRole('partner');
        },
      },
    );
  }

  return (
    <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="pf-add-partner-heading">
      <h3 id="pf-add-partner-heading">{t('projects.partners.add')}</h3>
      <p className="field-hint">{t('projects.partners.addHint')}</p>
      {add.error && !fieldMessage(add.error, 'organisationId') && !fieldMessage(add.error, 'role') ? <ErrorAlert error={add.error} /> : null}
      <div className="reg-form-grid">
        <AsyncPicker
          id="pf-partner-org"
          className="reg-form-grid-wide"
          label={t('projects.partners.organisation')}
          hint={t('projects.partners.organisationHint')}
          queryKey={['orgs', ws.id]}
          search={(q) =>
            searchOrganisations(ws.id, q).then((items) =>
              items.filter((o) => !o.isOwn).map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })),
            )
          }
          exclude={p.partners.map((x) => x.organisation.id)}
          value={org}
          onChange={(item) => {
            setMissing(false);
            add.reset();
            setOrg(item);
          }}
          error={orgError}
          isRequired
        />
        <SelectField id="pf-partner-role" label={t('projects.partners.role')} value={role} onChange={(e) => setRole(e.target.value as PartnerRole)} error={fieldMessage(add.error, 'role')}>
          <Options items={PARTNER_ROLES} value={(r) => r} label={(r) => partnerRoleLabel(t, r)} />
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? t('common.saving') : t('projects.partners.addButton')}
        </button>
      </div>
    </form>
  );
}

function RoleDialog({ p, partner, onClose, onDone }: { p: Project; partner: Partner; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const change = useChangePartnerRole(ws.id, p.id);
  const [role, setRole] = useState<PartnerRole>(partner.role);
  return (
    <FormDialog
      isOpen
      title={t('projects.partners.roleTitle', { name: partner.organisation.name })}
      submitLabel={t('common.save')}
      busy={change.isPending}
      onSubmit={() =>
        change.mutate(
          { partnerId: partner.id, role },
          {
            onSuccess: () => {
              onClose();
              onDone(t('projects.partners.roleChanged', { name: partner.organisation.name, role: inSentence(partnerRoleLabel(t, role)) }));
            },
          },
        )
      }
      onCancel={onClose}
    >
      <ErrorAlert error={change.error} />
      <SelectField id="pf-role-edit" label={t('projects.partners.role')} value={role} onChange={(e) => setRole(e.target.value as PartnerRole)} error={fieldMessage(change.error, 'role')}>
        <Options items={PARTNER_ROLES} value={(r) => r} label={(r) => partnerRoleLabel(t, r)} />
      </SelectField>
    </FormDialog>
  );
}
