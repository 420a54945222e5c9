// The public question form. The server checks everything (an organisation number against its
// check digit, too) and answers 422 with a message per field in the page's language: each is
// shown at its field and in a summary that takes the focus. Too many questions from one place
// (429) get a message saying how long to wait.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { waitParts } from '../../lib/retry.ts';
import { TextAreaField } from '../register/fields.tsx';
import { schemeLabel } from '../register/labels.ts';
import { IDENTIFIER_SCHEME_CODES } from '../register/types.ts';
import { ConsentSection, Honeypot, KindChoice } from './AskFields.tsx';
import { ErrorSummary, fieldError, type FieldTargets } from './ErrorSummary.tsx';
import { vocabLabel } from './labels.tsx';
import { sendQuestion, type PublicFormInfo, type PublicQuestion, type QuestionReceipt } from './publicApi.ts';

type Kind = PublicQuestion['requesterKind'];
type Scheme = NonNullable<PublicQuestion['organisationNumberScheme']>;

const TARGETS: FieldTargets = {
  requesterKind: 'ask-kind-company',
  organisationName: 'ask-org-name',
  organisationNumber: 'ask-org-number',
  organisationNumberScheme: 'ask-org-scheme',
  topic: 'ask-topic',
  subject: 'ask-subject',
  question: 'ask-question',
  name: 'ask-name',
  email: 'ask-email',
  phone: 'ask-phone',
  consent: 'ask-consent',
};

export function AskForm({ slug, info, onReceived }: { slug: string; info: PublicFormInfo; onReceived: (r: QuestionReceipt) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [kind, setKind] = useState<Kind | null>(null);
  const [orgName, setOrgName] = useState('');
  const [orgNumber, setOrgNumber] = useState('');
  const [scheme, setScheme] = useState<Scheme>(info.organisationNumberScheme);
  const [topic, setTopic] = useState('');
  const [subject, setSubject] = useState('');
  const [question, setQuestion] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [homepage, setHomepage] = useState('');

  const send = useMutation({ mutationFn: (body: PublicQuestion) => sendQuestion(slug, body), onSuccess: onReceived });
  const error = send.error;
  const err = (field: string) => fieldError(error, field);
  const hasOrganisation = kind === 'company' || kind === 'other';

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      language: currentLocale(),
      ...(kind ? { requesterKind: kind } : {}),
      topic,
      ...(subject.trim() ? { subject } : {}),
      question,
      name,
      email: email.trim() || null,
      phone: phone.trim() || null,
      organisationName: hasOrganisation ? orgName.trim() || null : null,
      organisationNumber: hasOrganisation ? orgNumber.trim() || null : null,
      ...(hasOrganisation && orgNumber.trim() ? { organisationNumberScheme: scheme } : {}),
      consent,
      homepage,
    } as PublicQuestion;
    send.mutate(body);
  }

  let summaryTitle: string | undefined;
  if (error instanceof ApiError && error.status === 429) {
    const wait = waitParts(error.retryAfter ?? 60);
    summaryTitle = t(`cases.ask.tooMany.${wait.unit}`, { count: wait.count });
  }

  return (
    <form onSubmit={submit} noValidate className="ask-form" aria-busy={send.isPending || undefined}>
      <ErrorSummary error={error} targets={TARGETS} title={summaryTitle} />

      <section className="survey-section" aria-labelledby="ask-who-heading">
        <h2 id="ask-who-heading">{t('cases.ask.whoHeading')}</h2>
        <KindChoice kinds={info.requesterKinds} value={kind} onChange={setKind} error={err('requesterKind')} />
        {hasOrganisation ? (
          <>
            <TextField
              id="ask-org-name"
              label={kind === 'company' ? t('cases.ask.companyName') : t('cases.ask.organisationName')}
              value={orgName}
              onChange={(e) => setOrgName(e.target.value)}
              error={err('organisationName')}
              autoComplete="organization"
              maxLength={info.limits.organisationName}
              aria-required={kind === 'company' ? true : undefined}
            />
            <div className="ask-number">
              <TextField
                id="ask-org-number"
                label={t('cases.ask.organisationNumber')}
                hint={t(`register.schemeExamples.${scheme}`)}
                value={orgNumber}
                onChange={(e) => setOrgNumber(e.target.value)}
                error={err('organisationNumber')}
                inputMode="text"
                autoComplete="off"
              />
              <SelectField id="ask-org-scheme" label={t('cases.ask.scheme')} value={scheme} onChange={(e) => setScheme(e.target.value as Scheme)} error={err('organisationNumberScheme')}>
                {IDENTIFIER_SCHEME_CODES.map((s) => (
                  <option key={s} value={s}>
                    {schemeLabel(t, s)}
                  </option>
                ))}
              </SelectField>
            </div>
          </>
        ) : null}
      </section>

      <section className="survey-section" aria-labelledby="ask-question-heading">
        <h2 id="ask-question-heading">{t('cases.ask.questionHeading')}</h2>
        <SelectField id="ask-topic" label={t('cases.ask.topic')} value={topic} onChange={(e) => setTopic(e.target.value)} error={err('topic')} aria-required="true">
          <option value="">{t('cases.ask.chooseTopic')}</option>
          {info.topics.map((tp) => (
            <option key={tp.code} value={tp.code}>
              {vocabLabel(tp, lng)}
            </option>
          ))}
        </SelectField>
        <TextField id="ask-subject" label={t('cases.ask.subject')} hint={t('cases.ask.subjectHint')} value={subject} onChange={(e) => setSubject(e.target.value)} error={err('subject')} maxLength={info.limits.subject} />
        <TextAreaField
          id="ask-question"
          label={t('cases.ask.question')}
          hint={t('cases.ask.questionHint', { max: formatNumber(info.limits.question, lng) })}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          error={err('question')}
          maxLength={info.limits.question}
          rows={7}
          aria-required="true"
        />
      </section>

      <section className="survey-section" aria-labelledby="ask-contact-heading">
        <h2 id="ask-contact-heading">{t('cases.ask.contactHeading')}</h2>
        <p className="field-hint">{t('cases.ask.contactHint')}</p>
        <TextField id="ask-name" label={t('cases.ask.name')} value={name} onChange={(e) => setName(e.target.value)} error={err('name')} autoComplete="name" maxLength={info.limits.name} aria-required="true" />
        <TextField id="ask-email" type="email" label={t('cases.ask.email')} hint={t('cases.ask.emailHint')} value={email} onChange={(e) => setEmail(e.target.value)} error={err('email')} autoComplete="email" />
        <TextField id="ask-phone" type="tel" label={t('cases.ask.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} error={err('phone')} autoComplete="tel" />
      </section>

      <ConsentSection workspace={info.workspace} checked={consent} onChange={setConsent} error={err('consent')} />
      <Honeypot value={homepage} onChange={setHomepage} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={send.isPending}>
          {send.isPending ? t('cases.ask.sending') : t('cases.ask.submit')}
        </button>
      </div>
    </form>
  );
}
