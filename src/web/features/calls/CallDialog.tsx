// A call as officers enter or change it: programme, identifier, title, opening date, the time zone
// its deadlines are stated in, one or two deadlines (wall time as published), the Interreg policy
// objectives, the budget (exact: typed, then turned into minor units) and the call's page.
// Errors come from the server and are shown at their fields; an unreadable amount is caught here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { ErrorSummary } from '../cases/ErrorSummary.tsx';
import { useProgrammes } from '../projects/api.ts';
import { fieldMessage } from '../projects/ProjectFields.tsx';
import { CheckboxField, Group, TextAreaField } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { interregPolicyObjectives } from '../../../shared/vocabularies/interreg.ts';
import { useSaveCall } from './api.ts';
import { callBody, callDraft, CALL_TARGETS, emptyCallDraft, TIME_ZONES, type CallDraft } from './callForm.ts';
import type { Call } from './types.ts';

const BUDGET_REASON = { format: 'budgetFormat', decimals: 'budgetDecimals', too_large: 'budgetTooLarge' } as const;

export function CallDialog({ call, programmeId, onClose, onDone }: { call: Call | null; programmeId?: string; onClose: () => void; onDone: (message: string, saved: Call) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'sv' | 'da' | 'en';
  const ws = useWorkspace();
  const programmes = useProgrammes(ws.id).data ?? [];
  const save = useSaveCall(ws.id, call?.id ?? null);
  const [draft, setDraft] = useState<CallDraft>(() => (call ? callDraft(call, lng) : emptyCallDraft(programmeId)));
  const [budgetError, setBudgetError] = useState<string | undefined>();
  const set = <K extends keyof CallDraft>(key: K, value: CallDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (f: string) => fieldMessage(save.error, f);
  const zones: readonly string[] = TIME_ZONES.includes(draft.timeZone as (typeof TIME_ZONES)[number]) ? TIME_ZONES : [draft.timeZone, ...TIME_ZONES];

  function submit() {
    const r = callBody(draft);
    if (!r.ok) {
      setBudgetError(t(`calls.form.${BUDGET_REASON[r.reason]}`));
      document.getElementById('call-budget')?.focus();
      return;
    }
    setBudgetError(undefined);
    save.mutate(call ? { ...r.body, version: call.version } : r.body, {
      onSuccess: (c) => onDone(call ? t('calls.form.saved', { title: c.title }) : t('calls.form.added', { title: c.title }), c),
    });
  }

  return (
    <FormDialog isOpen title={call ? t('calls.form.editTitle', { title: call.title }) : t('calls.form.addTitle')} submitLabel={call ? t('common.save') : t('calls.form.addSubmit')} busy={save.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary
        error={save.error}
        targets={CALL_TARGETS}
        labels={{
          programmeId: t('calls.form.programme'),
          identifier: t('calls.form.identifier'),
          title: t('calls.form.title'),
          opensOn: t('calls.form.opens'),
          timeZone: t('calls.form.timeZone'),
          deadline: t('calls.form.deadline'),
          stage2Deadline: t('calls.form.stage2'),
          policyObjectives: t('calls.form.policyObjectives'),
          budget: t('calls.form.budget'),
          'budget.amountMinor': t('calls.form.budget'),
          'budget.currency': t('calls.form.currency'),
          url: t('calls.form.url'),
          notes: t('calls.form.notes'),
        }}
      />
      <div className="pf-dialog-form">
        <div className="reg-form-grid">
          <SelectField id="call-programme" className="reg-form-grid-wide" label={t('calls.form.programme')} value={draft.programmeId} onChange={(e) => set('programmeId', e.target.value)} error={err('programmeId')} aria-required="true">
            <Options empty={t('calls.form.chooseProgramme')} items={programmes} value={(p) => p.id} label={(p) => p.name} />
          </SelectField>
          <TextField id="call-title" className="reg-form-grid-wide" label={t('calls.form.title')} value={draft.title} onChange={(e) => set('title', e.target.value)} error={err('title')} maxLength={500} aria-required="true" autoComplete="off" />
          <TextField id="call-identifier" label={t('calls.form.identifier')} hint={t('calls.form.identifierHint')} value={draft.identifier} onChange={(e) => set('identifier', e.target.value)} error={err('identifier')} maxLength={100} autoComplete="off" />
          <TextField id="call-opens" type="date" label={t('calls.form.opens')} value={draft.opensOn} onChange={(e) => set('opensOn', e.target.value)} error={err('opensOn')} />
          <SelectField id="call-zone" label={t('calls.form.timeZone')} hint={t('calls.form.timeZoneHint')} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} error={err('timeZone')}>
            <Options items={zones} value={(z) => z} label={(z) => z.replace('_', ' ')} />
          </SelectField>
          <TextField id="call-deadline" type="datetime-local" label={t('calls.form.deadline')} hint={t('calls.form.deadlineHint')} value={draft.deadline} onChange={(e) => set('deadline', e.target.value.slice(0, 16))} error={err('deadline')} aria-required="true" />
          <CheckboxField id="call-two-stage" className="reg-form-grid-wide" label={t('calls.form.twoStage')} checked={draft.twoStage} onChange={(e) => set('twoStage', e.target.checked)} />
          {draft.twoStage ? (
            <TextField id="call-stage2" type="datetime-local" label={t('calls.form.stage2')} value={draft.stage2Deadline} onChange={(e) => set('stage2Deadline', e.target.value.slice(0, 16))} error={err('stage2Deadline')} min={draft.deadline || undefined} />
          ) : null}
          <TextField id="call-budget" inputMode="decimal" label={t('calls.form.budget')} hint={t('calls.form.budgetHint')} value={draft.budget} onChange={(e) => set('budget', e.target.value)} error={budgetError ?? err('budget') ?? err('budget.amountMinor')} maxLength={30} autoComplete="off" />
          <TextField id="call-currency" label={t('calls.form.currency')} hint={t('calls.form.currencyHint')} value={draft.currency} onChange={(e) => set('currency', e.target.value)} error={err('budget.currency')} maxLength={3} autoComplete="off" />
          <TextField id="call-url" type="url" className="reg-form-grid-wide" label={t('calls.form.url')} value={draft.url} onChange={(e) => set('url', e.target.value)} error={err('url')} maxLength={500} />
        </div>
        <Group id="call-po" legend={t('calls.form.policyObjectives')} error={err('policyObjectives')}>
          <div className="reg-check-grid">
            {interregPolicyObjectives.map((o) => (
              <CheckboxField
                key={o.code}
                id={`call-po-${o.code}`}
                label={`${o.code}: ${o.labels[lng] ?? o.labels.en}`}
                checked={draft.policyObjectives.includes(o.code)}
                onChange={(e) => set('policyObjectives', e.target.checked ? [...draft.policyObjectives, o.code] : draft.policyObjectives.filter((c) => c !== o.code))}
              />
            ))}
          </div>
        </Group>
        <TextAreaField id="call-notes" label={t('calls.form.notes')} value={draft.notes} onChange={(e) => set('notes', e.target.value)} error={err('notes')} maxLength={5000} rows={3} />
      </div>
    </FormDialog>
  );
}
