// Several countries out of ~250: a search box narrows a list of checkboxes, the chosen ones are
// listed above it as buttons that remove them. Plain form controls in a fieldset, so every
// screen reader and keyboard knows them; the number of matches is announced politely.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, countryOptions, foldForSearch } from '../maps/countries.ts';

interface Props {
  id: string;
  legend: string;
  hint?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

export function CountryPicker({ id, legend, hint, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const options = countryOptions(i18n.language);
  const needle = foldForSearch(query.trim());
  const shown = useMemo(() => (needle ? options.filter((o) => foldForSearch(o.name).includes(needle) || o.code.toLowerCase() === needle) : options), [options, needle]);
  const chosen = new Set(value);
  const statusId = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));

  return (
    <fieldset className={`country-picker${error ? ' field--invalid' : ''}`} id={id} aria-describedby={describedBy}>
      <legend className="country-picker-legend">{legend}</legend>
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
      <div className="chosen-countries">
        <p className="chosen-countries-label" id={`${id}-chosen`}>
          {value.length ? t('survey.form.chosenCountries', { count: value.length }) : t('survey.form.noCountriesChosen')}
        </p>
        {value.length ? (
          <ul className="chip-list" aria-labelledby={`${id}-chosen`}>
            {value.map((code) => (
              <li key={code}>
                <button type="button" className="chip" onClick={() => toggle(code, false)}>
                  {countryName(code, i18n.language)}
                  <span className="chip-x" aria-hidden="true">
                    ×
                  </span>
                  <span className="visually-hidden"> – {t('survey.form.removeCountry')}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="field country-search">
        <label htmlFor={`${id}-search`}>{t('survey.form.searchCountries')}</label>
        <input id={`${id}-search`} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={statusId} />
        <p id={statusId} className="field-hint" role="status">
          {needle ? t('survey.form.matches', { count: shown.length }) : ''}
        </p>
      </div>
      <div className="country-options" role="group" aria-label={t('survey.form.countryList', { legend })}>
        {shown.length === 0 ? <p className="muted">{t('survey.form.noMatches')}</p> : null}
        {shown.map((o) => (
          <div className="check" key={o.code}>
            <input type="checkbox" id={`${id}-${o.code}`} checked={chosen.has(o.code)} onChange={(e) => toggle(o.code, e.target.checked)} />
            <label htmlFor={`${id}-${o.code}`}>{o.name}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
