// Files attached to a case: a list with downloads (each read is audited by the server), an upload
// for desk staff (a file over the limit is refused before it is sent; the server reads the type
// from the file and says why it refuses one), removal after a confirmation.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { FileField } from '../../components/FileField.tsx';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { ATTACHMENT_MAX_BYTES } from '../../lib/uploads.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import type { CaseDetail } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { useCaseRights } from './hooks.ts';

interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export function AttachmentsSection({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const { canWrite } = useCaseRights();
  const qc = useQueryClient();
  const path = `/api/w/${ws.id}/cases/${c.id}/attachments`;
  const key = ['ws', ws.id, 'cases', c.id, 'attachments'];
  const list = useQuery({ queryKey: key, queryFn: () => api<{ items: Attachment[] }>('GET', path) });
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const add = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<Attachment>('POST', path, form);
    },
    onSuccess: (a) => {
      setChosen(null);
      if (input.current) input.current.value = '';
      void qc.invalidateQueries({ queryKey: key });
      onDone(t('cases.attachments.added', { name: a.filename }));
    },
  });
  const remove = useMutation({
    mutationFn: (a: Attachment) => api<void>('DELETE', `${path}/${a.id}`),
    onSuccess: (_, a) => {
      setRemoving(null);
      void qc.invalidateQueries({ queryKey: key });
      onDone(t('cases.attachments.removed', { name: a.filename }));
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen) add.mutate(chosen);
    else {
      setMissing(true);
      input.current?.focus();
    }
  }

  const items = list.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="case-attachments-heading">
      <h2 id="case-attachments-heading">{t('cases.attachments.title')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <p className="muted">{t('cases.attachments.empty')}</p>
      ) : (
        <ul className="case-attachments">
          {items.map((a) => (
            <li key={a.id} className="case-attachment">
              <a href={`${path}/${a.id}`} download={a.filename}>
                {a.filename}
              </a>
              <span className="muted">
                {' '}
                · {formatBytes(a.size, i18n.language)} · <time dateTime={a.createdAt}>{formatDateTime(a.createdAt, i18n.language)}</time>
              </span>
              {canWrite ? (
                <button type="button" className="button button--secondary button--small" onClick={() => setRemoving(a)} aria-label={t('cases.attachments.removeNamed', { name: a.filename })}>
                  {t('cases.attachments.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="case-attachment-add">
          <h3 id="case-attachment-add">{t('cases.attachments.add')}</h3>
          <ErrorSummary error={add.error} targets={{ file: 'case-attachment-file' }} />
          <FileField
            id="case-attachment-file"
            label={t('cases.attachments.file')}
            hint={t('cases.attachments.hint')}
            maxBytes={ATTACHMENT_MAX_BYTES}
            file={chosen}
            onChange={(f) => {
              setChosen(f);
              setMissing(false);
              add.reset();
            }}
            error={missing ? t('cases.attachments.chooseFirst') : fieldError(add.error, 'file')}
            inputRef={input}
          />
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={add.isPending}>
              {add.isPending ? t('common.saving') : t('cases.attachments.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('cases.attachments.confirmTitle')}
        confirmLabel={t('cases.attachments.remove')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('cases.attachments.confirmText', { name: removing?.filename ?? '' })}</p>
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
      </ConfirmDialog>
    </section>
  );
}
