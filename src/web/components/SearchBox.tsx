// A page's search box: a labelled field and its button, sent when the form is submitted; the box
// follows the address when it changes (back, a cleared filter).
import { useState, type FormEvent } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string;
  button: string;
  q: string;
  onSearch: (q: string) => void;
}

export function SearchBox({ id, label, hint, button, q, onSearch }: Props) {
  const [input, setInput] = useState(q);
  const [urlQ, setUrlQ] = useState(q);
  if (q !== urlQ) {
    setUrlQ(q);
    setInput(q);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(input);
  }
  return (
    <form onSubmit={submit} className="reg-search-form" role="search" aria-label={label}>
      <label htmlFor={id} className="reg-search-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="reg-search-row">
        <input id={id} type="search" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} autoComplete="off" enterKeyHint="search" maxLength={200} />
        <button type="submit" className="button button--primary">
          {button}
        </button>
      </div>
    </form>
  );
}
