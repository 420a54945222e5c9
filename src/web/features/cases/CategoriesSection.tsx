// The case categories: name in each language, response-time target (working days; a new case's
// due date follows from it), how long a closed case is kept, and whether the public form offers
// it as a topic. Administrators add and change them; a category in use is retired, not deleted.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CheckboxField } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useSaveVocabulary, type CaseCategory } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { CodeField, emptyLabels, LabelFields, labelsOf, type LabelDraft } from './LabelFields.tsx';
import { vocabLabel } from './labels.tsx';

interface Draft {
  code: string;
  labels: LabelDraft;
  responseDays: string;
  retentionYears: string;
  isPublic: boolean;
  active: boolean;
}

const EMPTY: Draft = { code: '', labels: emptyLabels(), responseDays: '10', retentionYears: '2', isPublic: true, active: true };

const toNumber = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const body = (d: Draft) => ({
  code: d.code.trim(),
  labels: d.labels,
  responseDays: toNumber(d.responseDays),
  retentionYears: d.retentionYears.trim() === '' ? null : toNumber(d.retentionYears),
  isPublic: d.isPublic,
});

export function CategoriesSection({ categories, onDone }: { categories: CaseCategory[]; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState<CaseCategory | null>(null);
  return (
    <section className="panel" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('cases.settings.categories')}</h2>
      <p className="field-hint">{t('cases.settings.categoriesHint')}</p>
      <TableWrap label={t('cases.settings.categories')}>
        <table className="table">
          <caption className="visually-hidden">{t('cases.settings.categories')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.settings.name')}</th>
              <th scope="col">{t('cases.settings.code')}</th>
              {/* The unit is in the header; the cells hold the numbers. */}
              <th scope="col">{t('cases.settings.responseDays')}</th>
              <th scope="col">{t('cases.settings.retentionYears')}</th>
              <th scope="col">{t('cases.settings.isPublic')}</th>
              <th scope="col">{t('cases.settings.active')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.code}>
                <th scope="row" className="cell-words">
                  {vocabLabel(c, lng)}
                </th>
                <td>
                  <code>{c.code}</code>
                </td>
                <td>{formatNumber(c.responseDays, lng)}</td>
                <td>{c.retentionYears === null ? t('cases.settings.keptForEver') : formatNumber(c.retentionYears, lng)}</td>
                <td>{c.isPublic ? t('common.yes') : t('common.no')}</td>
                <td>{c.active ? t('common.yes') : t('common.no')}</td>
                <td className="cell-actions">
                  <button type="button" className="button button--small button--secondary" onClick={() => setEditing(c)}>
                    {t('cases.settings.edit')}
                    <span className="visually-hidden"> {vocabLabel(c, lng)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <AddCategory onDone={onDone} />
      {editing ? <EditCategory key={editing.code} category={editing} onClose={() => setEditing(null)} onDone={onDone} /> : null}
    </section>
  );
}

function CategoryFields({ prefix, draft, set, error }: { prefix: string; draft: Draft; set: (p: Partial<Draft>) => void; error: (f: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <LabelFields prefix={prefix} value={draft.labels} onChange={(labels) => set({ labels })} error={error} />
      <TextField id={`${prefix}-days`} type="number" min={1} max={365} inputMode="numeric" label={t('cases.settings.responseDays')} hint={t('cases.settings.responseDaysHint')} value={draft.responseDays} onChange={(e) => set({ responseDays: e.target.value })} error={error('responseDays')} />
      <TextField id={`${prefix}-years`} type="number" min={0} max={100} inputMode="numeric" label={t('cases.settings.retentionYears')} hint={t('cases.settings.retentionHint')} value={draft.retentionYears} onChange={(e) => set({ retentionYears: e.target.value })} error={error('retentionYears')} />
      <CheckboxField id={`${prefix}-public`} label={t('cases.settings.isPublicLabel')} checked={draft.isPublic} onChange={(e) => set({ isPublic: e.target.checked })} />
    </>
  );
}

function AddCategory({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const lng = currentLocale();
  const ws = useWorkspace();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const save = useSaveVocabulary<ReturnType<typeof body>>(ws.id, 'POST', () => '/case-categories');
  const error = (f: string) => fieldError(save.error, f);
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(body(draft), {
      onSuccess: () => {
        onDone(t('cases.settings.categoryAdded', { name: draft.labels[lng] || draft.code }));
        setDraft(EMPTY);
      },
    });
  }
  return (
    <details className="reg-subform-disclosure">
      <summary>{t('cases.settings.addCategory')}</summary>
      <form className="reg-subform" onSubmit={submit} noValidate aria-label={t('cases.settings.addCategory')}>
        <ErrorSummary error={save.error} targets={{ code: 'cat-new-code', 'labels.sv': 'cat-new-label-sv', 'labels.da': 'cat-new-label-da', 'labels.en': 'cat-new-label-en', responseDays: 'cat-new-days', retentionYears: 'cat-new-years' }} />
        <div className="reg-form-grid">
          <CodeField id="cat-new-code" value={draft.code} onChange={(code) => setDraft({ ...draft, code })} error={error('code')} />
          <CategoryFields prefix="cat-new" draft={draft} set={(p) => setDraft({ ...draft, ...p })} error={error} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('cases.settings.addCategory')}
          </button>
        </div>
      </form>
    </details>
  );
}

function EditCategory({ category, onClose, onDone }: { category: CaseCategory; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const [draft, setDraft] = useState<Draft>({
    code: category.code,
    labels: labelsOf(category.labels),
    responseDays: String(category.responseDays),
    retentionYears: category.retentionYears === null ? '' : String(category.retentionYears),
    isPublic: category.isPublic,
    active: category.active,
  });
  const save = useSaveVocabulary<ReturnType<typeof body> & { active: boolean }>(ws.id, 'PATCH', (b) => `/case-categories/${b.code}`);
  const error = (f: string) => fieldError(save.error, f);
  const name = vocabLabel(category, i18n.language);
  function submit() {
    save.mutate(
      { ...body(draft), active: draft.active },
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
      <ErrorSummary error={save.error} targets={{ 'labels.sv': 'cat-edit-label-sv', 'labels.da': 'cat-edit-label-da', 'labels.en': 'cat-edit-label-en', responseDays: 'cat-edit-days', retentionYears: 'cat-edit-years' }} />
      <CategoryFields prefix="cat-edit" draft={draft} set={(p) => setDraft({ ...draft, ...p })} error={error} />
      <CheckboxField id="cat-edit-active" label={t('cases.settings.activeLabel')} hint={t('cases.settings.activeHint')} checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
    </FormDialog>
  );
}
