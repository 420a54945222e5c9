// The portfolio's search box (list and board): words from the acronym or the title, sent when
// the form is submitted; the box follows the address when it changes (back, a cleared filter).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function ProjectSearch({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
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
    <form onSubmit={submit} className="reg-search-form" role="search" aria-label={t('projects.list.search')}>
      <label htmlFor="project-search" className="reg-search-label">
        {t('projects.list.search')}
      </label>
      <p id="project-search-hint" className="field-hint">
        {t('projects.list.searchHint')}
      </p>
      <div className="reg-search-row">
        <input id="project-search" type="search" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby="project-search-hint" autoComplete="off" enterKeyHint="search" maxLength={200} />
        <button type="submit" className="button button--primary">
          {t('projects.list.searchButton')}
        </button>
      </div>
    </form>
  );
}
