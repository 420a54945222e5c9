// /w/:ws/cases/new — register a question that came by phone, visit, e-mail, chat or letter. It
// gets the next registration number; the page then opens the new case.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useMembers } from '../admin/queries.ts';
import { CheckboxField, TextAreaField } from '../register/fields.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { CASE_CHANNELS, CASE_PRIORITIES, useCaseVocabularies, useRegisterCase, useWorkspaceDetails, type CaseChannel, type CasePriority, type RegisterCaseInput } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { useCasePaths, useCaseRights } from './hooks.ts';
import { channelLabel, languageOption, priorityLabel, vocabLabel } from './labels.tsx';
import { emptyRequester, requesterBody, RequesterFields, schemeForCountry, type RequesterDraft } from './RequesterFields.tsx';

const LANGUAGES = ['sv', 'da', 'en', 'pl', 'de', 'fi', 'no'] as const;
const STAFF_CHANNELS = CASE_CHANNELS.filter((c) => c !== 'web');

const TARGETS: Record<string, string> = {
  channel: 'new-channel',
  receivedAt: 'new-received',
  language: 'new-language',
  category: 'new-category',
  title: 'new-title',
  description: 'new-description',
  priority: 'new-priority',
  unit: 'new-unit',
  assigneeId: 'new-officer',
  'requester.name': 'new-req-name',
  'requester.email': 'new-req-email',
  'requester.phone': 'new-req-phone',
  'requester.organisationName': 'new-req-org-name',
  'requester.organisationNumber': 'new-req-org-number',
  'requester.organisationId': 'new-req-org',
  'requester.personId': 'new-req-person',
};

export function NewCasePage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { canWrite } = useCaseRights();
  const details = useWorkspaceDetails(ws.id).data;
  // The form appears once the workspace's country is known (its organisation-number scheme).
  return (
    <>
      <PageHeader title={t('cases.new.title')} lead={t('cases.new.lead')} workspaceName={ws.name} />
      {!canWrite ? (
        <div className="alert alert--info">
          <p>{t('cases.new.viewer')}</p>
        </div>
      ) : details ? (
        <NewCaseForm defaultLanguage={details.defaultLocale} scheme={schemeForCountry(details.country)} />
      ) : null}
    </>
  );
}

function NewCaseForm({ defaultLanguage, scheme }: { defaultLanguage: string; scheme: RequesterDraft['scheme'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useCasePaths();
  const navigate = useNavigate();
  const vocab = useCaseVocabularies(ws.id).data;
  const members = (useMembers(ws.id).data ?? []).filter((m) => m.role !== 'viewer');
  const [channel, setChannel] = useState<CaseChannel>('phone');
  const [receivedAt, setReceivedAt] = useState('');
  const [language, setLanguage] = useState(defaultLanguage);
  const [category, setCategory] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<CasePriority>('normal');
  const [unit, setUnit] = useState('');
  const [officer, setOfficer] = useState('');
  const [requester, setRequester] = useState<RequesterDraft>(() => emptyRequester(scheme));
  const [sendReceipt, setSendReceipt] = useState(false);
  const register = useRegisterCase(ws.id);
  const err = (f: string) => fieldError(register.error, f);

  function submit(e: FormEvent) {
    e.preventDefault();
    const body: RegisterCaseInput = {
      channel: channel as RegisterCaseInput['channel'],
      language,
      category,
      title,
      description,
      priority,
      unit: unit || null,
      assigneeId: officer || null,
      requester: requesterBody(requester),
      sendReceipt,
    };
    if (receivedAt) body.receivedAt = new Date(receivedAt).toISOString();
    register.mutate(body, {
      onSuccess: (c) => navigate(paths.one(c.id), { state: { message: t('cases.new.registered', { reference: c.reference }) } }),
    });
  }

  return (
    <form className="org-form case-new-form" onSubmit={submit} noValidate>
      <ErrorSummary error={register.error} targets={TARGETS} />
      <fieldset className="reg-form-section">
        <legend>{t('cases.new.question')}</legend>
        <div className="reg-form-grid">
          <SelectField id="new-channel" label={t('cases.new.channel')} value={channel} onChange={(e) => setChannel(e.target.value as CaseChannel)} error={err('channel')}>
            {STAFF_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(t, c)}
              </option>
            ))}
          </SelectField>
          <TextField id="new-received" type="datetime-local" label={t('cases.new.receivedAt')} hint={t('cases.new.receivedAtHint')} value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} error={err('receivedAt')} />
          <SelectField id="new-language" label={t('cases.new.language')} value={language} onChange={(e) => setLanguage(e.target.value)} error={err('language')}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageOption(l, lng)}
              </option>
            ))}
          </SelectField>
          <SelectField id="new-category" label={t('cases.fields.category')} value={category} onChange={(e) => setCategory(e.target.value)} error={err('category')} aria-required="true">
            <option value="">{t('cases.new.chooseCategory')}</option>
            {vocab?.categories
              .filter((c) => c.active)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {t('cases.new.categoryOption', { name: vocabLabel(c, lng), count: c.responseDays })}
                </option>
              ))}
          </SelectField>
          <SelectField id="new-priority" label={t('cases.fields.priority')} value={priority} onChange={(e) => setPriority(e.target.value as CasePriority)} error={err('priority')}>
            {CASE_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(t, p)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField id="new-title" label={t('cases.fields.title')} hint={t('cases.new.titleHint')} value={title} onChange={(e) => setTitle(e.target.value)} error={err('title')} maxLength={300} aria-required="true" />
        <TextAreaField id="new-description" label={t('cases.new.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={err('description')} rows={6} />
      </fieldset>
      <RequesterFields value={requester} onChange={setRequester} error={err} />
      <fieldset className="reg-form-section">
        <legend>{t('cases.new.handling')}</legend>
        <p className="field-hint">{t('cases.new.handlingHint')}</p>
        <div className="reg-form-grid">
          <SelectField id="new-unit" label={t('cases.fields.unit')} value={unit} onChange={(e) => setUnit(e.target.value)} error={err('unit')}>
            <option value="">{t('cases.assign.noUnit')}</option>
            {vocab?.units
              .filter((u) => u.active)
              .map((u) => (
                <option key={u.code} value={u.code}>
                  {vocabLabel(u, lng)}
                </option>
              ))}
          </SelectField>
          <SelectField id="new-officer" label={t('cases.fields.officer')} value={officer} onChange={(e) => setOfficer(e.target.value)} error={err('assigneeId')}>
            <Options empty={t('cases.assign.noOfficer')} items={members} value={(m) => m.userId} label={(m) => m.name} />
          </SelectField>
        </div>
        <CheckboxField id="new-receipt" label={t('cases.new.sendReceipt')} hint={t('cases.new.sendReceiptHint')} checked={sendReceipt} onChange={(e) => setSendReceipt(e.target.checked)} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={register.isPending}>
          {register.isPending ? t('common.saving') : t('cases.new.submit')}
        </button>
      </div>
    </form>
  );
}
