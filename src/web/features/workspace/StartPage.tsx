// /w/:ws — the workspace's start page: what needs the person today (their cases, the nearest
// deadlines, imports left half way), each module with its key figures, and the administration
// pages for administrators. Every figure links to the list behind it where the list exists.
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.ts';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { browserTimeZone, timeZoneName, zoneDiffers } from '../../lib/format.ts';
import { roleInText } from '../../lib/roles.ts';
import { AdminTiles } from './AdminTiles.tsx';
import { ModuleTiles } from './ModuleTiles.tsx';
import { useOverview } from './overview.ts';
import { TodayPanel } from './TodayPanel.tsx';
import { useWorkspace } from './useWorkspace.ts';

export function StartPage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data!;
  const ws = useWorkspace();
  const overview = useOverview(ws.id);
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  const zone = overview.data?.timeZone;
  return (
    <>
      <PageHeader
        title={t('start.title', { name: firstName })}
        lead={t('start.lead', { workspace: ws.name, role: roleInText(t, ws.role) })}
        workspaceName={ws.name}
      />
      {ws.isDemo ? (
        <div className="alert alert--info">
          <p>{t('start.demoNotice')}</p>
        </div>
      ) : null}
      {zone && zoneDiffers(new Date(), zone) ? (
        <p className="start-zone" id="start-zone">
          {t('start.zoneNote', { zone: timeZoneName(zone, i18n.language), yours: browserTimeZone() })}
        </p>
      ) : null}
      {overview.isError ? <ErrorAlert>{t('start.figuresError')}</ErrorAlert> : null}
      <TodayPanel overview={overview.data} loading={overview.isPending} />
      <h2 className="section-title">{t('start.modules')}</h2>
      <ModuleTiles overview={overview.data} loading={overview.isPending} />
      {ws.role === 'admin' ? <AdminTiles /> : null}
    </>
  );
}
