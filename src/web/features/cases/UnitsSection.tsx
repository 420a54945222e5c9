// The units a case can be assigned to (the contact centre, business development, EU
// coordination…): name in each language; retired units stay on the cases they had.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { CheckboxField } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useSaveVocabulary, type CaseUnit } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { CodeField, emptyLabels, LabelFields, labelsOf, type LabelDraft } from './LabelFields.tsx';
import { vocabLabel } from './labels.tsx';

const labelTargets = (prefix: string) => ({ 'labels.sv': `${prefix}-label-sv`, 'labels.da': `${prefix}-label-da`, 'labels.en': `${prefix}-label-en` });

export function UnitsSection({ units, onDone }: { units: CaseUnit[]; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState<CaseUnit | null>(null);
  return (
    <section className="panel" aria-labelledby="units-heading">
      <h2 id="units-heading">{t('cases.settings.units')}</h2>
      <p className="field-hint">{t('cases.settings.unitsHint')}</p>
      <TableWrap label={t('cases.settings.units')}>
        <table className="table">
          <caption className="visually-hidden">{t('cases.settings.units')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.settings.name')}</th>
              <th scope="col">{t('cases.settings.code')}</th>
              <th scope="col">{t('cases.settings.active')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.code}>
                <th scope="row" className="cell-words">
                  {vocabLabel(u, lng)}
                </th>
                <td>
                  <code>{u.code}</code>
                </td>
                <td>{u.active ? t('common.yes') : t('common.no')}</td>
                <td className="cell-actions">
                  <button type="button" className="button button--small button--secondary" onClick={() => setEditing(u)}>
                    {t('cases.settings.edit')}
                    <span className="visually-hidden"> {vocabLabel(u, lng)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <AddUnit onDone={onDone} />
      {editing ? <EditUnit key={editing.code} unit={editing} onClose={() => setEditing(null)} onDone={onDone} /> : null}
    </section>
  );
}

function AddUnit({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [code, setCode] = useState('');
  const [labels, setLabels] = useState<LabelDraft>(emptyLabels);
  const save = useSaveVocabulary<{ code: string; labels: LabelDraft }>(ws.id, 'POST', () => '/case-units');
  const error = (f: string) => fieldError(save.error, f);
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(
      { code: code.trim(), labels },
      {
        onSuccess: () => {
          onDone(t('cases.settings.unitAdded', { name: labels[currentLocale()] || code }));
          setCode('');
          setLabels(emptyLabels());
        },
      },
    );
  }
  return (
    <details className="reg-subform-disclosure">
      <summary>{t('cases.settings.addUnit')}</summary>
      <form className="reg-subform" onSubmit={submit} noValidate aria-label={t('cases.settings.addUnit')}>
        <ErrorSummary error={save.error} targets={{ code: 'unit-new-code', ...labelTargets('unit-new') }} />
        <div className="reg-form-grid">
          <CodeField id="unit-new-code" value={code} onChange={setCode} error={error('code')} />
          <LabelFields prefix="unit-new" value={labels} onChange={setLabels} error={error} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('cases.settings.addUnit')}
          </button>
        </div>
      </form>
    </details>
  );
}

function EditUnit({ unit, onClose, onDone }: { unit: CaseUnit; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const [labels, setLabels] = useState<LabelDraft>(labelsOf(unit.labels));
  const [active, setActive] = useState(unit.active);
  const save = useSaveVocabulary<{ code: string; labels: LabelDraft; active: boolean }>(ws.id, 'PATCH', (b) => `/case-units/${b.code}`);
  const name = vocabLabel(unit, i18n.language);
  function submit() {
    save.mutate(
      { code: unit.code, labels, active },
      {
        onSuccess: () => {
          onClose();
          onDone(t('cases.settings.saved', { name }));
        },
      },
    );
  }
  return (
    <FormDialog isOpen title={t('cases.settings.editTitle', { name })} submitLabel={t('common.save')} busy={save.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={save.error} targets={labelTargets('unit-edit')} />
      <LabelFields prefix="unit-edit" value={labels} onChange={setLabels} error={(f) => fieldError(save.error, f)} />
      <CheckboxField id="unit-edit-active" label={t('cases.settings.activeLabel')} hint={t('cases.settings.unitActiveHint')} checked={active} onChange={(e) => setActive(e.target.checked)} />
    </FormDialog>
  );
}
