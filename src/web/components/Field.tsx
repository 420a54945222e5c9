// Labelled form fields that wire up hint and error text for screen readers
// (aria-describedby, aria-invalid). Errors usually come from the server's problem+json.
import type { ComponentPropsWithRef, ReactNode, SelectHTMLAttributes } from 'react';

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, hint, error }: Omit<Common, 'label'>) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({ id, label, hint, error, className, ...input }: Common & ComponentPropsWithRef<'input'>) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} error={error} />
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </div>
  );
}

export function SelectField({ id, label, hint, error, className, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} error={error} />
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
    </div>
  );
}

/** The options of a select: an optional empty choice first, then one option per item. */
export function Options<T>({ empty, items, value, label }: { empty?: string; items: readonly T[]; value: (item: T) => string; label: (item: T) => string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {items.map((item) => {
        const v = value(item);
        return (
          <option key={v} value={v}>
            {label(item)}
          </option>
        );
      })}
    </>
  );
}
