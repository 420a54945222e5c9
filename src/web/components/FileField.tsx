// A file field in the interface language: the native input stays in the page (keyboard, screen
// readers, the browser's own picker) but visually hidden, and a label styled as a button opens it,
// so nothing reads "Choose File / No file chosen" in the browser's language. The hint states the
// size limit; a larger file is refused here, before anything is sent, with its size and the limit.
// Optionally the whole field takes a dropped file.
import { useRef, useState, type DragEvent, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../lib/format.ts';

interface Props {
  id: string;
  label: string;
  /** What files the field takes; the limit is added after it. */
  hint?: string;
  accept?: string;
  maxBytes: number;
  file: File | null;
  onChange: (file: File | null) => void;
  /** An error from elsewhere (the server, or "choose a file first"). */
  error?: string;
  dropTarget?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra classes for the field and for the chosen file's name (a page's own styles and tests). */
  className?: string;
  chosenClassName?: string;
}

export function FileField({ id, label, hint, accept, maxBytes, file, onChange, error, dropTarget, inputRef, className, chosenClassName }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [refused, setRefused] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const local = useRef<HTMLInputElement | null>(null);
  const shown = refused ?? error;
  const setRef = (el: HTMLInputElement | null) => {
    local.current = el;
    if (typeof inputRef === 'function') inputRef(el);
    else if (inputRef) (inputRef as RefObject<HTMLInputElement | null>).current = el;
  };

  /** Accepts a file within the limit; refuses a larger one and says why. Returns whether it was taken. */
  function take(f: File | null): boolean {
    if (f && f.size > maxBytes) {
      setRefused(t('fileField.tooLarge', { name: f.name, size: formatBytes(f.size, lng), limit: formatBytes(maxBytes, lng) }));
      onChange(null);
      return false;
    }
    setRefused(null);
    onChange(f);
    return true;
  }

  function drop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    const input = local.current;
    if (!dropped || !input) return;
    if (take(dropped)) {
      // The input holds the dropped file too, so what is shown and what a form would send agree.
      const list = new DataTransfer();
      list.items.add(dropped);
      input.files = list.files;
    } else input.value = '';
  }

  const drag = dropTarget
    ? {
        onDragOver: (e: DragEvent<HTMLDivElement>) => {
          e.preventDefault();
          setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: drop,
      }
    : {};
  const describedBy = [`${id}-hint`, shown ? `${id}-error` : null, `${id}-chosen`].filter(Boolean).join(' ');
  const classes = ['file-field', dropTarget ? 'file-field--drop' : '', over ? 'file-field--over' : '', shown ? 'field--invalid' : '', className].filter(Boolean).join(' ');
  return (
    <div className={classes} {...drag}>
      <label id={`${id}-label`} htmlFor={id} className="file-field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint ? `${hint} ` : ''}
        {t('fileField.limit', { limit: formatBytes(maxBytes, lng) })}
      </p>
      {shown ? (
        <p id={`${id}-error`} className="field-error">
          {shown}
        </p>
      ) : null}
      <div className="file-field-control">
        <input
          ref={setRef}
          id={id}
          type="file"
          className="file-field-input"
          accept={accept}
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          aria-invalid={shown ? true : undefined}
          onChange={(e) => {
            if (!take(e.target.files?.[0] ?? null)) e.target.value = '';
          }}
        />
        {/* A second label of the same input: clicking it opens the picker; the input keeps the field's name. */}
        <label htmlFor={id} className="button button--secondary file-field-button" aria-hidden="true">
          {file ? t('fileField.chooseAnother') : t('fileField.choose')}
        </label>
        <span id={`${id}-chosen`} className={file ? ['file-field-name', chosenClassName].filter(Boolean).join(' ') : 'file-field-name file-field-name--none'}>
          {file ? t('fileField.chosen', { name: file.name, size: formatBytes(file.size, lng) }) : t('fileField.none')}
        </span>
      </div>
      {dropTarget ? (
        <p className="file-field-drop" aria-hidden="true">
          {t('fileField.drop')}
        </p>
      ) : null}
    </div>
  );
}
