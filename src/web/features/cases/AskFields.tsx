// Parts of the public question form: who is asking, how personal data is handled (with the
// confirmation), and the field only robots fill in.
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../register/fields.tsx';
import type { PublicFormInfo, PublicQuestion } from './publicApi.ts';

type Kind = PublicQuestion['requesterKind'];

export function KindChoice({ kinds, value, onChange, error }: { kinds: readonly Kind[]; value: Kind | null; onChange: (k: Kind) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className={`choice-group${error ? ' field--invalid' : ''}`} id="ask-kind" aria-describedby={error ? 'ask-kind-error' : undefined}>
      <legend>{t('cases.ask.kind')}</legend>
      {error ? (
        <p id="ask-kind-error" className="field-error">
          {error}
        </p>
      ) : null}
      {kinds.map((k) => (
        <div className="check ask-kind" key={k}>
          <input type="radio" id={`ask-kind-${k}`} name="ask-kind" value={k} checked={value === k} onChange={() => onChange(k)} aria-describedby={`ask-kind-${k}-hint`} />
          <label htmlFor={`ask-kind-${k}`}>{t(`cases.ask.kinds.${k}`)}</label>
          <span id={`ask-kind-${k}-hint`} className="field-hint">
            {t(`cases.ask.kindHints.${k}`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * What happens with the question and the personal data in it. In Sweden a question to the
 * municipality becomes a public record (allmän handling) that others may ask to read.
 */
export function ConsentSection({ workspace, checked, onChange, error }: { workspace: PublicFormInfo['workspace']; checked: boolean; onChange: (v: boolean) => void; error?: string }) {
  const { t } = useTranslation();
  const vars = { workspace: workspace.name };
  return (
    <section className="survey-section survey-privacy" aria-labelledby="ask-privacy-heading">
      <h2 id="ask-privacy-heading">{t('cases.ask.privacyHeading')}</h2>
      <p>{t('cases.ask.privacyUse', vars)}</p>
      <p>{workspace.country === 'SE' ? t('cases.ask.privacyPublicSe', vars) : t('cases.ask.privacyPublicOther', vars)}</p>
      <p>{t('cases.ask.privacyKept', vars)}</p>
      <p>{t('cases.ask.privacyRights', vars)}</p>
      <CheckboxField id="ask-consent" label={t('cases.ask.consent')} checked={checked} onChange={(e) => onChange(e.target.checked)} error={error} aria-required="true" />
    </section>
  );
}

/**
 * The field the server calls `homepage`: people never see or reach it (hidden from view and from
 * screen readers, out of the tab order, no autofill); a robot that fills it in is refused.
 */
export function Honeypot({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="ask-homepage">{t('cases.ask.honeypot')}</label>
      <input id="ask-homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
