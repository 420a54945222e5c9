// A project's fields, shared by the new-project page and the edit dialog: name and summary,
// programme and our role, the period and the officer, themes and the SDGs it works for. Errors
// come from the server's problem+json and are shown at their fields.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Options, SelectField, TextField } from '../../components/Field.tsx';
import { Loading } from '../../components/Feedback.tsx';
import { useMembers } from '../admin/queries.ts';
import { CheckboxField, Group, TextAreaField } from '../register/fields.tsx';
import { themeLabel } from '../register/labels.ts';
import { useSdgs, useVocabularies } from '../register/queries.ts';
import { SdgMark } from '../register/SdgBadges.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCalls } from '../calls/api.ts';
import { useProgrammes } from './api.ts';
import { fundLabel, ourRoleLabel } from './labels.tsx';
import type { ProjectDraft } from './projectForm.ts';
import { OUR_ROLES, type OurRole } from './types.ts';

/** The server's message for a field, or for any entry of a list field ("themes.1"). */
export function fieldMessage(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldMessage(field) ?? error.fieldErrors.find((f) => f.field.startsWith(`${field}.`))?.message;
}

export function ProjectFields({ draft, onChange, error }: { draft: ProjectDraft; onChange: (d: ProjectDraft) => void; error: unknown }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const programmes = useProgrammes(ws.id).data ?? [];
  const calls = useCalls(ws.id, new URLSearchParams({ programmeId: draft.programmeId, limit: '200' }).toString(), Boolean(draft.programmeId)).data?.items ?? [];
  const vocab = useVocabularies(ws.id);
  const sdgs = useSdgs().data ?? [];
  const members = (useMembers(ws.id).data ?? []).filter((m) => m.role !== 'viewer' || m.userId === draft.officerId);
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) => onChange({ ...draft, [key]: value });
  const err = (f: string) => fieldMessage(error, f);
  const own = programmes.filter((p) => p.own);
  const catalogue = programmes.filter((p) => !p.own);
  const programmeOption = (p: (typeof programmes)[number]) => (
    <option key={p.id} value={p.id}>
      {t('projects.form.programmeOption', { name: p.name, fund: fundLabel(t, p.fund), start: p.periodStart, end: p.periodEnd })}
    </option>
  );

  return (
    <>
      <fieldset className="reg-form-section">
        <legend>{t('projects.form.sectionProject')}</legend>
        <div className="reg-form-grid">
          <TextField id="pf-acronym" label={t('projects.fields.acronym')} hint={t('projects.form.acronymHint')} value={draft.acronym} onChange={(e) => set('acronym', e.target.value)} error={err('acronym')} maxLength={40} aria-required="true" autoComplete="off" />
          <TextField id="pf-title" className="reg-form-grid-wide" label={t('projects.fields.title')} value={draft.title} onChange={(e) => set('title', e.target.value)} error={err('title')} maxLength={500} aria-required="true" autoComplete="off" />
        </div>
        <TextAreaField id="pf-summary" label={t('projects.fields.summary')} hint={t('projects.form.summaryHint')} value={draft.summary} onChange={(e) => set('summary', e.target.value)} error={err('summary')} maxLength={5000} rows={5} />
      </fieldset>
      <fieldset className="reg-form-section">
        <legend>{t('projects.form.sectionFunding')}</legend>
        <div className="reg-form-grid">
          <SelectField id="pf-programme" className="reg-form-grid-wide" label={t('projects.fields.programme')} hint={t('projects.form.programmeHint')} value={draft.programmeId} onChange={(e) => onChange({ ...draft, programmeId: e.target.value, callId: '' })} error={err('programmeId')}>
            <option value="">{t('projects.form.noProgramme')}</option>
            {own.length ? <optgroup label={t('projects.programmes.ownGroup')}>{own.map(programmeOption)}</optgroup> : null}
            {catalogue.length ? <optgroup label={t('projects.programmes.catalogueGroup')}>{catalogue.map(programmeOption)}</optgroup> : null}
          </SelectField>
          {draft.programmeId ? (
            <SelectField id="pf-call" className="reg-form-grid-wide" label={t('projects.fields.call')} hint={calls.length ? undefined : t('projects.form.noCallsHint')} value={draft.callId} onChange={(e) => set('callId', e.target.value)} error={err('callId')}>
              <option value="">{t('projects.form.noCall')}</option>
              {calls.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.identifier ? `${c.identifier}: ${c.title}` : c.title} ({t(`calls.status.${c.status}`)})
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField id="pf-our-role" label={t('projects.fields.ourRole')} hint={t('projects.form.ourRoleHint')} value={draft.ourRole} onChange={(e) => set('ourRole', e.target.value as OurRole)} error={err('ourRole')}>
            <Options items={OUR_ROLES} value={(r) => r} label={(r) => ourRoleLabel(t, r)} />
          </SelectField>
          <SelectField id="pf-officer" label={t('projects.fields.officer')} value={draft.officerId} onChange={(e) => set('officerId', e.target.value)} error={err('officerId')}>
            <Options empty={t('projects.form.noOfficer')} items={members} value={(m) => m.userId} label={(m) => m.name} />
          </SelectField>
          <TextField id="pf-start" type="date" label={t('projects.fields.startDate')} value={draft.startDate} onChange={(e) => set('startDate', e.target.value)} error={err('startDate')} />
          <TextField id="pf-end" type="date" label={t('projects.fields.endDate')} hint={t('projects.form.endHint')} value={draft.endDate} onChange={(e) => set('endDate', e.target.value)} error={err('endDate')} min={draft.startDate || undefined} />
        </div>
      </fieldset>
      <fieldset className="reg-form-section">
        <legend>{t('projects.form.sectionThemes')}</legend>
        <Group id="pf-themes" legend={t('projects.fields.themes')} hint={t('projects.form.themesHint')} error={err('themes')}>
          {vocab.isPending ? (
            <Loading />
          ) : (
            <div className="reg-check-grid">
              {vocab.data?.themes.map((th) => (
                <CheckboxField
                  key={th.code}
                  id={`pf-theme-${th.code}`}
                  label={themeLabel(vocab.data, th.code, lng)}
                  checked={draft.themes.includes(th.code)}
                  onChange={(e) => set('themes', e.target.checked ? [...draft.themes, th.code] : draft.themes.filter((c) => c !== th.code))}
                />
              ))}
            </div>
          )}
        </Group>
        <Group id="pf-sdgs" legend={t('projects.fields.sdgs')} error={err('sdgs')}>
          <div className="reg-check-grid sdg-grid">
            {sdgs.map((g) => (
              <div key={g.number} className="reg-check sdg-check">
                <input
                  id={`pf-sdg-${g.number}`}
                  type="checkbox"
                  checked={draft.sdgs.includes(g.number)}
                  onChange={(e) => set('sdgs', e.target.checked ? [...draft.sdgs, g.number] : draft.sdgs.filter((n) => n !== g.number))}
                />
                <label htmlFor={`pf-sdg-${g.number}`}>
                  <SdgMark n={g.number} />
                  <span>
                    <span className="visually-hidden">{t('register.sdg.goal', { number: g.number })}: </span>
                    {g.titles[lng] ?? g.titles.en}
                  </span>
                </label>
              </div>
            ))}
          </div>
        </Group>
      </fieldset>
    </>
  );
}
