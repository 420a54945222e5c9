// /w/:ws/register/map — our municipality's relations on a world map, with the same relations
// as a table (the accessible alternative) below it. Filters live in the address (?type=&status=)
// so a filtered map can be shared.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { countryName } from './countries.ts';
import { classBreaks, RELATION_STATUSES, relationTypeColour, STATUS_DASH, type RelationStatus } from './palette.ts';
import { useRelationMap, useRelationTypeLabel, type MapLine, type RelationMap } from './queries.ts';
import { RelationFilters, useRelationFilterParams } from './RelationFilters.tsx';
import { MAP_VIEWS, WorldMap, type MapView } from './WorldMap.tsx';

const VIEW_LABEL: Record<MapView, string> = { fit: 'maps.map.zoomFit', europe: 'maps.map.zoomEurope', world: 'maps.map.zoomWorld' };

export function MapPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const map = useRelationMap(ws.id);
  return (
    <>
      <PageHeader title={t('maps.map.title')} lead={t('maps.map.lead')} workspaceName={ws.name} />
      {map.isPending ? <Loading /> : map.isError ? <ErrorAlert error={map.error} /> : <MapContent data={map.data} />}
    </>
  );
}

function MapContent({ data }: { data: RelationMap }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const typeLabel = useRelationTypeLabel(ws.id);
  const filter = useRelationFilterParams();
  const [view, setView] = useState<MapView>('fit');
  const lng = i18n.language;

  const lines = useMemo(
    () => data.lines.filter((l) => (!filter.type || l.type === filter.type) && (!filter.status || l.status === filter.status)),
    [data.lines, filter.type, filter.status],
  );
  const max = Math.max(0, ...data.countries.map((c) => c.relations));
  const breaks = useMemo(() => classBreaks(max), [max]);
  const registerPath = `/w/${ws.slug}/register`;

  if (!data.own) {
    return (
      <EmptyState title={t('maps.map.noOwnTitle')}>
        <p>{t('maps.map.noOwnText')}</p>
        <p>
          <Link to={registerPath}>{t('maps.toRegister')}</Link>
        </p>
      </EmptyState>
    );
  }
  if (data.lines.length === 0) {
    return (
      <EmptyState title={t('maps.map.noRelationsTitle')}>
        <p>{t('maps.map.noRelationsText', { own: data.own.name })}</p>
        <p>
          <Link to={`${registerPath}/organisations/${data.own.id}`}>{t('maps.map.openOwn', { own: data.own.name })}</Link>
        </p>
      </EmptyState>
    );
  }

  const types = [...new Set(data.lines.map((l) => l.type))].sort((a, b) => typeLabel(a).localeCompare(typeLabel(b), lng));
  const mapped = lines.filter((l) => l.to.lat !== null && l.to.lon !== null);
  const unmapped = lines.length - mapped.length;
  const partnerCountries = new Set(mapped.map((l) => l.to.country)).size;
  const ownLocated = data.own.lat !== null && data.own.lon !== null;
  const summary = t('maps.map.shown', { count: lines.length, total: data.lines.length });
  const label = ownLocated
    ? t('maps.map.figureLabel', { own: data.own.name, count: mapped.length, countries: partnerCountries })
    : t('maps.map.figureLabelNoOwn', { own: data.own.name });
  const typesShown = [...new Set(lines.map((l) => l.type))];
  const statusesShown = RELATION_STATUSES.filter((s) => lines.some((l) => l.status === s));

  return (
    <>
      <RelationFilters
        idPrefix="map"
        types={types}
        typeLabel={typeLabel}
        type={filter.type}
        status={filter.status}
        onType={filter.setType}
        onStatus={filter.setStatus}
        onClear={filter.clear}
        summary={summary}
      />
      <section className="panel map-panel" aria-labelledby="map-heading">
        <div className="map-toolbar">
          <h2 id="map-heading">{t('maps.map.mapHeading', { own: data.own.name })}</h2>
          {/* One view at a time: fitted to the relations shown (the start), Europe, the whole world. */}
          <div className="graph-buttons" role="group" aria-label={t('maps.map.viewLabel')}>
            {MAP_VIEWS.map((v) => (
              <button key={v} type="button" className="button button--secondary button--small" aria-pressed={view === v} onClick={() => setView(v)}>
                {t(VIEW_LABEL[v])}
              </button>
            ))}
          </div>
        </div>
        {!ownLocated ? (
          <div className="alert alert--info">
            <p>{t('maps.map.ownWithoutPlace', { own: data.own.name })}</p>
          </div>
        ) : null}
        <div className="map-frame">
          <WorldMap data={data} lines={lines} breaks={breaks} view={view} label={label} typeLabel={typeLabel} />
        </div>
        {unmapped > 0 ? <p className="muted small">{t('maps.map.unmapped', { count: unmapped })}</p> : null}
        <div className="map-legends">
          <CountryLegend breaks={breaks} max={max} />
          <LineLegend types={typesShown} statuses={statusesShown} typeLabel={typeLabel} />
        </div>
      </section>
      <section className="panel" aria-labelledby="map-table-heading">
        <h2 id="map-table-heading">{t('maps.map.tableHeading', { own: data.own.name })}</h2>
        {lines.length === 0 ? (
          <p>{t('maps.map.noMatch')}</p>
        ) : (
          <RelationsTable lines={lines} typeLabel={typeLabel} registerPath={registerPath} caption={summary} />
        )}
      </section>
    </>
  );
}

function CountryLegend({ breaks, max }: { breaks: number[]; max: number }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const ranges = breaks.map((lo, i) => {
    const next = breaks[i + 1];
    if (next === undefined) return max > lo ? t('maps.map.legendAtLeast', { from: n(lo) }) : n(lo);
    return next - 1 === lo ? n(lo) : t('maps.map.legendRange', { from: n(lo), to: n(next - 1) });
  });
  return (
    <div className="map-legend">
      <h3 className="map-legend-title" id="legend-countries">
        {t('maps.map.legendCountries')}
      </h3>
      <ul className="legend-list" aria-labelledby="legend-countries">
        <li>
          <span className="legend-swatch choro-0" aria-hidden="true" />
          {t('maps.map.legendNone')}
        </li>
        {ranges.map((r, i) => (
          <li key={breaks[i]}>
            <span className={`legend-swatch choro-${i + 1}`} aria-hidden="true" />
            {r}
          </li>
        ))}
      </ul>
    </div>
  );
}

function LineLegend({ types, statuses, typeLabel }: { types: string[]; statuses: RelationStatus[]; typeLabel: (c: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="map-legend">
        <h3 className="map-legend-title" id="legend-types">
          {t('maps.map.legendTypes')}
        </h3>
        <ul className="legend-list" aria-labelledby="legend-types">
          {types.map((type) => (
            <li key={type}>
              <svg className="legend-line" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                <line x1="2" y1="6" x2="34" y2="6" stroke={relationTypeColour(type)} strokeWidth="3" />
              </svg>
              {typeLabel(type)}
            </li>
          ))}
        </ul>
      </div>
      <div className="map-legend">
        <h3 className="map-legend-title" id="legend-statuses">
          {t('maps.map.legendStatuses')}
        </h3>
        <ul className="legend-list" aria-labelledby="legend-statuses">
          {statuses.map((s) => (
            <li key={s}>
              <svg className="legend-line" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                <line x1="2" y1="6" x2="34" y2="6" stroke="#1c2430" strokeWidth="2.5" strokeDasharray={STATUS_DASH[s]} />
              </svg>
              {t(`maps.statuses.${s}`)}
            </li>
          ))}
          <li>
            <svg className="legend-line" viewBox="0 0 36 20" aria-hidden="true" focusable="false">
              <path transform="translate(18 10)" d="M0-8l2.3 4.8 5.3.7-3.8 3.7 1 5.2L0 3.9l-4.7 2.5 1-5.2-3.8-3.7 5.3-.7z" fill="#ffcf40" stroke="#102a43" strokeWidth="1.2" />
            </svg>
            {t('maps.map.legendOwn')}
          </li>
        </ul>
      </div>
    </>
  );
}

function RelationsTable({ lines, typeLabel, registerPath, caption }: { lines: MapLine[]; typeLabel: (c: string) => string; registerPath: string; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <TableWrap label={t('maps.map.tableLabel')}>
      <table className="table" id="map-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('maps.fields.partner')}</th>
            <th scope="col">{t('maps.fields.country')}</th>
            <th scope="col">{t('maps.fields.type')}</th>
            <th scope="col">{t('maps.fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.relationId}>
              <th scope="row" className="cell-break">
                <Link to={`${registerPath}/organisations/${l.to.id}`}>{l.to.name}</Link>
                {l.to.lat === null || l.to.lon === null ? <span className="cell-sub">{t('maps.map.noPlace')}</span> : null}
              </th>
              <td>{countryName(l.to.country, i18n.language)}</td>
              <td>
                <span className="type-dot" data-type={l.type} aria-hidden="true">
                  <svg viewBox="0 0 10 10" focusable="false">
                    <circle cx="5" cy="5" r="5" fill={relationTypeColour(l.type)} />
                  </svg>
                </span>
                {typeLabel(l.type)}
              </td>
              <td>
                <span className={`status status--rel-${l.status}`}>{t(`maps.statuses.${l.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
