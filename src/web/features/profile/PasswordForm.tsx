// Changing my password: the server checks the current one; the repeat check happens here.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert, LiveStatus } from '../../components/Feedback.tsx';

export function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const [done, setDone] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api<void>('POST', '/api/me/password', body),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    },
  });
  const error = change.error instanceof ApiError ? change.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (next !== repeat) {
      change.reset();
      setRepeatError(t('fields.repeatMismatch'));
      return;
    }
    setRepeatError(undefined);
    change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert error={change.error}>{repeatError ? t('errors.checkFields') : undefined}</ErrorAlert>
      <TextField
        id="pw-current"
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={error?.fieldMessage('currentPassword')}
        aria-required="true"
      />
      <TextField
        id="pw-new"
        label={t('fields.newPassword')}
        hint={t('fields.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={error?.fieldMessage('newPassword')}
        aria-required="true"
      />
      <TextField
        id="pw-repeat"
        label={t('fields.repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={repeatError}
        aria-required="true"
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? t('common.saving') : t('profile.changePassword')}
        </button>
      </div>
      <LiveStatus message={done ? t('profile.passwordChanged') : null} />
    </form>
  );
}
