// A workspace's own programme as administrators add or change it: name, fund, period, CCI,
// managing authority, the eligible area (NUTS regions, any level), the highest co-financing rate,
// currency and web page. Errors come from the server and are shown at their fields.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { ErrorSummary } from '../cases/ErrorSummary.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { MultiPicker } from '../register/PartnerSearchPage.tsx';
import { nutsSearch } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useNutsNames, useSaveProgramme } from './api.ts';
import { fundLabel } from './labels.tsx';
import { emptyProgrammeDraft, programmeBody, programmeDraft, PROGRAMME_TARGETS, type ProgrammeDraft } from './programmeForm.ts';
import { fieldMessage } from './ProjectFields.tsx';
import { FUNDS, type Fund, type Programme } from './types.ts';

export function ProgrammeDialog({ programme, onClose, onDone }: { programme: Programme | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const save = useSaveProgramme(ws.id, programme?.id ?? null);
  const [draft, setDraft] = useState<ProgrammeDraft>(() => (programme ? programmeDraft(programme) : emptyProgrammeDraft(new Date().getFullYear())));
  const set = <K extends keyof ProgrammeDraft>(key: K, value: ProgrammeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (f: string) => fieldMessage(save.error, f);
  // Names of the regions picked here, and of those stored before (looked up once).
  const [picked, setPicked] = useState<Record<string, string>>({});
  const stored = useNutsNames(programme?.eligibleNuts ?? []).data ?? {};
  const label = (code: string) => picked[code] ?? (stored[code] ? `${stored[code]} (${code})` : code);
  const targets = { ...PROGRAMME_TARGETS };
  if (save.error instanceof ApiError) for (const f of save.error.fieldErrors) if (f.field.startsWith('eligibleNuts')) targets[f.field] = 'prog-nuts';

  return (
    <FormDialog
      isOpen
      title={programme ? t('projects.programmes.editTitle', { name: programme.name }) : t('projects.programmes.addTitle')}
      submitLabel={programme ? t('common.save') : t('projects.programmes.addSubmit')}
      busy={save.isPending}
      onSubmit={() =>
        save.mutate(programmeBody(draft), {
          onSuccess: (p) => onDone(programme ? t('projects.programmes.saved', { name: p.name }) : t('projects.programmes.added', { name: p.name })),
        })
      }
      onCancel={onClose}
    >
      <ErrorSummary
        error={save.error}
        targets={targets}
        labels={{
          name: t('projects.programmes.name'),
          fund: t('projects.fields.fund'),
          periodStart: t('projects.programmes.periodStart'),
          periodEnd: t('projects.programmes.periodEnd'),
          cci: t('projects.programmes.cci'),
          managingAuthority: t('projects.programmes.authority'),
          eligibleNuts: t('projects.programmes.area'),
          maxCofinancingRate: t('projects.programmes.rateField'),
          currency: t('projects.programmes.currency'),
          url: t('projects.programmes.url'),
        }}
      />
      <div className="pf-dialog-form">
        <div className="reg-form-grid">
          <TextField id="prog-name" className="reg-form-grid-wide" label={t('projects.programmes.name')} value={draft.name} onChange={(e) => set('name', e.target.value)} error={err('name')} maxLength={300} aria-required="true" autoComplete="off" />
          <SelectField id="prog-fund" label={t('projects.fields.fund')} value={draft.fund} onChange={(e) => set('fund', e.target.value as Fund)} error={err('fund')}>
            <Options items={FUNDS} value={(f) => f} label={(f) => fundLabel(t, f)} />
          </SelectField>
          <TextField id="prog-start" inputMode="numeric" label={t('projects.programmes.periodStart')} value={draft.periodStart} onChange={(e) => set('periodStart', e.target.value)} error={err('periodStart')} maxLength={4} aria-required="true" />
          <TextField id="prog-end" inputMode="numeric" label={t('projects.programmes.periodEnd')} value={draft.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} error={err('periodEnd')} maxLength={4} aria-required="true" />
          <TextField id="prog-cci" label={t('projects.programmes.cci')} hint={t('projects.programmes.cciHint')} value={draft.cci} onChange={(e) => set('cci', e.target.value)} error={err('cci')} maxLength={40} autoComplete="off" />
          <TextField id="prog-authority" className="reg-form-grid-wide" label={t('projects.programmes.authority')} value={draft.managingAuthority} onChange={(e) => set('managingAuthority', e.target.value)} error={err('managingAuthority')} maxLength={300} />
          <TextField id="prog-rate" inputMode="decimal" label={t('projects.programmes.rateField')} hint={t('projects.programmes.rateHint')} value={draft.maxCofinancingRate} onChange={(e) => set('maxCofinancingRate', e.target.value)} error={err('maxCofinancingRate')} maxLength={6} />
          <TextField id="prog-currency" label={t('projects.programmes.currency')} hint={t('projects.programmes.currencyHint')} value={draft.currency} onChange={(e) => set('currency', e.target.value)} error={err('currency')} maxLength={3} autoComplete="off" />
          <TextField id="prog-url" type="url" className="reg-form-grid-wide" label={t('projects.programmes.url')} value={draft.url} onChange={(e) => set('url', e.target.value)} error={err('url')} maxLength={500} />
        </div>
        <MultiPicker
          id="prog-nuts"
          label={t('projects.programmes.area')}
          hint={t('projects.programmes.areaHint')}
          queryKey={['nuts', '']}
          search={(q) => nutsSearch(q).then((items) => items.map((r) => ({ id: r.code, label: `${r.name} (${r.code})` })))}
          chosen={draft.eligibleNuts.map((code) => ({ id: code, label: label(code) }))}
          onChange={(items) => {
            setPicked((old) => ({ ...old, ...Object.fromEntries(items.map((i) => [i.id, i.label])) }));
            set(
              'eligibleNuts',
              items.map((i) => i.id),
            );
          }}
          error={err('eligibleNuts')}
        />
      </div>
    </FormDialog>
  );
}
