// What the register knows about one organisation, as a description list, and its place on a map.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { LocationMap } from './LocationMap.tsx';
import { countryName, kindLabel, languageName, schemeLabel, themeLabel } from './labels.ts';
import { useNaceClass, useNutsRegion, useVocabularies } from './queries.ts';
import { SdgBadges } from './SdgBadges.tsx';
import type { Organisation } from './types.ts';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="reg-details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const None = () => {
  const { t } = useTranslation();
  return <span className="muted">{t('register.none')}</span>;
};

export function OrganisationDetails({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const vocab = useVocabularies(ws.id).data;
  const nuts = useNutsRegion(org.nutsCode);
  const nace = useNaceClass(org.naceCode);
  const otherNames = Object.entries(org.names);
  const place = [org.city, countryName(org.country, lng)].filter(Boolean).join(', ');

  return (
    <div className="org-overview">
      <section className="panel org-details" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('register.org.details')}</h2>
        <dl className="reg-details">
          <Row label={t('register.fields.kind')}>{kindLabel(t, org.kind)}</Row>
          <Row label={t('register.fields.country')}>{countryName(org.country, lng)}</Row>
          <Row label={t('register.fields.city')}>{org.city ?? <None />}</Row>
          <Row label={t('register.fields.nuts')}>
            {org.nutsCode ? (
              <>
                {nuts.data?.name ? `${nuts.data.name} ` : ''}
                <span className="reg-code">{org.nutsCode}</span>
              </>
            ) : (
              <None />
            )}
          </Row>
          <Row label={t('register.fields.nace')}>
            {org.naceCode ? (
              <>
                <span className="reg-code">{org.naceCode}</span>
                {nace.data?.title ? (
                  <>
                    {' '}
                    <span lang="en">{nace.data.title}</span>
                  </>
                ) : null}
              </>
            ) : (
              <None />
            )}
          </Row>
          <Row label={t('register.fields.identifiers')}>
            {org.identifiers.length ? (
              <ul className="reg-plain-list">
                {org.identifiers.map((id) => (
                  <li key={`${id.scheme}:${id.value}`}>
                    {schemeLabel(t, id.scheme)}:{' '}
                    {id.scheme === 'wikidata' ? (
                      // A Wikidata item is its own page: the place or body it stands for.
                      <a className="reg-code" href={`https://www.wikidata.org/wiki/${id.value}`} target="_blank" rel="noreferrer">
                        {id.display}
                        <span className="visually-hidden"> ({t('register.opensNewTab')})</span>
                      </a>
                    ) : (
                      <span className="reg-code">{id.display}</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </Row>
          {otherNames.length ? (
            <Row label={t('register.fields.names')}>
              <ul className="reg-plain-list">
                {otherNames.map(([code, name]) => (
                  <li key={code}>
                    {languageName(code, lng)}: <span lang={code}>{name}</span>
                  </li>
                ))}
              </ul>
            </Row>
          ) : null}
          <Row label={t('register.fields.themes')}>
            {org.themes.length ? (
              <ul className="reg-chips">
                {org.themes.map((code) => (
                  <li key={code} className="reg-chip">
                    {themeLabel(vocab, code, lng)}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </Row>
          <Row label={t('register.fields.sdgs')}>
            <SdgBadges goals={org.sdgs} />
          </Row>
          <Row label={t('register.fields.website')}>
            {org.website ? (
              <a href={org.website} rel="noopener noreferrer" target="_blank" className="cell-break">
                {org.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                <span className="visually-hidden"> ({t('register.opensNewTab')})</span>
              </a>
            ) : (
              <None />
            )}
          </Row>
          <Row label={t('register.fields.tags')}>
            {org.tags.length ? (
              <ul className="reg-chips">
                {org.tags.map((tag) => (
                  <li key={tag} className="reg-chip reg-chip--tag">
                    {tag}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </Row>
          <Row label={t('register.fields.responsible')}>{org.responsibleUser?.name ?? <None />}</Row>
          <Row label={t('register.org.flags')}>
            {org.isOwn ? t('register.flags.ownLong') : org.isLocal ? t('register.flags.localLong') : t('register.flags.neither')}
          </Row>
          <Row label={t('register.org.updated')}>{formatDate(org.updatedAt, lng)}</Row>
        </dl>
        <h3>{t('register.fields.description')}</h3>
        {org.description ? <p className="reg-prewrap">{org.description}</p> : <p className="muted">{t('register.org.noDescription')}</p>}
      </section>
      <section className="panel org-location" aria-labelledby="location-heading">
        <h2 id="location-heading">{t('register.org.location')}</h2>
        {org.lat !== null && org.lon !== null ? <LocationMap lat={org.lat} lon={org.lon} place={place} /> : <p className="muted">{t('register.map.noCoordinates')}</p>}
      </section>
    </div>
  );
}
