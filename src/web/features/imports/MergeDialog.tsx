// The question before a merge: what moves from the duplicate to the organisation kept (its
// relations, people and activities, counted from the duplicate's record), what is copied, and
// that the duplicate leaves the register's lists. The merge is one request (one transaction).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { registerKey, useOrganisation } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import type { MergeSide } from './types.ts';

interface Props {
  pair: { kept: MergeSide; duplicate: MergeSide } | null;
  onClose: () => void;
  onMerged: (kept: MergeSide, duplicate: MergeSide) => void;
}

export function MergeDialog({ pair, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const dup = useOrganisation(ws.id, pair?.duplicate.id ?? '');
  const merge = useMutation({
    mutationFn: (p: NonNullable<Props['pair']>) => api<unknown>('POST', `/api/w/${ws.id}/organisations/${p.kept.id}/merge`, { duplicateId: p.duplicate.id }),
    onSuccess: async (_, p) => {
      onMerged(p.kept, p.duplicate);
      // Both records, the lists and the suggestions changed.
      await client.invalidateQueries({ queryKey: registerKey(ws.id) });
      // The button that opened the dialog went with its suggestion: start again at the top.
      document.querySelector<HTMLElement>('main h1')?.focus();
    },
  });
  const counts = dup.data?.counts;
  return (
    <ConfirmDialog
      isOpen={pair !== null}
      title={pair ? t('imports.merge.title', { duplicate: pair.duplicate.name, kept: pair.kept.name }) : ''}
      confirmLabel={t('imports.merge.confirm')}
      busy={merge.isPending}
      onConfirm={() => pair && merge.mutate(pair)}
      onCancel={() => {
        onClose();
        merge.reset();
      }}
    >
      {pair ? (
        <>
          <p>{t('imports.merge.kept', { kept: pair.kept.name, duplicate: pair.duplicate.name })}</p>
          {counts ? (
            <ul className="merge-moves">
              <li>{t('imports.merge.relations', { count: counts.relations })}</li>
              <li>{t('imports.merge.people', { count: counts.people })}</li>
              <li>{t('imports.merge.activities', { count: counts.activities })}</li>
            </ul>
          ) : dup.isError ? (
            <ErrorAlert error={dup.error} />
          ) : (
            <Loading label={t('imports.merge.counting')} />
          )}
          <p>{t('imports.merge.copied')}</p>
          <p>{t('imports.merge.final', { duplicate: pair.duplicate.name })}</p>
          <ErrorAlert error={merge.error} />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
