// The list's status tabs: every status with how many projects it holds under the other filters,
// as links (each is a view with its own address). The current one is marked for screen readers.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { changeState, projectStateToParams, type ProjectListState } from './filters.ts';
import { useProjectPaths } from './hooks.ts';
import { statusLabel } from './labels.tsx';
import { PROJECT_STATUSES, type ProjectStatus } from './types.ts';

export function StatusTabs({ state, counts }: { state: ProjectListState; counts: Partial<Record<ProjectStatus, number>> | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useProjectPaths();
  const all = counts ? Object.values(counts).reduce((a, b) => a + (b ?? 0), 0) : null;
  const tab = (status: ProjectStatus | '', label: string, count: number | null) => (
    <li key={status || 'all'}>
      <Link
        to={paths.listWith(projectStateToParams(changeState(state, { status })))}
        className="case-quick-link pf-tab"
        aria-current={state.status === status ? 'page' : undefined}
        preventScrollReset
      >
        {label}
        {count !== null ? (
          <span className="pf-tab-count">
            <span className="visually-hidden">: </span>
            {formatNumber(count, lng)}
          </span>
        ) : null}
      </Link>
    </li>
  );
  return (
    <nav className="case-quick pf-tabs" aria-label={t('projects.list.statusTabs')}>
      <ul>
        {tab('', t('projects.list.allStatuses'), all)}
        {PROJECT_STATUSES.map((s) => tab(s, statusLabel(t, s), counts ? (counts[s] ?? 0) : null))}
      </ul>
    </nav>
  );
}
