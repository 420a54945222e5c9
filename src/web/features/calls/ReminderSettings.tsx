// Administrators: the days before each deadline on which followers get a reminder mail ("14, 3").
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { fieldMessage } from '../projects/ProjectFields.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCallSettings, useSaveCallSettings } from './api.ts';

/** "14, 3" → [14, 3]; null when a part is not a whole number of days from 0 to 365. */
export function parseDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 365)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

export function ReminderSettings({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const settings = useCallSettings(ws.id);
  const save = useSaveCallSettings(ws.id);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (settings.data) setText(settings.data.reminderDays.join(', '));
  }, [settings.data]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const days = parseDays(text);
    setInvalid(days === null);
    if (days === null) {
      document.getElementById('call-reminder-days')?.focus();
      return;
    }
    save.mutate(days, { onSuccess: () => onSaved(t('calls.settings.saved')) });
  }

  return (
    <section className="panel call-settings" aria-labelledby="call-settings-heading">
      <h2 id="call-settings-heading">{t('calls.settings.heading')}</h2>
      <form onSubmit={submit} noValidate className="call-settings-form">
        <TextField
          id="call-reminder-days"
          label={t('calls.settings.days')}
          hint={t('calls.settings.daysHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={invalid ? t('calls.settings.invalid') : fieldMessage(save.error, 'reminderDays')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={60}
          disabled={settings.isPending}
        />
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('calls.settings.save')}
        </button>
      </form>
      {save.isError && !fieldMessage(save.error, 'reminderDays') ? <ErrorAlert error={save.error} /> : null}
    </section>
  );
}
