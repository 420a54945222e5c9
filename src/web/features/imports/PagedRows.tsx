// A list of an import's rows with given outcomes, read from the server a page at a time (a check
// of 100,000 rows may list 100,000): the page's table, "Rows 51–100 of 573", previous and next.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useImportRows } from './queries.ts';
import type { ImportRow, RowOutcome } from './types.ts';

export const PAGE_SIZE = 50;

export interface Column {
  key: string;
  header: string;
  className?: string;
  cell: (row: ImportRow) => ReactNode;
}

interface Props {
  importId: string;
  outcomes: readonly RowOutcome[];
  caption: string;
  columns: Column[];
  /** Changes when the rows change (a new check): back to the first page. */
  version: string | number;
  empty: ReactNode;
}

export function PagedRows({ importId, outcomes, caption, columns, version, empty }: Props) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  // The sheet rows each page starts after: [0] for the first page.
  const [starts, setStarts] = useState<number[]>([0]);
  const [seen, setSeen] = useState(version);
  if (seen !== version) {
    setSeen(version);
    setStarts([0]);
  }
  const after = starts[starts.length - 1]!;
  const page = useImportRows(ws.id, importId, outcomes, after, PAGE_SIZE, version);
  const n = (v: number) => formatNumber(v, i18n.language);

  if (page.isPending) return <Loading />;
  if (page.isError) return <ErrorAlert error={page.error} />;
  const { items, total, next } = page.data;
  if (!total) return <>{empty}</>;
  const from = (starts.length - 1) * PAGE_SIZE + 1;
  return (
    <>
      <TableWrap label={caption}>
        <table className="table import-rows" aria-busy={page.isFetching || undefined}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="reg-num">
                {t('imports.dryRun.row')}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.className}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.row}>
                <th scope="row" className="reg-num">
                  {r.row}
                </th>
                {columns.map((c) => (
                  <td key={c.key} className={c.className}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <nav className="import-pager" aria-label={t('imports.pager.label', { what: caption })}>
        <p className="import-pager-status" aria-live="polite">
          {t('imports.pager.status', { from: n(from), to: n(from + items.length - 1), total: n(total) })}
        </p>
        {starts.length > 1 || next !== null ? (
          <div className="import-pager-buttons">
            <button type="button" className="button button--secondary" disabled={starts.length === 1} onClick={() => setStarts((s) => s.slice(0, -1))}>
              {t('imports.pager.previous')}
            </button>
            <button type="button" className="button button--secondary" disabled={next === null} onClick={() => next !== null && setStarts((s) => [...s, next])}>
              {t('imports.pager.next')}
            </button>
          </div>
        ) : null}
      </nav>
    </>
  );
}
