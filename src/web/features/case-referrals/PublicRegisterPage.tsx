// /public/:workspaceSlug/cases — the public register of cases (allmän handling), without logging
// in: number, date, category, status and title, with personal data masked; a secret case shows
// only its number, its date and that it is secret. Search by registration number; pages. The
// search and page are in the address (?q=…&page=…), so a result can be linked to.
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { formatDay, statusLabel } from '../cases/labels.tsx';
import { pickLabel } from '../register/labels.ts';
import { usePublicRegister } from './api.ts';

export function PublicRegisterPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { workspaceSlug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(q);
  // A search from the address (back button, a shared link) shows in the box.
  const [shown, setShown] = useState(q);
  if (shown !== q) {
    setShown(q);
    setDraft(q);
  }
  const register = usePublicRegister(workspaceSlug, { q, page });
  const data = register.data;
  const missing = register.error instanceof ApiError && register.error.status === 404;
  const badSearch = register.error instanceof ApiError && register.error.status === 422 ? register.error.fieldMessage('q') : undefined;

  const go = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) p.set('q', nq);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  };
  function search(e: FormEvent) {
    e.preventDefault();
    go({ q: draft.trim(), page: 1 });
  }

  if (missing) {
    return (
      <div className="auth-card">
        <PageHeader title={t('referrals.register.notFoundTitle')} />
        <p>{t('referrals.register.notFoundText')}</p>
      </div>
    );
  }
  const name = data?.workspace.name;
  return (
    <div className="public-register">
      <PageHeader title={name ? t('referrals.register.title', { workspace: name }) : t('referrals.register.loadingTitle')} lead={t('referrals.register.intro')} workspaceName={name} />
      {/* What is hidden and how to read a whole case: a note of its own, apart from the lead. */}
      <div className="alert alert--info public-register-note">
        <p>{t('referrals.register.masking')}</p>
      </div>
      <form className="filters public-register-search" role="search" onSubmit={search} noValidate aria-label={t('referrals.register.searchLabel')}>
        <TextField id="register-q" label={t('referrals.register.number')} hint={t('referrals.register.numberHint')} value={draft} onChange={(e) => setDraft(e.target.value)} error={badSearch} maxLength={60} />
        <div className="filters-actions">
          <button type="submit" className="button button--primary">
            {t('referrals.register.search')}
          </button>
          {q ? (
            <button type="button" className="button button--secondary" onClick={() => go({ q: '', page: 1 })}>
              {t('referrals.register.showAll')}
            </button>
          ) : null}
        </div>
      </form>
      {register.isPending ? (
        <Loading />
      ) : !data ? (
        badSearch ? null : <ErrorAlert error={register.error} />
      ) : (
        <>
          <p role="status" className="public-register-count">
            {q ? t('referrals.register.found', { count: data.total, q }) : t('referrals.register.count', { count: data.total, total: formatNumber(data.total, lng) })}
          </p>
          {data.items.length ? (
            <TableWrap label={t('referrals.register.tableTitle')}>
              <table className="table public-register-table">
                <caption className="visually-hidden">{t('referrals.register.tableTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('referrals.columns.reference')}</th>
                    <th scope="col">{t('referrals.columns.received')}</th>
                    <th scope="col">{t('referrals.columns.category')}</th>
                    <th scope="col">{t('referrals.columns.status')}</th>
                    <th scope="col">{t('referrals.columns.title')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <tr key={c.reference} className={c.secret ? 'register-row--secret' : undefined}>
                      <th scope="row" className="cell-nowrap">
                        {c.reference}
                      </th>
                      <td className="cell-nowrap">{formatDay(c.receivedOn, lng)}</td>
                      {c.secret ? (
                        <td colSpan={3}>
                          <span className="secret-marker">{t('referrals.register.secret')}</span>
                        </td>
                      ) : (
                        <>
                          <td>{c.category ? pickLabel(c.category.labels, lng, c.category.code) : ''}</td>
                          <td className="cell-nowrap">{c.status ? statusLabel(t, c.status) : ''}</td>
                          <td className="cell-break">{c.title}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          {data.pages > 1 ? (
            <nav className="pager" aria-label={t('referrals.register.pages')}>
              <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
                {t('referrals.register.previous')}
              </button>
              <span>{t('referrals.register.pageOf', { page: data.page, pages: data.pages })}</span>
              <button type="button" className="button button--secondary" disabled={page >= data.pages} onClick={() => go({ page: page + 1 })}>
                {t('referrals.register.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
