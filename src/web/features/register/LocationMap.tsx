// A small map of where an organisation is: Natural Earth countries (world-atlas 1:110m, loaded
// only when a page shows a map) projected with d3-geo around the point. Pure SVG attributes,
// no inline styles. The text under the map says the same for people who cannot see it.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const W = 320;
const H = 200;

function useCountries() {
  return useQuery({
    queryKey: ['atlas', 'countries-110m'],
    queryFn: async () => {
      const mod = (await import('world-atlas/countries-110m.json')) as unknown as { default: Topology<{ countries: GeometryCollection }> };
      const topo = mod.default;
      return feature(topo, topo.objects.countries) as FeatureCollection;
    },
    staleTime: Infinity,
  });
}

export function formatCoordinates(lat: number, lon: number, lng: string) {
  const n = new Intl.NumberFormat(lng, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return `${n.format(Math.abs(lat))}° ${lat >= 0 ? 'N' : 'S'}, ${n.format(Math.abs(lon))}° ${lon >= 0 ? 'E' : 'W'}`;
}

export function LocationMap({ lat, lon, place }: { lat: number; lon: number; place: string }) {
  const { t, i18n } = useTranslation();
  const countries = useCountries();
  const drawn = useMemo(() => {
    if (!countries.data) return null;
    // About 1 200 km across: the region and its neighbours.
    const box = { type: 'MultiPoint' as const, coordinates: [[lon - 9, Math.max(-80, lat - 4.5)], [lon + 9, Math.min(84, lat + 4.5)]] };
    const projection = geoMercator().fitSize([W, H], box);
    const path = geoPath(projection);
    const point = projection([lon, lat]);
    return { paths: countries.data.features.map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? '' })).filter((p) => p.d), point };
  }, [countries.data, lat, lon]);
  const coords = formatCoordinates(lat, lon, i18n.language);

  return (
    <figure className="location-map">
      {drawn ? (
        <svg viewBox={`0 0 ${W} ${H}`} className="location-map-svg" role="img" aria-label={t('register.map.label', { place })} focusable="false">
          <rect className="locmap-sea" x="0" y="0" width={W} height={H} />
          {drawn.paths.map((p) => (
            <path key={p.key} className="locmap-land" d={p.d} />
          ))}
          {drawn.point ? (
            <g className="locmap-marker">
              <circle cx={drawn.point[0]} cy={drawn.point[1]} r="11" className="locmap-marker-halo" />
              <circle cx={drawn.point[0]} cy={drawn.point[1]} r="5" className="locmap-marker-dot" />
            </g>
          ) : null}
        </svg>
      ) : (
        <div className="location-map-svg location-map-placeholder">{countries.isError ? t('register.map.failed') : t('common.loading')}</div>
      )}
      <figcaption className="small muted">
        {place ? `${place} · ` : ''}
        {coords}
      </figcaption>
    </figure>
  );
}
