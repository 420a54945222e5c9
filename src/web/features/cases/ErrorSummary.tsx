// A form's errors from the server in one place: the problem's title and each field's message,
// linked to its field. It takes the focus when it appears, so the errors are read out at once
// and nobody has to hunt for what went wrong.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorTitle } from '../../components/Feedback.tsx';

/** Server field name → id of the element that shows it (and takes the focus). */
export type FieldTargets = Record<string, string>;

/** The server's message for a field of this form, if it sent one. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

/**
 * `labels` (server field name → the field's label) names the field before its message, for forms
 * where several fields can have the same message ("This field is required.").
 */
export function ErrorSummary({ error, targets, title, labels }: { error: unknown; targets: FieldTargets; title?: string; labels?: Record<string, string> }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert-title">{title ?? errorTitle(error, t('errors.unexpected'))}</p>
      {fields.length ? (
        <ul className="error-summary-list">
          {fields.map((f) => {
            const target = targets[f.field];
            const label = labels?.[f.field] ?? labels?.[f.field.split('.')[0]!];
            const text = label ? `${label}: ${f.message}` : f.message;
            return (
              <li key={f.field}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      const el = document.getElementById(target);
                      el?.focus();
                      el?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
