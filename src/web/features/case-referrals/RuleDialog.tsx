// Adding or changing a routing rule: its name and priority, its conditions (category, words,
// language) and the one unit or partner it suggests. The server checks that there is at least
// one condition and exactly one target, and says so per field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorSummary, fieldError } from '../cases/ErrorSummary.tsx';
import type { CaseVocabularies } from '../cases/api.ts';
import { AsyncPicker, CheckboxField, Group, type PickerItem } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { countryName, kindLabel, LANGUAGE_CODES, languageName, pickLabel } from '../register/labels.ts';
import { searchOrganisations } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useSaveRule, type RoutingRuleData } from './api.ts';

const TARGETS = { name: 'rule-name', priority: 'rule-priority', category: 'rule-category', words: 'rule-words', language: 'rule-language', unit: 'rule-unit', organisationId: 'rule-partner' };

export function RuleDialog({ rule, vocab, onClose, onDone }: { rule: RoutingRuleData | null; vocab: CaseVocabularies; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const save = useSaveRule(ws.id);
  const [name, setName] = useState(rule?.name ?? '');
  const [priority, setPriority] = useState(String(rule?.priority ?? 100));
  const [active, setActive] = useState(rule?.active ?? true);
  const [category, setCategory] = useState(rule?.category?.code ?? '');
  const [words, setWords] = useState(rule?.words.join(', ') ?? '');
  const [language, setLanguage] = useState(rule?.language ?? '');
  const [kind, setKind] = useState<'unit' | 'partner'>(rule?.organisation ? 'partner' : 'unit');
  const [unit, setUnit] = useState(rule?.unit?.code ?? '');
  const [partner, setPartner] = useState<PickerItem | null>(rule?.organisation ? { id: rule.organisation.id, label: rule.organisation.name } : null);
  const err = (f: string) => fieldError(save.error, f);

  function submit() {
    const body = {
      name: name.trim(),
      priority: Number(priority),
      active,
      category: category || null,
      words: words.split(/[,;\n]/).map((w) => w.trim()).filter(Boolean),
      language: language || null,
      unit: kind === 'unit' ? unit || null : null,
      organisationId: kind === 'partner' ? (partner?.id ?? null) : null,
    };
    save.mutate(
      { id: rule?.id ?? null, body: rule ? { ...body, version: rule.version } : body },
      { onSuccess: (saved) => onDone(t(rule ? 'referrals.rules.saved' : 'referrals.rules.added', { name: saved.name })) },
    );
  }

  return (
    <FormDialog isOpen title={rule ? t('referrals.rules.editTitle', { name: rule.name }) : t('referrals.rules.addTitle')} submitLabel={t('referrals.rules.save')} busy={save.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={save.error} targets={TARGETS} />
      <TextField id="rule-name" label={t('referrals.rules.name')} hint={t('referrals.rules.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={err('name')} maxLength={120} required />
      <TextField id="rule-priority" type="number" inputMode="numeric" min={1} max={9999} label={t('referrals.rules.priority')} hint={t('referrals.rules.priorityHint')} value={priority} onChange={(e) => setPriority(e.target.value)} error={err('priority')} />
      <Group id="rule-conditions" legend={t('referrals.rules.conditions')} hint={t('referrals.rules.conditionsHint')}>
        <SelectField id="rule-category" label={t('referrals.rules.category')} value={category} onChange={(e) => setCategory(e.target.value)} error={err('category')}>
          <option value="">{t('referrals.rules.anyCategory')}</option>
          {vocab.categories
            .filter((c) => c.active || c.code === category)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {pickLabel(c.labels, lng, c.code)}
              </option>
            ))}
        </SelectField>
        <TextField id="rule-words" label={t('referrals.rules.words')} hint={t('referrals.rules.wordsHint')} value={words} onChange={(e) => setWords(e.target.value)} error={err('words')} />
        <SelectField id="rule-language" label={t('referrals.rules.language')} value={language} onChange={(e) => setLanguage(e.target.value)} error={err('language')}>
          <option value="">{t('referrals.rules.anyLanguage')}</option>
          {LANGUAGE_CODES.map((l) => (
            <option key={l} value={l}>
              {languageName(l, lng)}
            </option>
          ))}
        </SelectField>
      </Group>
      <Group id="rule-target" legend={t('referrals.rules.target')}>
        <div className="reg-check-list" role="radiogroup" aria-label={t('referrals.rules.target')}>
          {(['unit', 'partner'] as const).map((k) => (
            <div key={k} className="reg-check">
              <input type="radio" id={`rule-kind-${k}`} name="rule-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`rule-kind-${k}`}>{t(`referrals.rules.kind.${k}`)}</label>
            </div>
          ))}
        </div>
        {kind === 'unit' ? (
          <SelectField id="rule-unit" label={t('referrals.rules.unit')} value={unit} onChange={(e) => setUnit(e.target.value)} error={err('unit')}>
            <option value="">{t('referrals.rules.chooseUnit')}</option>
            {vocab.units
              .filter((u) => u.active || u.code === unit)
              .map((u) => (
                <option key={u.code} value={u.code}>
                  {pickLabel(u.labels, lng, u.code)}
                </option>
              ))}
          </SelectField>
        ) : (
          <AsyncPicker
            id="rule-partner"
            label={t('referrals.rules.partner')}
            hint={t('referrals.rules.partnerHint')}
            queryKey={['orgs', ws.id]}
            search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
            value={partner}
            onChange={setPartner}
            error={err('organisationId') ?? (kind === 'partner' ? err('unit') : undefined)}
          />
        )}
      </Group>
      <CheckboxField id="rule-active" label={t('referrals.rules.active')} hint={t('referrals.rules.activeHint')} checked={active} onChange={(e) => setActive(e.target.checked)} />
    </FormDialog>
  );
}
