// A tile per module. The register, the project portfolio and the case desk work and show their key
// figures, each a link to the list behind it; the modules not built yet say so.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { pickLabel } from '../register/labels.ts';
import { MODULES, type ModuleKey } from './modules.ts';
import { ModuleIcon } from './icons.tsx';
import { overviewPaths, type Overview } from './overview.ts';
import { useWorkspace } from './useWorkspace.ts';

const WORKING: ModuleKey[] = ['register', 'projects', 'cases'];

interface FigureProps {
  value: number;
  label: string;
  to?: string;
  alert?: boolean;
}

/** One figure: the number large, what it counts beside it; a link when its list exists. */
function Figure({ value, label, to, alert }: FigureProps) {
  const { i18n: inst } = useTranslation();
  const body = (
    <>
      <span className="figure-value">{formatNumber(value, inst.language)}</span> <span className="figure-label">{label}</span>
    </>
  );
  return <li className={alert && value > 0 ? 'figure figure--alert' : 'figure'}>{to ? <Link to={to}>{body}</Link> : body}</li>;
}

function Figures({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="figures" aria-label={label}>
      {children}
    </ul>
  );
}

function RegisterFigures({ register }: { register: Overview['register'] }) {
  const { t, i18n: inst } = useTranslation();
  const paths = overviewPaths(useWorkspace().slug);
  const lng = inst.language;
  const typeLabel = (type: string, labels: Record<string, string> | null) => {
    if (labels) return pickLabel(labels, lng, type);
    const key = `register.relationTypes.${type}`;
    return i18n.exists(key) ? t(key) : type;
  };
  if (register.organisations === 0) {
    return (
      <div className="tile-empty">
        <p>{t('start.register.empty')}</p>
        <p>
          <Link to={paths.newOrganisation}>{t('start.register.add')}</Link> · <Link to={paths.imports}>{t('start.register.import')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <Figures label={t('start.register.figures')}>
        <Figure value={register.organisations} label={t('start.register.organisations', { count: register.organisations })} to={paths.register} />
        <Figure value={register.people} label={t('start.register.people', { count: register.people })} to={paths.people} />
        <Figure value={register.relations} label={t('start.register.relations', { count: register.relations })} to={paths.graph} />
      </Figures>
      {register.relationTypes.length > 0 ? (
        <>
          <h4 className="figures-title" id="start-relation-types">
            {t('start.register.byType')}
          </h4>
          <ul className="type-counts" aria-labelledby="start-relation-types">
            {register.relationTypes.map((r) => (
              <li key={r.type}>
                <Link to={paths.graphOfType(r.type)}>
                  <span className="type-count-label">{typeLabel(r.type, r.labels)}</span> <span className="type-count-value">{formatNumber(r.count, lng)}</span>
                </Link>
              </li>
            ))}
            {register.otherRelations > 0 ? (
              <li className="type-count-other">
                <span className="type-count-label">{t('start.register.otherTypes')}</span> <span className="type-count-value">{formatNumber(register.otherRelations, lng)}</span>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </>
  );
}

function CaseFigures({ cases }: { cases: NonNullable<Overview['cases']> }) {
  const { t } = useTranslation();
  const paths = overviewPaths(useWorkspace().slug);
  if (cases.open === 0 && cases.receivedThisMonth === 0) {
    return (
      <div className="tile-empty">
        <p>{t('start.cases.empty')}</p>
        <p>
          <Link to={paths.newCase}>{t('start.cases.newCase')}</Link>
        </p>
      </div>
    );
  }
  return (
    <Figures label={t('start.cases.figures')}>
      <Figure value={cases.open} label={t('start.cases.open', { count: cases.open })} to={paths.openCases} />
      <Figure value={cases.overdue} label={t('start.cases.overdue', { count: cases.overdue })} to={paths.overdueCases} alert />
      <Figure value={cases.dueToday} label={t('start.cases.dueToday', { count: cases.dueToday })} to={paths.dueToday} />
      <Figure value={cases.unassigned} label={t('start.cases.unassigned', { count: cases.unassigned })} to={paths.unassigned} />
      {/* The case list has no filter by date received: this figure has no list of its own. */}
      <Figure value={cases.receivedThisMonth} label={t('start.cases.receivedThisMonth', { count: cases.receivedThisMonth })} />
    </Figures>
  );
}

function ProjectFigures({ projects }: { projects: Overview['projects'] }) {
  const { t } = useTranslation();
  const paths = overviewPaths(useWorkspace().slug);
  if (projects.total === 0) {
    return (
      <div className="tile-empty">
        <p>{t('projects.start.empty')}</p>
        <p>
          <Link to={paths.newProject}>{t('projects.start.newProject')}</Link> · <Link to={paths.programmes}>{t('projects.start.programmes')}</Link>
        </p>
      </div>
    );
  }
  return (
    <Figures label={t('projects.start.figures')}>
      <Figure value={projects.total} label={t('projects.start.total', { count: projects.total })} to={paths.projects} />
      <Figure value={projects.running} label={t('projects.start.running', { count: projects.running })} to={paths.fundedProjects} />
      <Figure value={projects.inPreparation} label={t('projects.start.inPreparation', { count: projects.inPreparation })} to={paths.projectsInPreparation} />
    </Figures>
  );
}

export function ModuleTiles({ overview, loading }: { overview: Overview | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const base = `/w/${ws.slug}`;
  const figures = (m: ModuleKey) =>
    loading ? (
      <p className="muted figures-loading">{t('common.loading')}</p>
    ) : m === 'register' && overview ? (
      <RegisterFigures register={overview.register} />
    ) : m === 'projects' && overview?.projects ? (
      <ProjectFigures projects={overview.projects} />
    ) : m === 'cases' && overview?.cases ? (
      <CaseFigures cases={overview.cases} />
    ) : null;
  return (
    <>
      {/* The working modules first, with their figures; a tile with several links links only its name. */}
      <ul className="tiles tiles--modules">
        {MODULES.filter((m) => WORKING.includes(m)).map((m) => (
          <li key={m} className="tile module-tile">
            <ModuleIcon name={m} />
            <h3 className="tile-title">
              <Link to={`${base}/${m}`} className="module-link">
                {t(`modules.${m}.title`)}
              </Link>
            </h3>
            <p className="tile-text">{t(`modules.${m}.summary`)}</p>
            {figures(m)}
          </li>
        ))}
      </ul>
      <ul className="tiles tiles--coming">
        {MODULES.filter((m) => !WORKING.includes(m)).map((m) => (
          <li key={m} className="tile">
            <ModuleIcon name={m} />
            <h3 className="tile-title">
              <Link to={`${base}/${m}`} className="tile-link">
                {t(`modules.${m}.title`)}
              </Link>
            </h3>
            <p className="tile-text">{t(`modules.${m}.summary`)}</p>
            <p className="badge">{t('modules.comingSoon')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
