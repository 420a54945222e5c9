// The start page's figures, gathered from the modules that own them: the case desk's deadline
// watch and list, the project portfolio's counts, the import list, the register's vocabularies.
// Each part is shown only to a role that may read it through the module's own routes.
import type { Tx } from '../../db/tenancy.ts';
import type { Role } from '../../db/types.ts';
import type { Actor } from '../members/service.ts';
import { workspaceFacts, todayIn } from '../cases/register.ts';
import { CaseQuery } from '../cases/schema.ts';
import { caseList } from '../cases/service.ts';
import { caseDeadlines } from '../cases/stats-service.ts';
import { listImports } from '../imports/service.ts';
import { workspaceVocabularies } from '../vocabularies/service.ts';
import { portfolioFigures } from '../projects/service.ts';
import { casesReceivedSince, registerCounts, relationsByType } from './queries.ts';
import type { OverviewData } from './schema.ts';

/**
 * Who sees which part, as the modules' routes decide: every member reads cases (GET /cases is
 * open to viewers), importing is for officers and administrators (GET /imports).
 */
const MAY_SEE: Record<'cases' | 'imports', readonly Role[]> = {
  cases: ['viewer', 'desk', 'officer', 'admin'],
  imports: ['officer', 'admin'],
};

const TOP_TYPES = 6;
const MY_CASES = 8;
const NEAREST = 5;

export async function workspaceOverview(tx: Tx, actor: Actor, role: Role, now: Date): Promise<OverviewData> {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const today = todayIn(ws, now);
  return {
    today,
    timeZone: ws.timeZone,
    register: await registerFigures(tx),
    cases: MAY_SEE.cases.includes(role) ? await caseFigures(tx, actor, now, today, ws.timeZone) : null,
    // Every member reads the portfolio (GET /projects is open to viewers).
    projects: await portfolioFigures(tx),
    imports: MAY_SEE.imports.includes(role) ? await importsInProgress(tx) : null,
  };
}

async function registerFigures(tx: Tx) {
  const counts = await registerCounts(tx);
  const byType = await relationsByType(tx);
  const custom = new Map((await workspaceVocabularies(tx)).relationTypes.filter((r) => !r.builtin).map((r) => [r.code, r.labels]));
  const top = byType.slice(0, TOP_TYPES);
  return {
    ...counts,
    relations: byType.reduce((sum, r) => sum + r.count, 0),
    relationTypes: top.map((r) => ({ type: r.type, labels: custom.get(r.type) ?? null, count: r.count })),
    otherRelations: byType.slice(TOP_TYPES).reduce((sum, r) => sum + r.count, 0),
  };
}

async function caseFigures(tx: Tx, actor: Actor, now: Date, today: string, timeZone: string) {
  const watch = await caseDeadlines(tx, actor, now);
  const nearest = await caseList(tx, actor, CaseQuery.parse({ open: 'true', sort: 'due', limit: String(NEAREST) }), now);
  return {
    open: watch.all.open,
    overdue: watch.all.overdue,
    dueToday: watch.all.dueToday,
    unassigned: watch.all.unassigned,
    receivedThisMonth: await casesReceivedSince(tx, `${today.slice(0, 7)}-01`, timeZone),
    mine: watch.mine,
    myCases: watch.myCases.slice(0, MY_CASES),
    nearestDeadlines: nearest.items,
  };
}

async function importsInProgress(tx: Tx) {
  const { items } = await listImports(tx);
  return items
    .filter((i): i is typeof i & { status: 'uploaded' | 'running' } => i.status === 'uploaded' || i.status === 'running')
    .map((i) => ({ id: i.id, kind: i.kind, status: i.status, filename: i.filename, total: i.total, processed: i.processed, createdAt: i.createdAt }));
}
