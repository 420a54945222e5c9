// An audit entry's before/after as "field: old → new" lines. Updates show what changed;
// creations and deletions show their main fields, with the rest behind a disclosure.
import { useTranslation } from 'react-i18next';
import { fieldLabel } from './labels.ts';
import { asObj, isTechnical, orderFields, showValue } from './values.ts';

const VISIBLE = 5;

export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation();
  const b = asObj(before);
  const a = asObj(after);
  if (!b && !a) return <span className="muted">–</span>;
  const all = orderFields([...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])]);
  // For an update, the fields that changed are the news; unchanged ones only when nothing changed.
  const changed = b && a ? all.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f])) : all;
  const fields = changed.length ? changed : all;
  const main = fields.filter((f) => !isTechnical(f)).slice(0, VISIBLE);
  const more = fields.filter((f) => !main.includes(f));

  const line = (f: string) => {
    const old = b ? showValue(t, i18n.language, f, b[f]) : null;
    const next = a ? showValue(t, i18n.language, f, a[f]) : null;
    return (
      <div key={f} className="change">
        <dt>{fieldLabel(t, f)}</dt>
        <dd>
          {old !== null && next !== null && old !== next ? (
            <>
              <span className="change-old">{old}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t('audit.changedTo')} </span>
              <span className="change-new">{next}</span>
            </>
          ) : (
            <span>{next ?? old}</span>
          )}
          {a ? null : <span className="muted"> ({t('audit.removedValue')})</span>}
        </dd>
      </div>
    );
  };

  return (
    <>
      {main.length ? <dl className="changes">{main.map(line)}</dl> : null}
      {more.length ? (
        <details className="changes-more">
          <summary>{t('audit.moreFields', { count: more.length })}</summary>
          <dl className="changes">{more.map(line)}</dl>
        </details>
      ) : null}
    </>
  );
}
