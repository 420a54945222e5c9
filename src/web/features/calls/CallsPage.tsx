// /w/:ws/projects/calls — calls for proposals: status tabs with counts (forthcoming, open, closed:
// from the dates), a search, the programme and "only calls I follow" filters and the sort, all in
// the address; each call with its next deadline in the call's own time and the days left; pages
// of 25. Officers enter calls; administrators set the days on which followers are reminded.
import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Options, SelectField } from '../../components/Field.tsx';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { CheckboxField } from '../register/fields.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useProgrammes } from '../projects/api.ts';
import { useProjectPaths, useProjectRights } from '../projects/hooks.ts';
import { pageInfo } from '../projects/filters.ts';
import { Pager } from '../projects/Pager.tsx';
import { useCalls } from './api.ts';
import { CallDialog } from './CallDialog.tsx';
import { ImportCallsDialog } from './ImportCallsDialog.tsx';
import { CallStatusBadge, DeadlineText } from './deadline.tsx';
import { ReminderSettings } from './ReminderSettings.tsx';
import { CALL_STATUSES, type CallStatus } from './types.ts';

const PAGE = 25;
const SORTS = ['deadline', '-deadline', 'title', '-updated_at'] as const;

interface CallListState {
  q: string;
  status: CallStatus | '';
  programmeId: string;
  following: boolean;
  sort: (typeof SORTS)[number];
  page: number;
}

export function parseCallState(p: URLSearchParams): CallListState {
  const status = p.get('status') ?? '';
  const sort = p.get('sort') ?? 'deadline';
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  return {
    q: p.get('q') ?? '',
    status: (CALL_STATUSES as readonly string[]).includes(status) ? (status as CallStatus) : '',
    programmeId: p.get('programmeId') ?? '',
    following: p.get('following') === 'true',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CallListState['sort']) : 'deadline',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The address of a view (defaults left out), and the API's query for it. */
export function callStateToParams(s: CallListState, api = false): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.status) p.set('status', s.status);
  if (s.programmeId) p.set('programmeId', s.programmeId);
  if (s.following) p.set('following', 'true');
  if (api || s.sort !== 'deadline') p.set('sort', s.sort);
  if (api) {
    p.set('limit', String(PAGE));
    p.set('offset', String((s.page - 1) * PAGE));
  } else if (s.page > 1) p.set('page', String(s.page));
  return p;
}

export function CallsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const { canWrite, isAdmin } = useProjectRights();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => parseCallState(new URLSearchParams(search)), [search]);
  const list = useCalls(ws.id, callStateToParams(state, true).toString());
  const programmes = useProgrammes(ws.id).data ?? [];
  const [message, setMessage] = useState<string>((useLocation().state as { message?: string } | null)?.message ?? '');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const base = `${paths.list}/calls`;
  const href = (s: CallListState) => {
    const qs = callStateToParams(s).toString();
    return qs ? `${base}?${qs}` : base;
  };
  const change = (patch: Partial<CallListState>) => setParams(callStateToParams({ ...state, page: 1, ...patch }), { preventScrollReset: true });
  const filtered = Boolean(state.q || state.programmeId || state.following || state.status);
  const data = list.data;
  const counts = data?.statusCounts;
  const all = counts ? CALL_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0) : null;

  const tab = (status: CallStatus | '', label: string, count: number | null | undefined) => (
    <li key={status || 'all'}>
      <Link to={href({ ...state, status, page: 1 })} className="case-quick-link pf-tab" aria-current={state.status === status ? 'page' : undefined} preventScrollReset>
        {label}
        {count !== null && count !== undefined ? (
          <span className="pf-tab-count">
            <span className="visually-hidden">: </span>
            {formatNumber(count, lng)}
          </span>
        ) : null}
      </Link>
    </li>
  );

  return (
    <>
      <PageHeader
        title={t('calls.list.title')}
        lead={t('calls.list.lead')}
        workspaceName={ws.name}
        actions={
          canWrite ? (
            <>
              <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
                {t('calls.import.open')}
              </button>
              <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
                {t('calls.list.add')}
              </button>
            </>
          ) : null
        }
      />
      <LiveStatus message={message} />
      <SearchBox id="call-search" label={t('calls.list.search')} button={t('calls.list.searchButton')} q={state.q} onSearch={(q) => change({ q })} />
      <nav className="case-quick pf-tabs" aria-label={t('calls.list.statusTabs')}>
        <ul>
          {tab('', t('calls.list.allStatuses'), all)}
          {CALL_STATUSES.map((s) => tab(s, t(`calls.status.${s}`), counts ? (counts[s] ?? 0) : null))}
        </ul>
      </nav>
      <form className="filters pf-filters" aria-label={t('calls.list.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="call-filter-programme" label={t('calls.list.programme')} value={state.programmeId} onChange={(e) => change({ programmeId: e.target.value })}>
          <Options empty={t('calls.list.anyProgramme')} items={programmes} value={(p) => p.id} label={(p) => p.name} />
        </SelectField>
        <SelectField id="call-sort" label={t('calls.list.sortLabel')} value={state.sort} onChange={(e) => change({ sort: e.target.value as CallListState['sort'] })}>
          <Options items={SORTS} value={(s) => s} label={(s) => t(`calls.list.sort.${s}`)} />
        </SelectField>
        <CheckboxField id="call-filter-following" label={t('calls.list.following')} checked={state.following} onChange={(e) => change({ following: e.target.checked })} />
        {filtered ? (
          <button type="button" className="button button--secondary button--small" onClick={() => setParams(new URLSearchParams())}>
            {t('calls.list.clear')}
          </button>
        ) : null}
      </form>
      {list.isPending ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={list.error} />
      ) : data.items.length === 0 ? (
        <EmptyState title={filtered ? t('calls.list.noMatches') : t('calls.list.empty')}>
          <p>{filtered ? t('calls.list.noMatchesText') : canWrite ? t('calls.list.emptyText') : t('calls.list.emptyTextViewer')}</p>
        </EmptyState>
      ) : (
        <section aria-busy={list.isFetching ? true : undefined}>
          {list.isError ? <ErrorAlert error={list.error} /> : null}
          <p className="reg-result-count" aria-live="polite">
            {data.total > data.items.length
              ? t('calls.list.showingRange', { count: data.total, from: formatNumber((state.page - 1) * PAGE + 1, lng), to: formatNumber((state.page - 1) * PAGE + data.items.length, lng), total: formatNumber(data.total, lng) })
              : t('calls.list.showing', { count: data.total, total: formatNumber(data.total, lng) })}
          </p>
          <TableWrap label={t('calls.list.title')}>
            <table className="table call-table">
              <caption className="visually-hidden">{t('calls.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('calls.list.call')}</th>
                  <th scope="col">{t('calls.list.programme')}</th>
                  <th scope="col">{t('calls.call.status')}</th>
                  <th scope="col">{t('calls.list.opens')}</th>
                  <th scope="col">{t('calls.list.deadline')}</th>
                  <th scope="col" className="reg-num">
                    {t('calls.list.followers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="cell-words">
                      <Link to={`${base}/${c.id}`}>{c.title}</Link>
                      {c.identifier ? <span className="cell-sub">{c.identifier}</span> : null}
                      {c.following ? <span className="cell-sub call-following">{t('calls.list.youFollow')}</span> : null}
                    </th>
                    <td className="cell-words">{c.programme.name}</td>
                    <td>
                      <CallStatusBadge status={c.status} />
                    </td>
                    <td className="cell-nowrap">{c.opensOn ? formatDay(c.opensOn, lng) : <span className="muted">–</span>}</td>
                    <td>
                      {c.nextDeadline ? (
                        <>
                          {c.twoStage ? <span className="cell-sub">{t('calls.deadline.stage', { stage: c.nextDeadline.stage })}</span> : null}
                          <DeadlineText deadline={c.nextDeadline} timeZone={c.timeZone} />
                        </>
                      ) : (
                        <DeadlineText deadline={c.stage2Deadline ?? c.deadline} timeZone={c.timeZone} />
                      )}
                    </td>
                    <td className="reg-num">{formatNumber(c.followerCount, lng)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pager info={pageInfo(data.total, state.page, PAGE)} href={(page) => href({ ...state, page })} />
        </section>
      )}
      {isAdmin ? <ReminderSettings onSaved={setMessage} /> : null}
      {importing ? (
        <ImportCallsDialog
          onClose={() => setImporting(false)}
          onDone={(msg) => {
            setImporting(false);
            setMessage(msg);
          }}
        />
      ) : null}
      {adding ? (
        <CallDialog
          call={null}
          onClose={() => setAdding(false)}
          onDone={(msg) => {
            setAdding(false);
            setMessage(msg);
          }}
        />
      ) : null}
    </>
  );
}
