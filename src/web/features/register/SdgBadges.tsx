// The Sustainable Development Goals as badges: the goal's number on its official colour (classes
// sdg-1 … sdg-17 in register.css; the CSP allows no inline styles) and its short name.
import { useTranslation } from 'react-i18next';
import { useSdgs } from './queries.ts';
import type { SdgGoal } from './types.ts';

export function sdgTitle(goals: SdgGoal[] | undefined, n: number, lng: string): string {
  const g = goals?.find((x) => x.number === n);
  return g ? (g.titles[lng] ?? g.titles.en ?? String(n)) : String(n);
}

export function SdgMark({ n }: { n: number }) {
  return (
    <span className={`sdg-mark sdg-${n}`} aria-hidden="true">
      {n}
    </span>
  );
}

export function SdgBadges({ goals }: { goals: number[] }) {
  const { t, i18n } = useTranslation();
  const sdgs = useSdgs().data;
  if (!goals.length) return <span className="muted">{t('register.none')}</span>;
  return (
    <ul className="sdg-badges">
      {[...goals].sort((a, b) => a - b).map((n) => (
        <li key={n} className="sdg-badge">
          <SdgMark n={n} />
          <span className="sdg-badge-title">
            <span className="visually-hidden">{t('register.sdg.goal', { number: n })}: </span>
            {sdgTitle(sdgs, n, i18n.language)}
          </span>
        </li>
      ))}
    </ul>
  );
}
