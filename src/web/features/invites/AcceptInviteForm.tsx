// Accepting an invitation: creates the account (or checks the existing one's password),
// logs in, and opens the workspace.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { storeSession } from '../../api/session.ts';
import type { InvitePreview, Me } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';

export function AcceptInviteForm({ token, invite }: { token: string; invite: InvitePreview }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const accept = useMutation({
    mutationFn: (body: { name?: string; password: string }) => api<Me>('POST', `/api/invites/${encodeURIComponent(token)}/accept`, body),
    onSuccess: (me) => {
      storeSession(client, me);
      const ws = me.workspaces.find((w) => w.name === invite.workspaceName) ?? me.workspaces[0];
      navigate(ws ? `/w/${ws.slug}` : '/', { replace: true });
    },
  });
  const error = accept.error instanceof ApiError ? accept.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!invite.existingUser && password !== repeat) {
      setRepeatError(t('fields.repeatMismatch'));
      return;
    }
    setRepeatError(undefined);
    accept.mutate(invite.existingUser ? { password } : { name: name.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert error={accept.error}>{repeatError && !accept.error ? t('errors.checkFields') : undefined}</ErrorAlert>
      <TextField id="invite-email" label={t('fields.email')} value={invite.email} readOnly autoComplete="username" />
      {invite.existingUser ? (
        <TextField
          id="invite-password"
          label={t('fields.yourPassword')}
          hint={t('invite.existingHint')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error?.fieldMessage('password')}
          aria-required="true"
        />
      ) : (
        <>
          <TextField
            id="invite-name"
            label={t('fields.name')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={error?.fieldMessage('name')}
            aria-required="true"
          />
          <TextField
            id="invite-password"
            label={t('fields.newPassword')}
            hint={t('fields.passwordHint')}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={error?.fieldMessage('password')}
            aria-required="true"
          />
          <TextField
            id="invite-repeat"
            label={t('fields.repeatPassword')}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={repeatError}
            aria-required="true"
          />
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {accept.isPending ? t('common.working') : t('invite.accept')}
        </button>
      </div>
    </form>
  );
}
