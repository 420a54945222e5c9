// The requester on the staff form: contact details as given, linked to an organisation and a
// person already in the register (search as you type), or added to the register from the details.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { AsyncPicker, CheckboxField, type PickerItem } from '../register/fields.tsx';
import { countryName, kindLabel, schemeLabel } from '../register/labels.ts';
import { searchOrganisations, searchPeople } from '../register/queries.ts';
import { REGISTRY_SCHEME_CODES, type RegistrySchemeCode as IdentifierSchemeCode } from '../register/types.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { REQUESTER_KINDS, type RequesterKind } from './api.ts';
import { requesterKindLabel } from './labels.tsx';

export interface RequesterDraft {
  kind: RequesterKind;
  name: string;
  email: string;
  phone: string;
  organisationName: string;
  organisationNumber: string;
  scheme: IdentifierSchemeCode;
  organisation: PickerItem | null;
  person: PickerItem | null;
  createOrganisation: boolean;
  createPerson: boolean;
}

const SCHEME_BY_COUNTRY: Record<string, IdentifierSchemeCode> = { SE: 'se_orgnr', DK: 'dk_cvr', NO: 'no_orgnr', FI: 'fi_ytunnus', PL: 'pl_nip' };
export const schemeForCountry = (country: string | undefined): IdentifierSchemeCode => (country && SCHEME_BY_COUNTRY[country]) || 'eu_vat';

export const emptyRequester = (scheme: IdentifierSchemeCode): RequesterDraft => ({
  kind: 'company',
  name: '',
  email: '',
  phone: '',
  organisationName: '',
  organisationNumber: '',
  scheme,
  organisation: null,
  person: null,
  createOrganisation: false,
  createPerson: false,
});

/** The API's requester object from the draft: blanks left out, links by id. */
export function requesterBody(r: RequesterDraft) {
  const text = (v: string) => v.trim() || null;
  return {
    kind: r.kind,
    name: text(r.name),
    email: text(r.email),
    phone: text(r.phone),
    organisationName: text(r.organisationName),
    organisationNumber: text(r.organisationNumber),
    ...(r.organisationNumber.trim() ? { organisationNumberScheme: r.scheme } : {}),
    organisationId: r.organisation?.id ?? null,
    personId: r.person?.id ?? null,
    createOrganisation: !r.organisation && r.createOrganisation,
    createPerson: !r.person && r.createPerson,
  };
}

export function RequesterFields({ value, onChange, error }: { value: RequesterDraft; onChange: (r: RequesterDraft) => void; error: (field: string) => string | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const set = (patch: Partial<RequesterDraft>) => onChange({ ...value, ...patch });
  const e = (f: string) => error(`requester.${f}`);
  return (
    <fieldset className="reg-form-section">
      <legend>{t('cases.new.requester')}</legend>
      <p className="field-hint">{t('cases.new.requesterHint')}</p>
      <fieldset className="choice-group choice-group--inline" id="new-kind">
        <legend>{t('cases.requester.kind')}</legend>
        {REQUESTER_KINDS.map((k) => (
          <div className="check" key={k}>
            <input type="radio" id={`new-kind-${k}`} name="new-kind" checked={value.kind === k} onChange={() => set({ kind: k })} />
            <label htmlFor={`new-kind-${k}`}>{requesterKindLabel(t, k)}</label>
          </div>
        ))}
      </fieldset>
      <div className="reg-form-grid">
        <TextField id="new-req-name" label={t('cases.requester.name')} value={value.name} onChange={(ev) => set({ name: ev.target.value })} error={e('name')} autoComplete="off" />
        <TextField id="new-req-email" type="email" label={t('cases.requester.email')} value={value.email} onChange={(ev) => set({ email: ev.target.value })} error={e('email')} autoComplete="off" />
        <TextField id="new-req-phone" type="tel" label={t('cases.requester.phone')} value={value.phone} onChange={(ev) => set({ phone: ev.target.value })} error={e('phone')} autoComplete="off" />
        <TextField id="new-req-org-name" label={t('cases.requester.organisationName')} value={value.organisationName} onChange={(ev) => set({ organisationName: ev.target.value })} error={e('organisationName')} autoComplete="off" />
        <TextField
          id="new-req-org-number"
          label={t('cases.requester.organisationNumber')}
          hint={t(`register.schemeExamples.${value.scheme}`)}
          value={value.organisationNumber}
          onChange={(ev) => set({ organisationNumber: ev.target.value })}
          error={e('organisationNumber')}
          autoComplete="off"
        />
        <SelectField id="new-req-scheme" label={t('cases.ask.scheme')} value={value.scheme} onChange={(ev) => set({ scheme: ev.target.value as IdentifierSchemeCode })}>
          {REGISTRY_SCHEME_CODES.map((s) => (
            <option key={s} value={s}>
              {schemeLabel(t, s)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="reg-form-grid reg-form-grid--two">
        <div>
          <AsyncPicker
            id="new-req-org"
            label={t('cases.new.registerOrganisation')}
            hint={t('cases.new.registerOrganisationHint')}
            queryKey={['orgs', ws.id]}
            search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
            value={value.organisation}
            onChange={(item) => set({ organisation: item })}
            error={e('organisationId')}
          />
          {value.organisation ? null : (
            <CheckboxField id="new-req-create-org" label={t('cases.new.createOrganisation')} checked={value.createOrganisation} onChange={(ev) => set({ createOrganisation: ev.target.checked })} />
          )}
        </div>
        <div>
          <AsyncPicker
            id="new-req-person"
            label={t('cases.new.registerPerson')}
            hint={t('cases.new.registerPersonHint')}
            queryKey={['people', ws.id]}
            search={(q) => searchPeople(ws.id, q).then((items) => items.map((p) => ({ id: p.id, label: p.name, detail: [p.title, ...p.organisations.map((o) => o.name)].filter(Boolean).join(' · ') })))}
            value={value.person}
            onChange={(item) => set({ person: item })}
            error={e('personId')}
          />
          {value.person ? null : (
            <CheckboxField id="new-req-create-person" label={t('cases.new.createPerson')} hint={t('cases.new.createPersonHint')} checked={value.createPerson} onChange={(ev) => set({ createPerson: ev.target.checked })} />
          )}
        </div>
      </div>
    </fieldset>
  );
}
