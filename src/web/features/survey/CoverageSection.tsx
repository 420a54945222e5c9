// Coverage: the share of the register's local companies that have answered, as a meter with the
// numbers written out beside it (the meter is the picture, the text is the fact).
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { intlLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { useCoverage } from './api.ts';

export function CoverageSection({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const coverage = useCoverage(workspaceId);
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <section className="panel" aria-labelledby="survey-coverage-heading">
      <h2 id="survey-coverage-heading">{t('survey.staff.coverageHeading')}</h2>
      {coverage.isPending ? (
        <Loading />
      ) : coverage.isError ? (
        <ErrorAlert error={coverage.error} />
      ) : coverage.data.localCompanies === 0 ? (
        <p>{t('survey.staff.noLocalCompanies')}</p>
      ) : (
        <div className="coverage">
          <div className="coverage-bar">
            <label htmlFor="survey-coverage-meter" className="coverage-label">
              {t('survey.staff.coverageLabel')}
            </label>
            <div className="coverage-row">
              <meter
                id="survey-coverage-meter"
                className="coverage-meter"
                min={0}
                max={coverage.data.localCompanies}
                value={coverage.data.answered}
                aria-valuetext={t('survey.staff.coverageValue', { answered: n(coverage.data.answered), total: n(coverage.data.localCompanies) })}
              >
                {n(coverage.data.answered)} / {n(coverage.data.localCompanies)}
              </meter>
              <span className="coverage-percent" data-testid="coverage-percent">
                {new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 1 }).format(coverage.data.share)}
              </span>
            </div>
          </div>
          <p className="coverage-text" data-answered={coverage.data.answered} data-total={coverage.data.localCompanies}>
            {t('survey.staff.coverageText', { count: coverage.data.localCompanies, answered: n(coverage.data.answered), total: n(coverage.data.localCompanies), invited: n(coverage.data.invited) })}
          </p>
        </div>
      )}
    </section>
  );
}
