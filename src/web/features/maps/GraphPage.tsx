// /w/:ws/register/graph — organisations as nodes, relations as edges. A click on a node opens
// the organisation. The table of organisations below is the same network in words, for
// keyboard and screen-reader users (and anyone who wants numbers).
import { useCallback, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { countryName } from './countries.ts';
import { GraphCanvas, type GraphControls } from './GraphCanvas.tsx';
import { kindStyle, OWN_BORDER, OWN_COLOUR, RELATION_STATUSES, relationTypeColour, SHAPE_PATHS, STATUS_DASH } from './palette.ts';
import { useKindLabel, useRelationGraph, useRelationTypeCodes, useRelationTypeLabel, type GraphNode, type RelationGraph } from './queries.ts';
import { RelationFilters, useRelationFilterParams } from './RelationFilters.tsx';

export function GraphPage() {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const filter = useRelationFilterParams();
  const graph = useRelationGraph(ws.id, { type: filter.type || undefined, status: filter.status || undefined });
  const typeLabel = useRelationTypeLabel(ws.id);
  const types = useRelationTypeCodes(ws.id);
  const sortedTypes = useMemo(() => [...types].sort((a, b) => typeLabel(a).localeCompare(typeLabel(b), i18n.language)), [types, typeLabel, i18n.language]);

  const data = graph.data;
  const summary = data
    ? data.truncated
      ? t('maps.graph.truncated', { nodes: formatNumber(data.nodes.length, i18n.language), count: data.edges.length, edges: formatNumber(data.edges.length, i18n.language) })
      : t('maps.graph.showing', { nodes: formatNumber(data.nodes.length, i18n.language), count: data.edges.length, edges: formatNumber(data.edges.length, i18n.language) })
    : undefined;

  return (
    <>
      <PageHeader title={t('maps.graph.title')} lead={t('maps.graph.lead')} workspaceName={ws.name} />
      <RelationFilters
        idPrefix="graph"
        types={sortedTypes}
        typeLabel={typeLabel}
        type={filter.type}
        status={filter.status}
        onType={filter.setType}
        onStatus={filter.setStatus}
        onClear={filter.clear}
        summary={summary}
      />
      {graph.isPending ? (
        <Loading />
      ) : graph.isError ? (
        <ErrorAlert error={graph.error} />
      ) : graph.data.nodes.length === 0 ? (
        <EmptyState title={filter.type || filter.status ? t('maps.graph.noMatchTitle') : t('maps.graph.emptyTitle')}>
          <p>{filter.type || filter.status ? t('maps.graph.noMatchText') : t('maps.graph.emptyText')}</p>
        </EmptyState>
      ) : (
        <GraphContent data={graph.data} typeLabel={typeLabel} truncated={graph.data.truncated} />
      )}
    </>
  );
}

function GraphContent({ data, typeLabel, truncated }: { data: RelationGraph; typeLabel: (c: string) => string; truncated: boolean }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const controls = useRef<GraphControls | null>(null);
  const registerPath = `/w/${ws.slug}/register`;
  const open = useCallback((id: string) => navigate(`${registerPath}/organisations/${id}`), [navigate, registerPath]);
  const label = t('maps.graph.canvasLabel', { nodes: data.nodes.length, edges: data.edges.length });
  const kinds = [...new Set(data.nodes.map((n) => n.kind))].sort();
  const types = [...new Set(data.edges.map((e) => e.type))];
  const statuses = RELATION_STATUSES.filter((s) => data.edges.some((e) => e.status === s));

  return (
    <>
      {truncated ? (
        <div className="alert alert--info">
          <p>{t('maps.graph.truncatedHelp')}</p>
        </div>
      ) : null}
      <section className="panel graph-panel" aria-labelledby="graph-heading">
        <div className="map-toolbar">
          <h2 id="graph-heading">{t('maps.graph.heading')}</h2>
          <div className="graph-buttons">
            <button type="button" className="button button--secondary button--small" onClick={() => controls.current?.zoomIn()}>
              {t('maps.graph.zoomIn')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => controls.current?.zoomOut()}>
              {t('maps.graph.zoomOut')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => controls.current?.fit()}>
              {t('maps.graph.fit')}
            </button>
          </div>
        </div>
        <p className="muted small">
          {t('maps.graph.howTo')}{' '}
          <a
            href="#graph-nodes-heading"
            onClick={(e) => {
              e.preventDefault();
              const target = document.getElementById('graph-nodes-heading');
              target?.focus();
              target?.scrollIntoView();
            }}
          >
            {t('maps.graph.toTable')}
          </a>
        </p>
        <GraphCanvas data={data} label={label} onOpen={open} controlsRef={controls} />
        <GraphLegend kinds={kinds} types={types} statuses={statuses} typeLabel={typeLabel} />
      </section>
      <section className="panel" aria-labelledby="graph-nodes-heading">
        <h2 id="graph-nodes-heading" tabIndex={-1}>
          {t('maps.graph.tableHeading')}
        </h2>
        <NodeTable nodes={data.nodes} registerPath={registerPath} />
      </section>
    </>
  );
}

function GraphLegend({ kinds, types, statuses, typeLabel }: { kinds: string[]; types: string[]; statuses: (typeof RELATION_STATUSES)[number][]; typeLabel: (c: string) => string }) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  return (
    <div className="map-legends">
      <div className="map-legend">
        <h3 className="map-legend-title" id="graph-legend-kinds">
          {t('maps.graph.legendKinds')}
        </h3>
        <ul className="legend-list" aria-labelledby="graph-legend-kinds">
          <li>
            <svg className="legend-shape" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d={SHAPE_PATHS['round-rectangle']} fill={OWN_COLOUR} stroke={OWN_BORDER} strokeWidth="2" />
            </svg>
            {t('maps.graph.legendOwn')}
          </li>
          {kinds.map((k) => (
            <li key={k}>
              <svg className="legend-shape" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d={SHAPE_PATHS[kindStyle(k).shape]} fill={kindStyle(k).colour} />
              </svg>
              {kindLabel(k)}
            </li>
          ))}
        </ul>
        <p className="muted small">{t('maps.graph.legendSize')}</p>
      </div>
      <div className="map-legend">
        <h3 className="map-legend-title" id="graph-legend-types">
          {t('maps.map.legendTypes')}
        </h3>
        <ul className="legend-list" aria-labelledby="graph-legend-types">
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
        <h3 className="map-legend-title" id="graph-legend-statuses">
          {t('maps.map.legendStatuses')}
        </h3>
        <ul className="legend-list" aria-labelledby="graph-legend-statuses">
          {statuses.map((s) => (
            <li key={s}>
              <svg className="legend-line" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                <line x1="2" y1="6" x2="34" y2="6" stroke="#1c2430" strokeWidth="2.5" strokeDasharray={STATUS_DASH[s]} />
              </svg>
              {t(`maps.statuses.${s}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function NodeTable({ nodes, registerPath }: { nodes: GraphNode[]; registerPath: string }) {
  const { t, i18n } = useTranslation();
  const kindLabel = useKindLabel();
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...nodes].sort((a, b) => Number(b.isOwn) - Number(a.isOwn) || b.degree - a.degree || collator.compare(a.name, b.name));
  return (
    <TableWrap label={t('maps.graph.tableHeading')}>
      <table className="table" id="graph-nodes">
        <caption className="visually-hidden">{t('maps.graph.tableCaption', { count: nodes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('maps.fields.organisation')}</th>
            <th scope="col">{t('maps.fields.kind')}</th>
            <th scope="col">{t('maps.fields.country')}</th>
            <th scope="col" className="cell-number">
              {t('maps.fields.degree')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((n) => (
            <tr key={n.id}>
              <th scope="row" className="cell-break">
                <Link to={`${registerPath}/organisations/${n.id}`}>{n.name}</Link>
                {n.isOwn ? <span className="cell-sub">{t('maps.graph.ownMarker')}</span> : n.isLocal ? <span className="cell-sub">{t('maps.graph.localMarker')}</span> : null}
              </th>
              <td>{kindLabel(n.kind)}</td>
              <td>{countryName(n.country, i18n.language)}</td>
              <td className="cell-number">{formatNumber(n.degree, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
