// /w/:ws/register/people — contact people, sorted by name, with a search box (?q=) and "load more".
// Contact details are not listed here: they are shown (and the read logged) on each person's page.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDebounced, useRegisterPaths, useRegisterRights } from './hooks.ts';
import { usePeopleList } from './queries.ts';

export function PeoplePage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const { canWrite } = useRegisterRights();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const [input, setInput] = useState(q);
  const [urlQ, setUrlQ] = useState(q);
  if (q !== urlQ) {
    setUrlQ(q);
    setInput(q);
  }
  const settled = useDebounced(input, 350);
  useEffect(() => {
    if (settled !== input || settled.trim() === q) return;
    setParams(settled.trim() ? { q: settled.trim() } : {}, { replace: true, preventScrollReset: true });
  }, [settled, input, q, setParams]);

  const people = usePeopleList(ws.id, q);
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];

  function submit(e: FormEvent) {
    e.preventDefault();
    if (input.trim() !== q) setParams(input.trim() ? { q: input.trim() } : {});
  }

  return (
    <>
      <PageHeader
        title={t('register.people.title')}
        lead={t('register.people.lead')}
        workspaceName={ws.name}
        actions={
          canWrite ? (
            <Link to={paths.newPerson()} className="button button--primary">
              {t('register.people.new')}
            </Link>
          ) : null
        }
      />
      <LiveStatus message={flash} />
      <form onSubmit={submit} className="reg-search-form" role="search" aria-label={t('register.people.search')}>
        <label htmlFor="people-search" className="reg-search-label">
          {t('register.people.search')}
        </label>
        <div className="reg-search-row">
          <input id="people-search" type="search" value={input} onChange={(e) => setInput(e.target.value)} autoComplete="off" enterKeyHint="search" />
          <button type="submit" className="button button--primary">
            {t('register.list.searchButton')}
          </button>
        </div>
      </form>
      <section aria-labelledby="people-results" className="panel" aria-busy={people.isFetching && !people.isFetchingNextPage ? true : undefined}>
        <h2 id="people-results" className="visually-hidden">
          {t('register.people.results')}
        </h2>
        {people.isPending ? (
          <Loading />
        ) : !people.data ? (
          <ErrorAlert error={people.error} />
        ) : items.length === 0 ? (
          <EmptyState title={q ? t('register.people.noMatches') : t('register.people.empty')}>
            <p>{q ? t('register.people.noMatchesText') : t('register.people.emptyText')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="reg-result-count" role="status">
              {people.hasNextPage ? t('register.people.showingMore', { count: items.length }) : t('register.people.showing', { count: items.length })}
            </p>
            <TableWrap label={t('register.people.results')}>
              <table className="table">
                <caption className="visually-hidden">{t('register.people.results')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('register.fields.name')}</th>
                    <th scope="col">{t('register.fields.title')}</th>
                    <th scope="col">{t('register.people.organisations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" className="cell-break">
                        <Link to={paths.person(p.id)}>{p.name}</Link>
                      </th>
                      <td>{p.title ?? <span className="muted">–</span>}</td>
                      <td>
                        {p.organisations.length ? (
                          <ul className="reg-plain-list">
                            {p.organisations.map((o) => (
                              <li key={o.organisationId}>
                                <Link to={paths.organisation(o.organisationId)}>{o.name}</Link>
                                {o.role ? <span className="muted"> – {o.role}</span> : null}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <span className="muted">–</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {people.hasNextPage ? (
              <div className="form-actions">
                <button type="button" className="button button--secondary" disabled={people.isFetchingNextPage} onClick={() => void people.fetchNextPage()}>
                  {people.isFetchingNextPage ? t('common.loading') : t('register.list.loadMore')}
                </button>
              </div>
            ) : null}
            {people.isError ? <ErrorAlert error={people.error} /> : null}
          </>
        )}
      </section>
    </>
  );
}
