// The top of every page: its <h1> (focus target after client-side navigation) and <title>.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title: "Page – Workspace – Samverkan", so tabs and history say where you are. */
export function usePageTitle(...parts: (string | undefined)[]) {
  const { t } = useTranslation();
  const title = [...parts.filter(Boolean), t('app.name')].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function PageHeader({ title, lead, workspaceName, actions }: { title: string; lead?: ReactNode; workspaceName?: string; actions?: ReactNode }) {
  usePageTitle(title, workspaceName);
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1} className="page-title">
          {title}
        </h1>
        {lead ? <p className="page-lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
