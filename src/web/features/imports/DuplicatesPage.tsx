// /w/:ws/register/duplicates — organisations that may be one and the same: the same number in
// two schemes (an organisation number and its VAT number), or similar names in one country.
// The person picks the one to keep and merges the other into it after a question (MergeDialog).
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { formatDate } from '../../lib/format.ts';
import { countryName, kindLabel, schemeLabel } from '../register/labels.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { MergeDialog } from './MergeDialog.tsx';
import { NoAccess } from './NoAccess.tsx';
import { useDuplicates } from './queries.ts';
import { useCanImport, useImportPaths } from './rights.ts';
import type { DuplicateSuggestion, MergeSide } from './types.ts';

export function DuplicatesPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const canMerge = useCanImport();
  const list = useDuplicates(ws.id);
  const [merging, setMerging] = useState<{ kept: MergeSide; duplicate: MergeSide } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!canMerge) return <NoAccess title={t('imports.duplicates.title')} />;

  return (
    <>
      <PageHeader title={t('imports.duplicates.title')} lead={t('imports.duplicates.lead')} workspaceName={ws.name} />
      <LiveStatus message={status} />
      <section aria-labelledby="duplicates-results" className="panel">
        <h2 id="duplicates-results" className="visually-hidden">
          {t('imports.duplicates.results')}
        </h2>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorAlert error={list.error} />
        ) : list.data.length === 0 ? (
          <EmptyState title={t('imports.duplicates.empty')}>
            <p>{t('imports.duplicates.emptyText')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="reg-result-count">{t('imports.duplicates.count', { count: list.data.length })}</p>
            <ol className="dup-list">
              {list.data.map((s) => (
                <Suggestion key={s.organisations.map((o) => o.id).join('-')} suggestion={s} onMerge={(kept, duplicate) => setMerging({ kept, duplicate })} />
              ))}
            </ol>
          </>
        )}
      </section>
      <MergeDialog
        pair={merging}
        onClose={() => setMerging(null)}
        onMerged={(kept, duplicate) => {
          setMerging(null);
          setStatus(t('imports.merge.done', { duplicate: duplicate.name, kept: kept.name }));
        }}
      />
    </>
  );
}

function Suggestion({ suggestion, onMerge }: { suggestion: DuplicateSuggestion; onMerge: (kept: MergeSide, duplicate: MergeSide) => void }) {
  const { t } = useTranslation();
  const [a, b] = suggestion.organisations;
  const [keep, setKeep] = useState(a.id);
  const kept = keep === a.id ? a : b;
  const duplicate = keep === a.id ? b : a;
  const group = `keep-${a.id}-${b.id}`;
  const reason =
    suggestion.reason === 'identifier' ? t('imports.duplicates.sameNumber') : t('imports.duplicates.similarName', { percent: Math.round(suggestion.score * 100) });
  return (
    <li className="dup-item">
      <h3 className="dup-title">
        <span className={`reg-chip reg-chip--${suggestion.reason === 'identifier' ? 'name' : 'similar_name'}`}>{reason}</span>
        <span className="visually-hidden">: </span>
        <span className="dup-names">
          {a.name} – {b.name}
        </span>
      </h3>
      <div className="dup-sides">
        <Side org={a} />
        <Side org={b} />
      </div>
      <fieldset className="dup-keep">
        <legend>{t('imports.duplicates.keep')}</legend>
        {[a, b].map((o, i) => (
          <div key={o.id} className="reg-check">
            <input type="radio" id={`${group}-${o.id}`} name={group} value={o.id} checked={keep === o.id} onChange={() => setKeep(o.id)} />
            <label htmlFor={`${group}-${o.id}`}>
              {o.name}
              {i === 0 ? <span className="muted"> ({t('imports.duplicates.older')})</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="button" className="button button--secondary" onClick={() => onMerge(kept, duplicate)}>
        {t('imports.duplicates.merge', { duplicate: duplicate.name, kept: kept.name })}
      </button>
    </li>
  );
}

function Side({ org }: { org: MergeSide }) {
  const { t, i18n } = useTranslation();
  const paths = useImportPaths();
  return (
    <div className="dup-side">
      <p className="dup-side-name">
        <Link to={paths.organisation(org.id)}>{org.name}</Link>
      </p>
      <p className="muted">{[kindLabel(t, org.kind), org.city, countryName(org.country, i18n.language)].filter(Boolean).join(' · ')}</p>
      {org.identifiers.length ? (
        <ul className="dup-ids">
          {org.identifiers.map((id) => (
            <li key={`${id.scheme}-${id.value}`}>
              {schemeLabel(t, id.scheme)}: <span className="dup-id">{id.value}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('imports.duplicates.registered', { date: formatDate(org.createdAt, i18n.language) })}</p>
    </div>
  );
}
