// /w/:ws/register/import/:id — one import: map its columns and check every row (not started),
// watch it run (progress bar), continue it after an interruption, or see its result. The
// address survives a reload: everything, the sample rows and suggested mapping too, comes from
// the import's state on the server.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { MappingStep } from './MappingStep.tsx';
import { NoAccess } from './NoAccess.tsx';
import { useImportState } from './queries.ts';
import { DiscardDialog } from './RecentImports.tsx';
import { useCanImport, useImportPaths } from './rights.ts';
import { RunProgress } from './RunProgress.tsx';
import type { ImportKind, Plan } from './types.ts';
import { useRun } from './useRun.ts';

export function ImportPage() {
  const { t } = useTranslation();
  const canImport = useCanImport();
  if (!canImport) return <NoAccess title={t('imports.title')} />;
  return <ImportOf />;
}

function ImportOf() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const paths = useImportPaths();
  const navigate = useNavigate();
  const run = useRun(id);
  const state = useImportState(ws.id, id, run.active);
  const [discarding, setDiscarding] = useState(false);
  // The plan last sent to `run`: if that call fails, the mapping comes back as it was chosen.
  const [plan, setPlan] = useState<Plan | null>(null);
  const data = state.data;
  const lead = (kind: ImportKind, vars: { count: number; n: string; format: string }) => (kind === 'relations' ? t('imports.one.leadRelations', vars) : t('imports.one.lead', vars));
  const name = data?.filename ?? t('imports.unnamed');

  const back = (
    <p className="reg-breadcrumb">
      <Link to={paths.list}>{t('imports.back')}</Link>
    </p>
  );
  if (state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 422)) {
    return (
      <>
        {back}
        <PageHeader title={t('imports.gone.title')} workspaceName={ws.name} />
        <EmptyState title={t('imports.gone.title')}>
          <p>{t('imports.gone.text')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader
        title={data ? t('imports.one.title', { name }) : t('imports.one.loading')}
        lead={data ? lead(data.kind, { count: data.total, n: formatNumber(data.total, i18n.language), format: data.format.toUpperCase() }) : undefined}
        workspaceName={ws.name}
        actions={
          data && !run.active ? (
            <button type="button" className="button button--danger-outline" onClick={() => setDiscarding(true)}>
              {t('imports.discard.button')}
            </button>
          ) : null
        }
      />
      {state.isPending ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={state.error} />
      ) : data.status === 'uploaded' && !run.active ? (
        <>
          <ErrorAlert error={run.error ?? undefined} />
          <MappingStep
            importId={id}
            kind={data.kind}
            columns={data.columns}
            sampleRows={data.sampleRows}
            initial={
              plan ?? {
                mapping: data.suggestedMapping,
                defaults: data.template?.defaults ?? {},
                values: data.template?.values ?? {},
                existing: data.template?.existing ?? 'leave',
                similar: data.template?.similar ?? 'skip',
              }
            }
            onImport={(next) => {
              setPlan(next);
              void run.start(next);
            }}
          />
        </>
      ) : (
        <RunProgress state={data} active={run.active} error={run.error} onContinue={() => void run.start()} />
      )}
      <DiscardDialog
        item={discarding && data ? { id, kind: data.kind, filename: data.filename, created: data.created } : null}
        onClose={() => setDiscarding(false)}
        onDiscarded={() => navigate(paths.list, { state: { message: t('imports.discard.done', { name }) } })}
      />
    </>
  );
}
