// "Export the list" on the organisation list: the organisations it shows (its search and
// filters) as CSV (semicolons, UTF-8, opens in Swedish and Danish Excel) or XLSX. Plain links:
// the browser downloads the file with the session cookie, and the file imports back unchanged.
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { exportHref } from './queries.ts';

export function ExportLinks({ search }: { search: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <div className="reg-export" role="group" aria-labelledby="reg-export-label">
      <span id="reg-export-label" className="reg-export-label">
        {t('imports.export.label')}
      </span>
      <a className="button button--secondary button--small" href={exportHref(ws.id, search, 'csv')} download>
        <span className="visually-hidden">{t('imports.export.as')} </span>
        {t('imports.export.csv')}
      </a>
      <a className="button button--secondary button--small" href={exportHref(ws.id, search, 'xlsx')} download>
        <span className="visually-hidden">{t('imports.export.as')} </span>
        {t('imports.export.xlsx')}
      </a>
    </div>
  );
}
