// /w/:ws/projects/programmes — the funding programmes projects are applied to: the shipped
// catalogue (Interreg and the EU's own programmes, read-only) and the workspace's own (regional
// and national funds), which administrators add, change and delete.
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Options, SelectField } from '../../components/Field.tsx';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { intlLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { countryName } from '../register/labels.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDeleteProgramme, useProgrammes } from './api.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { focusSoon } from './focus.ts';
import { fundLabel } from './labels.tsx';
import { areaByCountry } from './lifecycle.ts';
import { ProgrammeDialog } from './ProgrammeDialog.tsx';
import { FUNDS, type Programme } from './types.ts';

export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const { isAdmin } = useProjectRights();
  const [q, setQ] = useState('');
  const [input, setInput] = useState('');
  const [fund, setFund] = useState('');
  const search = useMemo(() => {
    const p = new URLSearchParams();
    if (q.trim()) p.set('q', q.trim());
    if (fund) p.set('fund', fund);
    return p.toString();
  }, [q, fund]);
  const list = useProgrammes(ws.id, search);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Programme | null>(null);
  const remove = useDeleteProgramme(ws.id);
  const items = list.data ?? [];
  const own = items.filter((p) => p.own);
  const catalogue = items.filter((p) => !p.own);

  function submit(e: FormEvent) {
    e.preventDefault();
    setQ(input);
  }

  return (
    <>
      <PageHeader
        title={t('projects.programmes.title')}
        lead={t('projects.programmes.lead')}
        workspaceName={ws.name}
        actions={
          isAdmin ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('projects.programmes.add')}
            </button>
          ) : null
        }
      />
      <LiveStatus message={status} />
      <form onSubmit={submit} className="reg-search-form pf-programme-search" role="search" aria-label={t('projects.programmes.search')}>
        <label htmlFor="programme-search" className="reg-search-label">
          {t('projects.programmes.search')}
        </label>
        <div className="reg-search-row">
          <input id="programme-search" type="search" value={input} onChange={(e) => setInput(e.target.value)} autoComplete="off" enterKeyHint="search" maxLength={200} />
          <button type="submit" className="button button--primary">
            {t('projects.list.searchButton')}
          </button>
        </div>
      </form>
      <form className="filters pf-filters" aria-label={t('projects.programmes.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="programme-fund" label={t('projects.fields.fund')} value={fund} onChange={(e) => setFund(e.target.value)}>
          <Options empty={t('projects.filters.anyFund')} items={FUNDS} value={(f) => f} label={(f) => fundLabel(t, f)} />
        </SelectField>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError && !list.data ? (
        <ErrorAlert error={list.error} />
      ) : (
        <>
          <section className="panel" aria-labelledby="own-programmes-heading" aria-busy={list.isFetching ? true : undefined}>
            <h2 id="own-programmes-heading" tabIndex={-1}>{t('projects.programmes.ownGroup')}</h2>
            {own.length ? (
              <ProgrammeTable items={own} caption={t('projects.programmes.ownGroup')} onEdit={isAdmin ? setEditing : undefined} onDelete={isAdmin ? setDeleting : undefined} lng={lng} />
            ) : (
              <EmptyState title={q || fund ? t('projects.programmes.noMatches') : t('projects.programmes.ownEmpty')}>
                <p>{q || fund ? t('projects.programmes.noMatchesText') : isAdmin ? t('projects.programmes.ownEmptyText') : t('projects.programmes.ownEmptyViewer')}</p>
              </EmptyState>
            )}
          </section>
          <section className="panel" aria-labelledby="catalogue-heading">
            <h2 id="catalogue-heading">{t('projects.programmes.catalogueGroup')}</h2>
            <p className="field-hint">{t('projects.programmes.catalogueHint')}</p>
            {catalogue.length ? (
              <ProgrammeTable items={catalogue} caption={t('projects.programmes.catalogueGroup')} lng={lng} />
            ) : (
              <EmptyState title={t('projects.programmes.noMatches')}>
                <p>{t('projects.programmes.noMatchesText')}</p>
              </EmptyState>
            )}
          </section>
        </>
      )}
      {editing ? (
        <ProgrammeDialog
          programme={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setStatus(message);
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('projects.programmes.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('projects.programmes.deleteConfirm')}
        busy={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setStatus(t('projects.programmes.deleted', { name: deleting.name }));
              setDeleting(null);
              focusSoon('own-programmes-heading');
            },
          })
        }
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        <p>{deleting ? t('projects.programmes.deleteText', { name: deleting.name }) : null}</p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </>
  );
}

/** The eligible area in short: its countries, and the regions behind a disclosure. */
function Area({ codes, lng }: { codes: string[]; lng: string }) {
  const { t } = useTranslation();
  if (!codes.length) return <span className="muted">{t('projects.programmes.wholeEu')}</span>;
  const groups = areaByCountry(codes);
  const regions = groups.reduce((n, [, r]) => n + r.length, 0);
  return (
    <>
      <span>{groups.map(([country]) => countryName(country, lng)).join(', ')}</span>
      {regions ? (
        <details className="pf-area">
          <summary>{t('projects.programmes.regions', { count: regions })}</summary>
          <ul className="reg-plain-list">
            {groups.map(([country, list]) => (
              <li key={country}>
                <strong>{countryName(country, lng)}</strong>
                {list.length ? `: ${list.join(', ')}` : ` (${t('projects.programmes.wholeCountry')})`}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function ProgrammeTable({ items, caption, onEdit, onDelete, lng }: { items: Programme[]; caption: string; onEdit?: (p: Programme) => void; onDelete?: (p: Programme) => void; lng: string }) {
  const { t } = useTranslation();
  const paths = useProjectPaths();
  const percent = new Intl.NumberFormat(intlLocale(lng), { style: 'percent', maximumFractionDigits: 2 });
  const actions = Boolean(onEdit || onDelete);
  return (
    <TableWrap label={caption}>
      <table className="table pf-programmes">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.programmes.name')}</th>
            <th scope="col">{t('projects.fields.fund')}</th>
            <th scope="col">{t('projects.programmes.period')}</th>
            <th scope="col">{t('projects.programmes.cci')}</th>
            <th scope="col">{t('projects.programmes.area')}</th>
            <th scope="col" className="reg-num">
              {t('projects.programmes.rate')}
            </th>
            <th scope="col" className="reg-num">
              {t('projects.programmes.projects')}
            </th>
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id} id={`programme-${p.id}`}>
              <th scope="row" className="cell-words">
                {p.url ? (
                  <a href={p.url} target="_blank" rel="noreferrer noopener">
                    {p.name}
                    <span className="visually-hidden"> ({t('projects.programmes.opensNew')})</span>
                  </a>
                ) : (
                  p.name
                )}
                {p.managingAuthority ? <span className="cell-sub">{p.managingAuthority}</span> : null}
              </th>
              <td>{fundLabel(t, p.fund)}</td>
              <td className="cell-nowrap">
                {p.periodStart}–{p.periodEnd}
              </td>
              <td className="cell-nowrap">{p.cci ?? <span className="muted">–</span>}</td>
              <td className="cell-words">
                <Area codes={p.eligibleNuts} lng={lng} />
              </td>
              <td className="reg-num">{p.maxCofinancingRate === null ? <span className="muted">–</span> : percent.format(p.maxCofinancingRate / 100)}</td>
              <td className="reg-num">
                {p.projectCount ? (
                  <Link to={paths.listWith(new URLSearchParams({ programmeId: p.id }))} aria-label={t('projects.programmes.projectsOf', { count: p.projectCount, name: p.name })}>
                    {formatNumber(p.projectCount, lng)}
                  </Link>
                ) : (
                  formatNumber(0, lng)
                )}
              </td>
              {actions ? (
                <td className="cell-actions">
                  {onEdit ? (
                    <button type="button" className="button button--small button--secondary" onClick={() => onEdit(p)}>
                      {t('projects.programmes.edit')}
                      <span className="visually-hidden"> {p.name}</span>
                    </button>
                  ) : null}
                  {onDelete ? (
                    <button type="button" className="button button--small button--danger-outline" onClick={() => onDelete(p)}>
                      {t('projects.programmes.delete')}
                      <span className="visually-hidden"> {p.name}</span>
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
