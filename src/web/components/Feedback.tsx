// Loading, error, empty and success states shared by every page.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** A request's error as people read it: the server's translated problem title. */
export function errorTitle(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.title : fallback;
}

/** Announced at once by screen readers (role=alert); shown only when there is an error. */
export function ErrorAlert({ error, children }: { error?: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!error && !children) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert-title">{children ?? errorTitle(error, t('errors.unexpected'))}</p>
      {error instanceof ApiError && error.fieldErrors.length > 0 ? <p>{t('errors.seeFields')}</p> : null}
    </div>
  );
}

/**
 * A polite live region that is always in the page, so that a message put into it later is
 * announced (regions created together with their text are often missed by screen readers).
 */
export function LiveStatus({ message, className = '' }: { message: ReactNode; className?: string }) {
  return (
    <div role="status" className={message ? `alert alert--success ${className}` : 'live-empty'}>
      {message}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ title, children, icon }: { title: string; children?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="empty-state">
      {icon ? <div className="empty-state-icon" aria-hidden="true">{icon}</div> : null}
      <h2 className="empty-state-title">{title}</h2>
      {children}
    </div>
  );
}
