// A project's fields as a form holds them (text, '' for "none"), and what is sent: the whole
// body for a new project, only what changed (with the version read) for a change. Pure
// functions, unit-tested.
import type { OurRole, Project, ProjectBody, ProjectPatch } from './types.ts';

export interface ProjectDraft {
  acronym: string;
  title: string;
  summary: string;
  programmeId: string;
  callId: string;
  ourRole: OurRole;
  officerId: string;
  startDate: string;
  endDate: string;
  themes: string[];
  sdgs: number[];
}

export const emptyDraft = (officerId = ''): ProjectDraft => ({
  acronym: '',
  title: '',
  summary: '',
  programmeId: '',
  callId: '',
  ourRole: 'partner',
  officerId,
  startDate: '',
  endDate: '',
  themes: [],
  sdgs: [],
});

export function draftFromProject(p: Project): ProjectDraft {
  return {
    acronym: p.acronym,
    title: p.title,
    summary: p.summary,
    programmeId: p.programme?.id ?? '',
    callId: p.call?.id ?? '',
    ourRole: p.ourRole,
    officerId: p.officer?.id ?? '',
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    themes: [...p.themes],
    sdgs: [...p.sdgs],
  };
}

export function draftToBody(d: ProjectDraft): ProjectBody {
  return {
    acronym: d.acronym.trim(),
    title: d.title.trim(),
    summary: d.summary.trim(),
    programmeId: d.programmeId || null,
    callId: (d.programmeId && d.callId) || null,
    ourRole: d.ourRole,
    officerId: d.officerId || null,
    startDate: d.startDate || null,
    endDate: d.endDate || null,
    themes: d.themes,
    sdgs: [...d.sdgs].sort((a, b) => a - b),
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only the fields that differ from the project as it was read. */
export function draftToPatch(d: ProjectDraft, p: Project): ProjectPatch {
  const body = draftToBody(d);
  const before = draftToBody(draftFromProject(p));
  const patch: ProjectPatch = { version: p.version };
  const scalar = ['acronym', 'title', 'summary', 'programmeId', 'callId', 'ourRole', 'officerId', 'startDate', 'endDate'] as const;
  for (const k of scalar) if (body[k] !== before[k]) (patch as Record<string, unknown>)[k] = body[k];
  if (!sameList(body.themes ?? [], before.themes ?? [])) patch.themes = body.themes;
  if (!sameList(body.sdgs ?? [], before.sdgs ?? [])) patch.sdgs = body.sdgs;
  return patch;
}

export const hasChanges = (patch: ProjectPatch) => Object.keys(patch).some((k) => k !== 'version');

/** Server field names → the element that shows them (the error summary links there). */
export const PROJECT_TARGETS: Record<string, string> = {
  acronym: 'pf-acronym',
  title: 'pf-title',
  summary: 'pf-summary',
  programmeId: 'pf-programme',
  callId: 'pf-call',
  ourRole: 'pf-our-role',
  officerId: 'pf-officer',
  startDate: 'pf-start',
  endDate: 'pf-end',
  themes: 'pf-themes',
  sdgs: 'pf-sdgs',
};

/** Message keys of the fields' labels, for naming them in the error summary. */
export const PROJECT_LABEL_KEYS: Record<string, string> = {
  acronym: 'projects.fields.acronym',
  title: 'projects.fields.title',
  summary: 'projects.fields.summary',
  programmeId: 'projects.fields.programme',
  callId: 'projects.fields.call',
  ourRole: 'projects.fields.ourRole',
  officerId: 'projects.fields.officer',
  startDate: 'projects.fields.startDate',
  endDate: 'projects.fields.endDate',
  themes: 'projects.fields.themes',
  sdgs: 'projects.fields.sdgs',
};

/** The error summary's targets with list entries ("themes.2") pointing at their group too. */
export function targetsFor(fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = { ...PROJECT_TARGETS };
  for (const f of fields) {
    const base = f.split('.')[0]!;
    if (!out[f] && PROJECT_TARGETS[base]) out[f] = PROJECT_TARGETS[base];
  }
  return out;
}
