// A horizontal bar chart of the share of cases answered by their due date, per category, with the
// median days to answer beside each bar. Drawn as SVG from d3-scale's scales and ticks: sizes and
// colours are SVG attributes and classes (the CSP allows no inline styles), the picture has a
// title and a summary for screen readers, and the table under it holds every figure.
import { scaleBand, scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { pickLabel } from '../register/labels.ts';
import type { StatisticsData } from './api.ts';

const WIDTH = 720;
const LABEL_H = 18;
const BAR_H = 16;
const ROW = LABEL_H + BAR_H + 12;
const AXIS = 28;
const RIGHT = 170;
/** Room for the half of the first tick's label that sits left of the axis. */
const LEFT = 16;

export function ResponseTimeChart({ stats }: { stats: StatisticsData }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const titleId = useId();
  const descId = useId();
  const rows = stats.categories.filter((c) => c.received > 0);
  const height = rows.length * ROW + AXIS;
  const x = scaleLinear().domain([0, 100]).range([0, WIDTH - RIGHT - LEFT]);
  const y = scaleBand<string>().domain(rows.map((r) => r.category.code)).range([0, rows.length * ROW]);
  const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));
  const summary = rows
    .map((r) => {
      const name = pickLabel(r.category.labels, lng, r.category.code);
      return r.answered
        ? t('referrals.stats.chartRow', { name, percent: pct(r.shareWithinTarget), median: formatNumber(r.medianDays ?? 0, lng), answered: r.answered })
        : t('referrals.stats.chartRowNone', { name });
    })
    .join(' ');

  if (!rows.length) return <p className="muted">{t('referrals.stats.noCases')}</p>;
  return (
    <figure className="rt-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="rt-chart-svg" preserveAspectRatio="xMinYMin meet">
        <title id={titleId}>{t('referrals.stats.chartTitle')}</title>
        <desc id={descId}>{summary}</desc>
        <g transform={`translate(${LEFT},0)`}>
          {x.ticks(5).map((tick) => (
            <g key={tick} transform={`translate(${x(tick)},0)`}>
              <line className="rt-grid" y1={0} y2={rows.length * ROW} />
              <text className="rt-tick" y={rows.length * ROW + 18} textAnchor="middle">
                {`${tick} %`}
              </text>
            </g>
          ))}
          {rows.map((r) => {
            const top = y(r.category.code) ?? 0;
            const share = pct(r.shareWithinTarget);
            const name = pickLabel(r.category.labels, lng, r.category.code);
            return (
              <g key={r.category.code} transform={`translate(0,${top})`} data-category={r.category.code}>
                <text className="rt-label" y={LABEL_H - 5}>
                  {name}
                </text>
                <rect className="rt-track" y={LABEL_H} width={x(100)} height={BAR_H} />
                {share !== null ? <rect className={`rt-bar${share < 80 ? ' rt-bar--low' : ''}`} y={LABEL_H} width={Math.max(x(share), 1)} height={BAR_H} /> : null}
                <text className="rt-value" x={x(100) + 8} y={LABEL_H + BAR_H - 3}>
                  {share === null ? t('referrals.stats.noAnswers') : t('referrals.stats.barValue', { percent: share, median: formatNumber(r.medianDays ?? 0, lng) })}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="field-hint">{t('referrals.stats.chartCaption')}</figcaption>
    </figure>
  );
}
