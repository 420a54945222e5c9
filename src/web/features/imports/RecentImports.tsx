// The latest imports, newest first, each with what it holds (organisations or relations): an
// import that stopped half way (closed page, lost connection, restarted server) is continued from
// here, one not started is mapped from here, and any of them can be discarded after a question.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { deleteImport, importsKey, useImports } from './queries.ts';
import { importKindLabel, importStatusLabel } from './labels.ts';
import { useImportPaths } from './rights.ts';
import type { ImportSummary } from './types.ts';

export function RecentImports() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useImportPaths();
  const imports = useImports(ws.id);
  const [discarding, setDiscarding] = useState<ImportSummary | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fileName = (i: Pick<ImportSummary, 'filename'>) => i.filename ?? t('imports.unnamed');
  const action = (i: ImportSummary) => t(i.status === 'uploaded' ? 'imports.recent.map' : i.status === 'running' ? 'imports.recent.continue' : 'imports.recent.show');

  return (
    <section className="panel" aria-labelledby="recent-imports-title">
      <h2 id="recent-imports-title" tabIndex={-1}>
        {t('imports.recent.title')}
      </h2>
      <LiveStatus message={status} />
      {imports.isPending ? (
        <Loading />
      ) : imports.isError ? (
        <ErrorAlert error={imports.error} />
      ) : imports.data.length === 0 ? (
        <EmptyState title={t('imports.recent.empty')}>
          <p>{t('imports.recent.emptyText')}</p>
        </EmptyState>
      ) : (
        <TableWrap label={t('imports.recent.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('imports.recent.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.recent.file')}</th>
                <th scope="col">{t('imports.recent.kind')}</th>
                <th scope="col">{t('imports.recent.uploaded')}</th>
                <th scope="col">{t('imports.recent.status')}</th>
                <th scope="col">{t('imports.recent.progress')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((i) => (
                <tr key={i.id}>
                  <th scope="row" className="cell-break">
                    {fileName(i)}
                  </th>
                  <td>{importKindLabel(t, i.kind)}</td>
                  <td className="cell-nowrap">
                    <time dateTime={i.createdAt}>{formatDateTime(i.createdAt, lng)}</time>
                  </td>
                  <td>
                    <span className={`import-status import-status--${i.status}`}>{importStatusLabel(t, i.status)}</span>
                  </td>
                  <td>
                    {i.status === 'uploaded'
                      ? t('imports.recent.rows', { count: i.total, n: formatNumber(i.total, lng) })
                      : t('imports.recent.counts', {
                          processed: formatNumber(i.processed, lng),
                          total: formatNumber(i.total, lng),
                          created: formatNumber(i.created, lng),
                          failed: formatNumber(i.failed, lng),
                        })}
                  </td>
                  <td className="cell-actions">
                    <Link to={paths.one(i.id)} className="button button--secondary button--small">
                      {action(i)}
                      <span className="visually-hidden"> {fileName(i)}</span>
                    </Link>{' '}
                    <button type="button" className="button button--danger-outline button--small" onClick={() => setDiscarding(i)}>
                      {t('imports.discard.button')}
                      <span className="visually-hidden"> {fileName(i)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <DiscardDialog
        item={discarding}
        focusAfter="recent-imports-title"
        onClose={() => setDiscarding(null)}
        onDiscarded={(i) => {
          setDiscarding(null);
          setStatus(t('imports.discard.done', { name: fileName(i) }));
        }}
      />
    </section>
  );
}

/** Asks before an import and its stored rows are deleted; organisations or relations already created stay. */
type Discarded = Pick<ImportSummary, 'id' | 'kind' | 'filename' | 'created'>;
interface DiscardProps {
  item: Discarded | null;
  onClose: () => void;
  onDiscarded: (i: Discarded) => void;
  /** Where focus goes once the list is fresh, when the button that opened the dialog left with its row. */
  focusAfter?: string;
}

export function DiscardDialog({ item, onClose, onDiscarded, focusAfter }: DiscardProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => deleteImport(ws.id, id),
    onSuccess: async (_, id) => {
      if (item) onDiscarded(item);
      client.removeQueries({ queryKey: [...importsKey(ws.id), id] });
      await client.invalidateQueries({ queryKey: importsKey(ws.id) });
      if (focusAfter) document.getElementById(focusAfter)?.focus();
    },
  });
  const name = item?.filename ?? t('imports.unnamed');
  return (
    <ConfirmDialog
      isOpen={item !== null}
      title={t('imports.discard.title', { name })}
      confirmLabel={t('imports.discard.confirm')}
      busy={remove.isPending}
      onConfirm={() => item && remove.mutate(item.id)}
      onCancel={() => {
        onClose();
        remove.reset();
      }}
    >
      <p>{t('imports.discard.text')}</p>
      {item && item.created > 0 ? <p>{item.kind === 'relations' ? t('imports.discard.relationsStay', { count: item.created }) : t('imports.discard.createdStay', { count: item.created })}</p> : null}
      <ErrorAlert error={remove.error} />
    </ConfirmDialog>
  );
}
