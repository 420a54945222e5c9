// /w/:ws/admin/privacy — a data subject's request: find the person by e-mail address or by name in
// the register, see what is held, download all of it (JSON, PDF), and erase what no archive rule
// keeps, after a confirmation that lists what goes and what stays and why. The person searched
// for stays in the page's state, not in its address, so it is not kept in the browser history.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { usePeopleSearch, type Subject } from './api.ts';
import { SubjectView } from './SubjectView.tsx';

export function RequestsPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [subject, setSubject] = useState<{ subject: Subject; who: string } | null>(null);
  const [erasedNote, setErasedNote] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('privacy.requests.title')} lead={t('privacy.requests.lead')} workspaceName={ws.name} />
      <div className="alert alert--info audit-note">
        <p>{t('privacy.requests.logged')}</p>
      </div>
      <LiveStatus message={erasedNote} />
      <FindSection
        onFind={(s, who) => {
          setErasedNote(null);
          setSubject({ subject: s, who });
        }}
      />
      {subject ? <SubjectView key={JSON.stringify(subject.subject)} subject={subject.subject} who={subject.who} onErased={() => setErasedNote(t('privacy.requests.erased'))} /> : null}
    </>
  );
}

function FindSection({ onFind }: { onFind: (s: Subject, who: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [searched, setSearched] = useState('');
  const people = usePeopleSearch(ws.id, searched);

  const findByEmail = (ev: FormEvent) => {
    ev.preventDefault();
    const value = email.trim().toLowerCase();
    if (value) onFind({ email: value }, value);
  };
  const findByName = (ev: FormEvent) => {
    ev.preventDefault();
    setSearched(name.trim());
  };

  return (
    <section className="panel" aria-labelledby="privacy-find">
      <h2 id="privacy-find">{t('privacy.requests.find')}</h2>
      <div className="privacy-find">
        <form className="form privacy-find-form" onSubmit={findByEmail} noValidate>
          <TextField id="privacy-email" type="email" autoComplete="off" label={t('privacy.requests.email')} hint={t('privacy.requests.emailHint')} value={email} onChange={(e) => setEmail(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {t('privacy.requests.findButton')}
            </button>
          </div>
        </form>
        <p className="privacy-or" aria-hidden="true">
          {t('privacy.requests.or')}
        </p>
        <form className="form privacy-find-form" onSubmit={findByName} role="search" aria-label={t('privacy.requests.person')}>
          <TextField id="privacy-name" autoComplete="off" label={t('privacy.requests.person')} hint={t('privacy.requests.personHint')} value={name} onChange={(e) => setName(e.target.value)} minLength={2} />
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={name.trim().length < 2}>
              {t('privacy.requests.findButton')}
            </button>
          </div>
        </form>
      </div>
      {searched.length >= 2 ? (
        people.isPending ? (
          <Loading />
        ) : people.isError ? (
          <ErrorAlert error={people.error} />
        ) : people.data.items.length === 0 ? (
          <p role="status">{t('privacy.requests.noPeople')}</p>
        ) : (
          <ul className="privacy-people" aria-label={t('privacy.requests.person')}>
            {people.data.items.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.name}</strong>
                  {p.title || p.organisations.length ? <span className="muted"> – {[p.title, ...p.organisations.map((o) => o.name)].filter(Boolean).join(', ')}</span> : null}
                </span>
                <button type="button" className="button button--small button--secondary" onClick={() => onFind({ personId: p.id }, p.name)}>
                  {t('privacy.requests.choose')}
                  <span className="visually-hidden"> {p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
