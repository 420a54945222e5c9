// The world map as SVG, drawn offline from world-atlas (Natural Earth 1:110m) with d3-geo:
// countries shaded by number of relations, great-circle lines from our municipality to each
// partner, points for the partners. It opens fitted to the relations shown (with a margin, so a
// municipality whose partners are all in Europe sees Europe, not the whole world), and can show
// Europe or the whole world. It is one image for assistive technology (role="img" with a
// summary); the table on the same page carries every line of it.
import { useMemo } from 'react';
import { geoAzimuthalEqualArea, geoCentroid, geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection, type GeoSphere } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { atlasAlpha2 } from './countries.ts';
import { classOf, OWN_BORDER, OWN_COLOUR, relationTypeColour, STATUS_DASH } from './palette.ts';
import type { MapLine, RelationMap } from './queries.ts';

export type MapView = 'fit' | 'europe' | 'world';
export const MAP_VIEWS: MapView[] = ['fit', 'europe', 'world'];

const WIDTH = 960;
const HEIGHT: Record<MapView, number> = { fit: 600, world: 500, europe: 640 };
const PAD = 6;
/** Room around the fitted relations: the points, their lines' curves and our municipality's name. */
const FIT_MARGIN = { x: 90, top: 70, bottom: 60 };

type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name?: string }>;

const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const COUNTRIES = (feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name?: string }>).features.map(
  (f: CountryFeature) => ({ feature: f, code: atlasAlpha2(f.id, f.properties?.name) }),
);
const SPHERE: GeoSphere = { type: 'Sphere' };
const GRATICULE = geoGraticule10();
/** Mainland Europe from Portugal to the Baltic states and from Crete to the North Cape. */
const EUROPE: GeoJSON.MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-10, 36],
    [33, 35],
    [-10, 63],
    [33, 70],
    [17, 71],
  ],
};

function europeProjection(): GeoProjection {
  const h = HEIGHT.europe;
  // Lambert azimuthal equal-area centred on Europe, as the EU's own maps (ETRS89-LAEA) are.
  return geoAzimuthalEqualArea()
    .rotate([-12, -54])
    .clipAngle(60)
    .fitExtent(
      [
        [PAD, PAD],
        [WIDTH - PAD, h - PAD],
      ],
      EUROPE,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, h],
    ]);
}

/** Never closer than this: two partners in one town should still show the country around them. */
const MAX_FIT_SCALE = 2.5 * europeProjection().scale();

/**
 * The same equal-area projection, centred on the relations and scaled so they all fit inside the
 * margin. The whole globe is drawn (no clip angle), so nothing is cut off when zoomed out in the
 * page and every country keeps its shape and shade.
 */
function fittedProjection(points: [number, number][]): GeoProjection {
  const h = HEIGHT.fit;
  const shape: GeoJSON.MultiPoint = { type: 'MultiPoint', coordinates: points };
  const [lon, lat] = geoCentroid(shape);
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
  const spread = new Set(points.map((p) => p.join())).size > 1;
  if (spread) {
    projection.fitExtent(
      [
        [FIT_MARGIN.x, FIT_MARGIN.top],
        [WIDTH - FIT_MARGIN.x, h - FIT_MARGIN.bottom],
      ],
      shape,
    );
  }
  if (!spread || projection.scale() > MAX_FIT_SCALE) projection.scale(MAX_FIT_SCALE).translate([WIDTH / 2, h / 2]);
  return projection;
}

function projectionFor(view: MapView, points: [number, number][]): GeoProjection {
  const h = HEIGHT[view];
  if (view === 'europe') return europeProjection();
  if (view === 'fit' && points.length > 0) return fittedProjection(points);
  return geoNaturalEarth1().fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, h - PAD],
    ],
    SPHERE,
  );
}

interface Props {
  data: RelationMap;
  lines: MapLine[];
  breaks: number[];
  view: MapView;
  label: string;
  typeLabel: (type: string) => string;
}

export function WorldMap({ data, lines, breaks, view, label, typeLabel }: Props) {
  const drawing = useMemo(() => {
    const own = data.own && data.own.lat !== null && data.own.lon !== null ? ([data.own.lon, data.own.lat] as [number, number]) : null;
    const partners = lines.filter((l) => l.to.lat !== null && l.to.lon !== null).map((l) => [l.to.lon!, l.to.lat!] as [number, number]);
    const projection = projectionFor(view, own ? [own, ...partners] : partners);
    const path = geoPath(projection);
    const counts = new Map(data.countries.map((c) => [c.country, c.relations]));
    const h = HEIGHT[view];
    const inside = (p: [number, number] | null): p is [number, number] => !!p && p[0] >= 0 && p[0] <= WIDTH && p[1] >= 0 && p[1] <= h;
    return {
      h,
      sphere: path(SPHERE) ?? '',
      graticule: path(GRATICULE) ?? '',
      countries: COUNTRIES.map((c, i) => ({ key: c.code ?? `x${i}`, code: c.code, d: path(c.feature) ?? '', k: classOf(c.code ? (counts.get(c.code) ?? 0) : 0, breaks) })).filter((c) => c.d),
      arcs: own
        ? lines
            .filter((l) => l.to.lat !== null && l.to.lon !== null)
            .map((l) => ({ line: l, d: path({ type: 'LineString', coordinates: [own, [l.to.lon!, l.to.lat!]] }) ?? '' }))
        : [],
      points: lines
        .filter((l) => l.to.lat !== null && l.to.lon !== null)
        .map((l) => ({ line: l, at: projection([l.to.lon!, l.to.lat!]) }))
        .filter((p): p is { line: MapLine; at: [number, number] } => inside(p.at)),
      own: own ? projection(own) : null,
    };
  }, [data, lines, breaks, view]);

  const ownAt = drawing.own;
  return (
    <svg className={`world-map world-map--${view}`} viewBox={`0 0 ${WIDTH} ${drawing.h}`} role="img" aria-label={label} data-view={view}>
      <path className="map-sphere" d={drawing.sphere} />
      <path className="map-graticule" d={drawing.graticule} />
      <g className="map-countries">
        {drawing.countries.map((c) => (
          <path key={c.key} className={`map-country choro-${c.k}`} d={c.d} data-country={c.code} />
        ))}
      </g>
      <g className="map-arcs">
        {drawing.arcs.map(({ line, d }) => (
          <g key={line.relationId}>
            <path className="map-arc-halo" d={d} />
            <path
              className="map-arc"
              d={d}
              stroke={relationTypeColour(line.type)}
              strokeDasharray={STATUS_DASH[line.status]}
              data-relation-id={line.relationId}
              data-type={line.type}
              data-status={line.status}
            />
          </g>
        ))}
      </g>
      <g className="map-points">
        {drawing.points.map(({ line, at }) => (
          <circle key={line.relationId} className="map-point" cx={at[0]} cy={at[1]} r={4.5} fill={relationTypeColour(line.type)}>
            <title>{`${line.to.name} – ${typeLabel(line.type)}`}</title>
          </circle>
        ))}
      </g>
      {ownAt && data.own ? (
        <g className="map-own" transform={`translate(${ownAt[0]} ${ownAt[1]})`}>
          <path d="M0-10l2.9 6 6.6.9-4.8 4.6 1.2 6.5L0 4.9l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z" fill={OWN_COLOUR} stroke={OWN_BORDER} strokeWidth={1.5} />
          <text className="map-own-label" x={12} y={4}>
            {data.own.name}
          </text>
          <title>{data.own.name}</title>
        </g>
      ) : null}
    </svg>
  );
}
