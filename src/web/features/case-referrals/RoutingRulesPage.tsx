// /w/:ws/admin/case-routing — routing rules for administrators: the list in the order they are
// tried (the first matching rule suggests), adding, changing and removing rules, and a box to try
// the rules on a made-up case before anyone relies on them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { useCaseVocabularies, type CaseVocabularies } from '../cases/api.ts';
import { ErrorSummary, fieldError } from '../cases/ErrorSummary.tsx';
import { languageName, pickLabel } from '../register/labels.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDeleteRule, usePreviewRouting, useRoutingRules, type RoutingRuleData } from './api.ts';
import { RuleDialog } from './RuleDialog.tsx';
import { targetName } from './RoutingSuggestion.tsx';

type Open = { kind: 'edit'; rule: RoutingRuleData | null } | { kind: 'delete'; rule: RoutingRuleData } | null;

export function RoutingRulesPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const rules = useRoutingRules(ws.id);
  const vocab = useCaseVocabularies(ws.id);
  const remove = useDeleteRule(ws.id);
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<string | null>(null);
  const close = () => setOpen(null);

  return (
    <>
      <PageHeader
        title={t('referrals.rules.title')}
        lead={t('referrals.rules.lead')}
        workspaceName={ws.name}
        actions={
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'edit', rule: null })} disabled={!vocab.data}>
            {t('referrals.rules.add')}
          </button>
        }
      />
      <LiveStatus message={status} />
      {rules.isPending || vocab.isPending ? (
        <Loading />
      ) : !rules.data || !vocab.data ? (
        <ErrorAlert error={rules.error ?? vocab.error} />
      ) : rules.data.length === 0 ? (
        <p className="muted">{t('referrals.rules.empty')}</p>
      ) : (
        <TableWrap label={t('referrals.rules.tableTitle')}>
          <table className="table rules-table">
            <caption className="visually-hidden">{t('referrals.rules.tableTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('referrals.rules.priority')}</th>
                <th scope="col">{t('referrals.rules.name')}</th>
                <th scope="col">{t('referrals.rules.conditions')}</th>
                <th scope="col">{t('referrals.rules.target')}</th>
                <th scope="col">{t('referrals.rules.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.map((r) => (
                <tr key={r.id} className={r.active ? undefined : 'rule-row--inactive'}>
                  <td>{r.priority}</td>
                  <th scope="row" className="cell-break">
                    {r.name}
                    {r.active ? null : <span className="cell-sub">{t('referrals.rules.inactive')}</span>}
                  </th>
                  <td className="cell-break">
                    <ul className="rule-conditions">
                      {r.category ? <li>{t('referrals.rules.whenCategory', { category: pickLabel(r.category.labels, lng, r.category.code) })}</li> : null}
                      {r.words.length ? <li>{t('referrals.rules.whenWords', { words: r.words.join(', ') })}</li> : null}
                      {r.language ? <li>{t('referrals.rules.whenLanguage', { language: languageName(r.language, lng) })}</li> : null}
                    </ul>
                  </td>
                  <td className="cell-break">
                    {t(r.unit ? 'referrals.rules.toUnit' : 'referrals.rules.toPartner', { target: targetName(r, lng) })}
                  </td>
                  <td className="cell-actions">
                    <button type="button" className="button button--secondary button--small" onClick={() => setOpen({ kind: 'edit', rule: r })} aria-label={t('referrals.rules.editNamed', { name: r.name })}>
                      {t('referrals.rules.edit')}
                    </button>
                    <button type="button" className="button button--danger-outline button--small" onClick={() => setOpen({ kind: 'delete', rule: r })} aria-label={t('referrals.rules.removeNamed', { name: r.name })}>
                      {t('referrals.rules.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {vocab.data ? <TryRules vocab={vocab.data} /> : null}
      {open?.kind === 'edit' && vocab.data ? (
        <RuleDialog
          rule={open.rule}
          vocab={vocab.data}
          onClose={close}
          onDone={(m) => {
            close();
            setStatus(m);
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          isOpen
          title={t('referrals.rules.removeTitle', { name: open.rule.name })}
          confirmLabel={t('referrals.rules.remove')}
          busy={remove.isPending}
          onCancel={close}
          onConfirm={() =>
            remove.mutate(open.rule.id, {
              onSuccess: () => {
                setStatus(t('referrals.rules.removed', { name: open.rule.name }));
                close();
              },
            })
          }
        >
          <p>{t('referrals.rules.removeText')}</p>
          {remove.error ? <ErrorAlert error={remove.error} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function TryRules({ vocab }: { vocab: CaseVocabularies }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const preview = usePreviewRouting(ws.id);
  const [category, setCategory] = useState(vocab.categories.find((c) => c.active)?.code ?? '');
  const [language, setLanguage] = useState(lng === 'da' || lng === 'en' ? lng : 'sv');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    preview.mutate({ category, language, title, description });
  }
  const s = preview.data?.suggestion;
  return (
    <section className="panel" aria-labelledby="try-rules">
      <h2 id="try-rules">{t('referrals.rules.tryTitle')}</h2>
      <p className="field-hint">{t('referrals.rules.tryHelp')}</p>
      <form className="reg-form-grid reg-form-grid--two" onSubmit={submit} noValidate>
        <ErrorSummary error={preview.error} targets={{ category: 'try-category', title: 'try-title', language: 'try-language' }} />
        <SelectField id="try-category" label={t('referrals.rules.category')} value={category} onChange={(e) => setCategory(e.target.value)} error={fieldError(preview.error, 'category')}>
          {vocab.categories
            .filter((c) => c.active)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {pickLabel(c.labels, lng, c.code)}
              </option>
            ))}
        </SelectField>
        <SelectField id="try-language" label={t('referrals.rules.language')} value={language} onChange={(e) => setLanguage(e.target.value)}>
          {['sv', 'da', 'en', 'pl', 'de'].map((l) => (
            <option key={l} value={l}>
              {languageName(l, lng)}
            </option>
          ))}
        </SelectField>
        <TextField id="try-title" label={t('referrals.rules.tryTitleField')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(preview.error, 'title')} maxLength={300} />
        <TextField id="try-description" label={t('referrals.rules.tryDescription')} value={description} onChange={(e) => setDescription(e.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={preview.isPending}>
            {t('referrals.rules.try')}
          </button>
        </div>
      </form>
      <div role="status" className="try-result">
        {preview.data ? (
          s ? (
            <p>{t(s.unit ? 'referrals.rules.trySuggestsUnit' : 'referrals.rules.trySuggestsPartner', { target: targetName(s, lng), rule: s.rule.name })}</p>
          ) : (
            <p>{t('referrals.rules.tryNone')}</p>
          )
        ) : null}
      </div>
    </section>
  );
}
