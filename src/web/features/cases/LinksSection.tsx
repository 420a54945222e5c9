// Organisations in the register the case is about (the partner it was referred to is linked too):
// each links to its page; staff add and remove links.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AsyncPicker, type PickerItem } from '../register/fields.tsx';
import { countryName, kindLabel } from '../register/labels.ts';
import { searchOrganisations } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseEntry, type CaseDetail, type CaseLink } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { useCasePaths, useCaseRights } from './hooks.ts';

export function LinksSection({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useCasePaths();
  const { canWrite } = useCaseRights();
  const [org, setOrg] = useState<PickerItem | null>(null);
  const [missing, setMissing] = useState(false);
  const add = useCaseEntry<{ organisationId: string }, CaseLink>(ws.id, c.id, 'POST', () => '/links');
  const remove = useCaseEntry<CaseLink, void>(ws.id, c.id, 'DELETE', (l) => `/links/${l.id}`);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!org) {
      setMissing(true);
      document.getElementById('case-link-org')?.focus();
      return;
    }
    add.mutate(
      { organisationId: org.id },
      {
        onSuccess: () => {
          onDone(t('cases.links.added', { name: org.label }));
          setOrg(null);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="case-links-heading">
      <h2 id="case-links-heading">{t('cases.links.title')}</h2>
      {c.links.length === 0 ? (
        <p className="muted">{t('cases.links.empty')}</p>
      ) : (
        <ul className="case-links">
          {c.links.map((l) => (
            <li key={l.id}>
              <Link to={paths.organisation(l.organisation.id)}>{l.organisation.name}</Link>
              {l.note ? <span className="muted"> – {l.note}</span> : null}
              {canWrite ? (
                <button
                  type="button"
                  className="button button--small button--danger-outline"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(l, { onSuccess: () => onDone(t('cases.links.removed', { name: l.organisation.name })) })}
                >
                  {t('cases.links.remove')}
                  <span className="visually-hidden"> {l.organisation.name}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary error={remove.error} targets={{}} />
      {canWrite ? (
        <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="case-link-add">
          <h3 id="case-link-add">{t('cases.links.add')}</h3>
          <ErrorSummary error={add.error} targets={{ organisationId: 'case-link-org' }} />
          <AsyncPicker
            id="case-link-org"
            label={t('cases.links.organisation')}
            queryKey={['orgs', ws.id]}
            search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
            exclude={c.links.map((l) => l.organisation.id)}
            value={org}
            onChange={(item) => {
              setMissing(false);
              setOrg(item);
            }}
            error={missing ? t('cases.links.pick') : fieldError(add.error, 'organisationId')}
            isRequired
          />
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={add.isPending}>
              {add.isPending ? t('common.saving') : t('cases.links.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
