// One member's role: pick, then save. A refused change (the last admin) is shown in the row.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ROLES, type Member, type Role } from '../../api/types.ts';
import { roleInText } from '../../lib/roles.ts';

export function RoleCell({ workspaceId, member, onDone }: { workspaceId: string; member: Member; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Role>(member.role);
  const id = `role-${member.userId}`;
  const change = useMutation({
    mutationFn: (role: Role) => api<{ role: Role }>('PATCH', `/api/w/${workspaceId}/members/${member.userId}`, { role }),
    onSuccess: ({ role }) => {
      onDone(t('users.roleChanged', { name: member.name, role: roleInText(t, role) }));
      void client.invalidateQueries({ queryKey: ['ws', workspaceId] });
      void client.invalidateQueries({ queryKey: ['me'] }); // my own role may have changed
    },
  });
  const error = change.error instanceof ApiError ? change.error.title : change.error ? t('errors.unexpected') : undefined;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft !== member.role) change.mutate(draft);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('users.roleFor', { name: member.name })}
      </label>
      <select
        id={id}
        value={draft}
        onChange={(e) => {
          change.reset();
          setDraft(e.target.value as Role);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      {draft !== member.role ? (
        <button type="submit" className="button button--small button--primary" disabled={change.isPending}>
          {t('users.saveRole')}
          <span className="visually-hidden"> {member.name}</span>
        </button>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
