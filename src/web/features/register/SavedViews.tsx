// Saved views of the organisation list: the current search and filters under a name, kept in
// this browser (the text says so). Applying one is a link, so it can also open in a new tab.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { LiveStatus } from '../../components/Feedback.tsx';
import { hasFilters, viewKey, type ListState } from './filters.ts';
import { useRegisterPaths } from './hooks.ts';
import { deleteView, loadViews, saveView, type SavedView } from './savedFilters.ts';

export function SavedViews({ wsId, state }: { wsId: string; state: ListState }) {
  const { t } = useTranslation();
  const paths = useRegisterPaths();
  const [views, setViews] = useState<SavedView[]>(() => loadViews(wsId));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const current = viewKey(state);
  const canSave = current !== '' && (state.q !== '' || hasFilters(state) || state.sort !== '');

  function save(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('register.views.nameRequired'));
      document.getElementById('view-name')?.focus();
      return;
    }
    const next = saveView(wsId, name, current);
    if (!next) {
      setError(t('register.views.storageFailed'));
      return;
    }
    setViews(next);
    setError(undefined);
    setStatus(t('register.views.saved', { name: name.trim() }));
    setName('');
  }

  function remove(view: SavedView) {
    setViews(deleteView(wsId, view.name));
    setStatus(t('register.views.deleted', { name: view.name }));
    document.getElementById('saved-views-summary')?.focus();
  }

  return (
    <details className="saved-views">
      <summary id="saved-views-summary">{views.length ? t('register.views.titleCount', { count: views.length }) : t('register.views.title')}</summary>
      <div className="saved-views-body">
        <p className="muted small">{t('register.views.browserOnly')}</p>
        <LiveStatus message={status} />
        {views.length ? (
          <ul className="saved-list">
            {views.map((v) => (
              <li key={v.name} className={v.search === current ? 'saved-item saved-item--current' : 'saved-item'}>
                <Link to={v.search ? `${paths.list}?${v.search}` : paths.list} aria-current={v.search === current ? 'true' : undefined}>
                  {v.name}
                </Link>
                {v.search === current ? <span className="muted small"> ({t('register.views.current')})</span> : null}
                <button type="button" className="button button--small button--danger-outline" onClick={() => remove(v)}>
                  {t('register.views.delete')}
                  <span className="visually-hidden"> {v.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="small">{t('register.views.none')}</p>
        )}
        {canSave ? (
          <form className="inline-save" onSubmit={save} noValidate>
            <TextField id="view-name" label={t('register.views.name')} value={name} onChange={(e) => setName(e.target.value)} error={error} maxLength={80} autoComplete="off" />
            <button type="submit" className="button button--secondary">
              {t('register.views.save')}
            </button>
          </form>
        ) : (
          <p className="small muted">{t('register.views.nothingToSave')}</p>
        )}
      </div>
    </details>
  );
}
