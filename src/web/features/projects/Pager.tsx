// Pages of a list as links (each page has its own address): previous, the numbers around the
// current page, next. Hidden when everything fits on one page.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { pageNumbers, type PageInfo } from './filters.ts';

export function Pager({ info, href }: { info: PageInfo; href: (page: number) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (info.pages <= 1) return null;
  return (
    <nav className="pf-pager" aria-label={t('projects.pager.label')}>
      <ul>
        <li>
          {info.page > 1 ? (
            <Link to={href(info.page - 1)} className="button button--secondary button--small" rel="prev">
              {t('projects.pager.previous')}
            </Link>
          ) : null}
        </li>
        {pageNumbers(info.page, info.pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pf-pager-gap">
              …
            </li>
          ) : (
            <li key={p}>
              <Link to={href(p)} className="pf-pager-link" aria-current={p === info.page ? 'page' : undefined} aria-label={t('projects.pager.page', { page: p, pages: info.pages })}>
                {formatNumber(p, lng)}
              </Link>
            </li>
          ),
        )}
        <li>
          {info.page < info.pages ? (
            <Link to={href(info.page + 1)} className="button button--secondary button--small" rel="next">
              {t('projects.pager.next')}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
