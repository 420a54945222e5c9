// Invite by e-mail with a role. The server returns the link; the admin sends it themselves
// (Samverkan sends no e-mail yet), so the link is shown ready to copy.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ROLES, type CreatedInvite, type Role } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { roleInText } from '../../lib/roles.ts';

export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const create = useMutation({
    mutationFn: (body: { email: string; role: Role }) => api<CreatedInvite>('POST', `/api/w/${workspaceId}/invites`, body),
    onSuccess: () => {
      setEmail('');
      setCopied(null);
      void client.invalidateQueries({ queryKey: ['ws', workspaceId] });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const created = create.data;

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ email: email.trim(), role });
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied('yes');
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      linkRef.current?.select();
      setCopied('no');
    }
  }

  return (
    <>
      <form onSubmit={submit} noValidate className="form form--row">
        <ErrorAlert error={create.error} />
        <TextField
          id="invite-email"
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error?.fieldMessage('email')}
          aria-required="true"
        />
        <SelectField id="invite-role" label={t('fields.role')} value={role} onChange={(e) => setRole(e.target.value as Role)} error={error?.fieldMessage('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('common.working') : t('users.sendInvite')}
          </button>
        </div>
      </form>
      <div role="status" className={created ? 'invite-result' : 'live-empty'}>
        {created ? (
          <>
            <p className="alert-title">{t('users.inviteCreated', { email: created.email, role: roleInText(t, created.role) })}</p>
            <p>{t('users.inviteLinkHelp', { date: formatDate(created.expiresAt, i18n.language) })}</p>
          </>
        ) : null}
      </div>
      {created ? (
        <div className="copy-row">
          <TextField id="invite-link" label={t('users.inviteLink')} value={created.link} readOnly ref={linkRef} onFocus={(e) => e.target.select()} className="copy-field" />
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t('users.copyLink')}
          </button>
          <p className="copy-status" aria-live="polite">
            {copied === 'yes' ? t('users.copied') : copied === 'no' ? t('users.copyManually') : ''}
          </p>
        </div>
      ) : null}
    </>
  );
}
