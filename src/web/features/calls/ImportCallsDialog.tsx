// Calls from a file (CSV, XLSX or JSON): checked first — how many are new and how many update
// calls already here, or every refused row with its row number, field and the server's words —
// then imported, all or nothing. The columns are recognised by their names in sv, da or en.
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { FileField } from '../../components/FileField.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CALL_IMPORT_MAX_BYTES } from '../../lib/uploads.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { callsKey } from './api.ts';

interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIELD_KEYS: Record<string, string> = {
  programmeId: 'calls.form.programme',
  identifier: 'calls.form.identifier',
  title: 'calls.form.title',
  opensOn: 'calls.form.opens',
  timeZone: 'calls.form.timeZone',
  deadline: 'calls.form.deadline',
  stage2Deadline: 'calls.form.stage2',
  policyObjectives: 'calls.form.policyObjectives',
  budget: 'calls.form.budget',
  currency: 'calls.form.currency',
  url: 'calls.form.url',
  notes: 'calls.form.notes',
};

/** The refused rows of a 422 (fields rows.<row>.<field>), in file order. */
export function rowProblems(error: unknown): { row: number; field: string; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors
    .map((e) => {
      const m = /^rows\.(\d+)\.([^.]+)/.exec(e.field);
      return m ? { row: Number(m[1]), field: m[2]!, message: e.message } : null;
    })
    .filter((p): p is { row: number; field: string; message: string } => p !== null)
    .sort((a, b) => a.row - b.row);
}

export function ImportCallsDialog({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const send = useMutation({
    mutationFn: ({ f, dry }: { f: File; dry: boolean }) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return api<ImportResult>('POST', `/api/w/${ws.id}/calls/import${dry ? '?dryRun=true' : ''}`, form);
    },
    onSuccess: async (r) => {
      if (r.dryRun) return;
      await client.invalidateQueries({ queryKey: [...callsKey(ws.id), 'list'] });
      onDone(t('calls.import.done', { created: formatNumber(r.created, lng), updated: formatNumber(r.updated, lng), unchanged: formatNumber(r.unchanged, lng), count: r.rows }));
    },
  });
  const checked = send.data?.dryRun ? send.data : null;
  const problems = rowProblems(send.error);
  const fileError = missing ? t('calls.import.chooseFile') : send.error instanceof ApiError ? send.error.fieldMessage('file') : undefined;

  function run(dry: boolean) {
    if (!file) {
      setMissing(true);
      document.getElementById('call-import-file')?.focus();
      return;
    }
    send.mutate({ f: file, dry });
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable={!send.isPending}>
      <Modal className="modal modal--wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('calls.import.title')}
          </Heading>
          <div className="dialog-body">
            <p>{t('calls.import.lead')}</p>
            <FileField
              id="call-import-file"
              label={t('calls.import.file')}
              hint={t('calls.import.hint')}
              accept={ACCEPT}
              maxBytes={CALL_IMPORT_MAX_BYTES}
              file={file}
              onChange={(f) => {
                setFile(f);
                setMissing(false);
                send.reset();
              }}
              error={fileError}
            />
            <div role="status" aria-live="polite">
              {send.isPending ? <p>{t('calls.import.working')}</p> : null}
              {checked ? (
                <p className="alert alert--success">
                  {t('calls.import.checked', { count: checked.rows, rows: formatNumber(checked.rows, lng), created: formatNumber(checked.created, lng), updated: formatNumber(checked.updated, lng), unchanged: formatNumber(checked.unchanged, lng) })}
                </p>
              ) : null}
            </div>
            {problems.length ? (
              <div className="alert alert--error" role="alert">
                <p>
                  <strong>{(send.error as ApiError).title}</strong>
                </p>
                <TableWrap label={t('calls.import.problems')}>
                  <table className="table call-import-problems">
                    <caption className="visually-hidden">{t('calls.import.problems')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('calls.import.row')}</th>
                        <th scope="col">{t('calls.import.field')}</th>
                        <th scope="col">{t('calls.import.problem')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {problems.map((p, i) => (
                        <tr key={`${p.row}-${p.field}-${i}`}>
                          <td className="reg-num">{formatNumber(p.row, lng)}</td>
                          <td>{FIELD_KEYS[p.field] ? t(FIELD_KEYS[p.field]!) : p.field}</td>
                          <td className="cell-words">{p.message}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              </div>
            ) : send.isError && !fileError ? (
              <ErrorAlert error={send.error} />
            ) : null}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button button--secondary" onClick={onClose} disabled={send.isPending}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => run(true)} disabled={send.isPending}>
              {t('calls.import.check')}
            </button>
            <button type="button" className="button button--primary" onClick={() => run(false)} disabled={send.isPending}>
              {t('calls.import.submit')}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
