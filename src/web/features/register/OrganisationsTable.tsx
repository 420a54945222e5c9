// The organisation list's results: name (link), kind, country, city, relation count and, when
// searching, why each one matched.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useRegisterPaths } from './hooks.ts';
import { countryName, kindLabel, reasonLabel } from './labels.ts';
import type { OrganisationListItem } from './types.ts';

export function OrgFlags({ isOwn, isLocal }: { isOwn: boolean; isLocal: boolean }) {
  const { t } = useTranslation();
  if (!isOwn && !isLocal) return null;
  return (
    <span className="org-flags">
      {isOwn ? <span className="reg-tag reg-tag--own">{t('register.flags.own')}</span> : null}
      {isLocal && !isOwn ? <span className="reg-tag reg-tag--local">{t('register.flags.local')}</span> : null}
    </span>
  );
}

export function OrganisationsTable({ items, showReasons }: { items: OrganisationListItem[]; showReasons: boolean }) {
  const { t, i18n } = useTranslation();
  const paths = useRegisterPaths();
  return (
    <TableWrap label={t('register.list.results')}>
      <table className="table org-table">
        <caption className="visually-hidden">{t('register.list.results')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.fields.name')}</th>
            <th scope="col">{t('register.fields.kind')}</th>
            <th scope="col">{t('register.fields.country')}</th>
            <th scope="col">{t('register.fields.city')}</th>
            <th scope="col" className="reg-num">
              {t('register.list.relations')}
            </th>
            {showReasons ? <th scope="col">{t('register.list.why')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="cell-break">
                <Link to={paths.organisation(o.id)}>{o.name}</Link>
                <OrgFlags isOwn={o.isOwn} isLocal={o.isLocal} />
              </th>
              <td>{kindLabel(t, o.kind)}</td>
              <td>{countryName(o.country, i18n.language)}</td>
              <td>{o.city ?? <span className="muted">–</span>}</td>
              <td className="reg-num">{formatNumber(o.relationCount, i18n.language)}</td>
              {showReasons ? (
                <td>
                  {o.reasons.length ? (
                    <ul className="reg-chips">
                      {o.reasons.map((r) => (
                        <li key={r} className={`reg-chip reg-chip--${r}`}>
                          {reasonLabel(t, r)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
