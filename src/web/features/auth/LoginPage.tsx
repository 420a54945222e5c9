// Log in with e-mail and password. Wrong credentials, field errors and throttling (429 with
// Retry-After) are announced in an alert; field errors also sit next to their field.
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useLogin, useMe } from '../../api/session.ts';
import type { Me } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { waitParts } from '../../lib/retry.ts';
import { rememberedWorkspace } from '../workspace/useWorkspace.ts';

/** Where to go after logging in: back where the person was sent from, or their workspace. */
export function landingPath(me: Me, from?: string) {
  if (from && from.startsWith('/') && !from.startsWith('//') && from !== '/login') return from;
  const last = rememberedWorkspace();
  const ws = me.workspaces.find((w) => w.slug === last) ?? me.workspaces[0];
  return ws ? `/w/${ws.slug}` : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me.data && !login.isSuccess) return <Navigate to={landingPath(me.data, from)} replace />;

  const error = login.error instanceof ApiError ? login.error : login.error ? new ApiError(0, t('errors.unexpected'), 'unknown') : null;
  let alert: string | undefined;
  if (error?.status === 429) {
    const wait = waitParts(error.retryAfter ?? 60);
    alert = t(`login.throttled.${wait.unit}`, { count: wait.count });
  } else if (error) alert = error.title;

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate({ email, password }, { onSuccess: (data) => navigate(landingPath(data, from), { replace: true }) });
  }

  return (
    <div className="auth-card">
      <PageHeader title={t('login.title')} lead={t('login.lead')} />
      <form onSubmit={submit} noValidate className="form">
        <ErrorAlert error={error}>{alert}</ErrorAlert>
        <TextField
          id="login-email"
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error?.fieldMessage('email')}
          aria-required="true"
        />
        <TextField
          id="login-password"
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error?.fieldMessage('password')}
          aria-required="true"
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
      <p className="muted small">{t('login.help')}</p>
    </div>
  );
}
