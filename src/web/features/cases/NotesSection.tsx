// Internal notes: what staff tell each other about a case. Never shown or sent to the requester,
// so they look different from the messages (their own colour, and said in words too).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { TextAreaField } from '../register/fields.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseEntry, type CaseDetail, type CaseNote } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { useCaseRights } from './hooks.ts';

export function NotesSection({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const { canWrite } = useCaseRights();
  const [body, setBody] = useState('');
  const add = useCaseEntry<{ body: string }, CaseNote>(ws.id, c.id, 'POST', () => '/notes');

  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate(
      { body },
      {
        onSuccess: () => {
          setBody('');
          onDone(t('cases.notes.added'));
        },
      },
    );
  }

  return (
    <section className="panel case-notes" aria-labelledby="case-notes-heading">
      <h2 id="case-notes-heading">{t('cases.notes.title')}</h2>
      <p className="case-internal-flag">{t('cases.notes.internal')}</p>
      {c.notes.length === 0 ? (
        <p className="muted">{t('cases.notes.empty')}</p>
      ) : (
        <ol className="case-entries">
          {c.notes.map((n) => (
            <li key={n.id} className="case-entry case-entry--note">
              <p className="case-entry-meta">
                {n.author?.name ?? t('cases.history.system')} · <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
              </p>
              <p className="reg-prewrap case-entry-body">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="case-note-add">
          <h3 id="case-note-add">{t('cases.notes.add')}</h3>
          <ErrorSummary error={add.error} targets={{ body: 'case-note-body' }} />
          <TextAreaField id="case-note-body" label={t('cases.notes.body')} hint={t('cases.notes.bodyHint')} value={body} onChange={(e) => setBody(e.target.value)} error={fieldError(add.error, 'body')} maxLength={10_000} />
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={add.isPending}>
              {add.isPending ? t('common.saving') : t('cases.notes.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
