// Messages to and from the requester: the receipt, the answer, a referral notice, and what was
// said by phone, visit, chat or letter. An outgoing e-mail is sent to the requester's address.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { TextAreaField } from '../register/fields.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { CASE_CHANNELS, useCaseEntry, type CaseChannel, type CaseDetail, type CaseMessage, type MessageInput } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { useCaseRights } from './hooks.ts';
import { channelLabel, messageKindLabel } from './labels.tsx';

const TARGETS = { direction: 'case-msg-out', channel: 'case-msg-channel', subject: 'case-msg-subject', body: 'case-msg-body' };

export function MessagesSection({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { canWrite } = useCaseRights();
  return (
    <section className="panel case-messages" aria-labelledby="case-messages-heading">
      <h2 id="case-messages-heading">{t('cases.messages.title')}</h2>
      {c.messages.length === 0 ? (
        <p className="muted">{t('cases.messages.empty')}</p>
      ) : (
        <ol className="case-entries">
          {c.messages.map((m) => (
            <li key={m.id} className={`case-entry case-entry--${m.direction}`}>
              <p className="case-entry-meta">
                <span className="case-direction">{t(`cases.messages.direction.${m.direction}`)}</span> · {messageKindLabel(t, m.kind)} · {channelLabel(t, m.channel)}
                {m.author ? ` · ${m.author.name}` : ''} · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
              </p>
              {m.subject ? <p className="case-entry-subject">{m.subject}</p> : null}
              <p className="reg-prewrap case-entry-body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? <AddMessage c={c} onDone={onDone} /> : null}
    </section>
  );
}

function AddMessage({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [channel, setChannel] = useState<CaseChannel>(c.requester.hasEmail ? 'email' : 'phone');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const add = useCaseEntry<MessageInput, CaseMessage>(ws.id, c.id, 'POST', () => '/messages');
  const mails = direction === 'out' && channel === 'email';

  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate(
      { direction, channel, subject: subject.trim() || null, body },
      {
        onSuccess: () => {
          setSubject('');
          setBody('');
          onDone(mails ? t('cases.messages.sent') : t('cases.messages.recorded'));
        },
      },
    );
  }

  return (
    <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby="case-msg-add">
      <h3 id="case-msg-add">{t('cases.messages.add')}</h3>
      <ErrorSummary error={add.error} targets={TARGETS} />
      <fieldset className="choice-group choice-group--inline">
        <legend>{t('cases.messages.directionLabel')}</legend>
        {(['out', 'in'] as const).map((d) => (
          <div className="check" key={d}>
            <input type="radio" id={`case-msg-${d}`} name="case-msg-direction" checked={direction === d} onChange={() => setDirection(d)} />
            <label htmlFor={`case-msg-${d}`}>{t(`cases.messages.direction.${d}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="reg-form-grid">
        <SelectField
          id="case-msg-channel"
          label={t('cases.fields.channel')}
          value={channel}
          onChange={(e) => setChannel(e.target.value as CaseChannel)}
          error={fieldError(add.error, 'channel')}
          hint={mails ? (c.requester.hasEmail ? t('cases.messages.mailHint') : t('cases.messages.noEmail')) : undefined}
        >
          {CASE_CHANNELS.map((ch) => (
            <option key={ch} value={ch}>
              {channelLabel(t, ch)}
            </option>
          ))}
        </SelectField>
        <TextField id="case-msg-subject" label={t('cases.messages.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} error={fieldError(add.error, 'subject')} maxLength={300} />
      </div>
      <TextAreaField id="case-msg-body" label={t('cases.messages.body')} value={body} onChange={(e) => setBody(e.target.value)} error={fieldError(add.error, 'body')} rows={5} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? t('common.working') : mails ? t('cases.messages.submitMail') : t('cases.messages.submit')}
        </button>
      </div>
    </form>
  );
}
