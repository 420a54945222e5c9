// The audit entries. Ids of people and invitations are shown as names and addresses where the
// admin can see them (member and invitation lists), else as a short id.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useInvites, useMembers } from '../admin/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AuditChange } from './AuditChange.tsx';
import { actionLabel, entityLabel } from './labels.ts';
import { nameFromPayload } from './values.ts';
import { TableWrap } from '../../components/TableWrap.tsx';

function useEntityNames(wsId: string) {
  const members = useMembers(wsId).data ?? [];
  const invites = useInvites(wsId).data ?? [];
  const names = new Map<string, string>();
  for (const m of members) names.set(m.userId, m.name);
  for (const i of invites) names.set(i.id, i.email);
  return names;
}

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const names = useEntityNames(ws.id);
  return (
    <TableWrap label={t('audit.title')}>
      <table className="table table--audit">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.change')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td className="cell-nowrap">
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
              </td>
              <td>{e.actor?.name ?? <span className="muted">{t('audit.system')}</span>}</td>
              <td>{actionLabel(t, e.action)}</td>
              <td>
                <span className="entity-type">{entityLabel(t, e.entityType)}</span>
                <br />
                <span className="cell-break">{names.get(e.entityId) ?? nameFromPayload(e.after, e.before) ?? <code>{e.entityId.slice(0, 8)}</code>}</span>
              </td>
              <td>
                <AuditChange before={e.before} after={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
