// Form controls the shared Field.tsx does not have: a text area, a checkbox, a group of
// checkboxes in a fieldset, and a search-as-you-type picker (React Aria combobox) over an API.
import { useId, useMemo, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDebounced } from './hooks.ts';

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
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

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

export function TextAreaField({ id, label, hint, error, className, ...area }: Common & ComponentPropsWithRef<'textarea'>) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} error={error} />
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} rows={4} {...area} />
    </div>
  );
}

export function CheckboxField({ id, label, hint, error, className, ...input }: Common & Omit<ComponentPropsWithRef<'input'>, 'type'>) {
  return (
    <div className={`reg-check${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A fieldset whose legend names the group; hint and error are announced with the group. */
export function Group({ id, legend, hint, error, className, children }: { id: string; legend: ReactNode; hint?: ReactNode; error?: string; className?: string; children: ReactNode }) {
  return (
    <fieldset id={id} className={`reg-group${error ? ' reg-group--invalid' : ''}${className ? ` ${className}` : ''}`} aria-describedby={describedBy(id, hint, error)} tabIndex={-1}>
      <legend>{legend}</legend>
      <Messages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

export interface PickerItem {
  id: string;
  label: string;
  /** A second line in the list (e.g. country and city). */
  detail?: string;
  /** The record the suggestion came from, handed back when it is chosen. */
  payload?: unknown;
}

interface PickerProps extends Common {
  /** Identifies the search for caching (e.g. ['nuts', country]). */
  queryKey: readonly unknown[];
  search: (text: string) => Promise<PickerItem[]>;
  value: PickerItem | null;
  onChange: (item: PickerItem | null) => void;
  /** Leave out of the suggestions (e.g. the organisation itself, or what is already chosen). */
  exclude?: string | readonly string[];
  /** Offer suggestions before anything is typed (short vocabularies; the button shows them). */
  searchEmpty?: boolean;
  isRequired?: boolean;
  className?: string;
}

/**
 * Type to search, arrow to choose, Enter to pick (React Aria's combobox: the list is announced,
 * Escape closes it). Clearing the text clears the choice.
 */
export function AsyncPicker({ id, label, hint, error, queryKey, search, value, onChange, exclude, searchEmpty, isRequired, className }: PickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(value?.label ?? '');
  const [lastValue, setLastValue] = useState(value);
  // A value set from outside (a reset, a loaded record, a name that arrived later) shows its
  // label in the box, unless the person is typing something else.
  if (value?.id !== lastValue?.id || value?.label !== lastValue?.label) {
    setLastValue(value);
    if (value?.id !== lastValue?.id || input === (lastValue?.label ?? '')) setInput(value?.label ?? '');
  }
  const typed = useDebounced(input.trim(), 250);
  const text = typed === value?.label ? '' : typed;
  const results = useQuery({
    queryKey: ['picker', ...queryKey, text],
    queryFn: () => search(text),
    enabled: searchEmpty || text.length > 0,
    staleTime: 60_000,
  });
  const items = useMemo(() => {
    const skip = new Set(typeof exclude === 'string' ? [exclude] : (exclude ?? []));
    const found = (results.data ?? []).filter((i) => !skip.has(i.id));
    return value && !found.some((i) => i.id === value.id) ? [value, ...found] : found;
  }, [results.data, value, exclude]);
  const helpId = useId();

  return (
    <ComboBox
      className={`field reg-picker${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}
      id={id}
      items={items}
      inputValue={input}
      onInputChange={(v) => {
        setInput(v);
        if (!v.trim() && value) onChange(null);
      }}
      value={value?.id ?? null}
      onChange={(key: Key | null) => {
        const item = items.find((i) => i.id === key) ?? null;
        onChange(item);
        setLastValue(item);
        setInput(item?.label ?? '');
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      aria-describedby={helpId}
    >
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text slot="errorMessage" className="field-error">
          {error}
        </Text>
      ) : null}
      <div className="reg-picker-control">
        <Input className="reg-picker-input" />
        <Button className="reg-picker-button" aria-label={t('register.picker.showAll')}>
          <span className="chevron" aria-hidden="true" />
        </Button>
      </div>
      <span id={helpId} className="visually-hidden">
        {t('register.picker.help')}
      </span>
      <Popover className="menu-popover reg-picker-popover" placement="bottom start">
        <ListBox
          className="reg-picker-list"
          renderEmptyState={() => (
            <p className="reg-picker-empty">{results.isFetching ? t('common.loading') : text || searchEmpty ? t('register.picker.none') : t('register.picker.typeToSearch')}</p>
          )}
        >
          {(item: PickerItem) => (
            <ListBoxItem id={item.id} textValue={item.label} className="reg-picker-option">
              <span className="reg-picker-option-label">{item.label}</span>
              {item.detail ? <span className="reg-picker-option-detail">{item.detail}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
