// Factories for the portfolio's HTTP tests: a workspace with a member of each role, our own
// municipality and some partner organisations, and a project built through the API.
import { expect } from 'vitest';
import { adminSession, buildUser, Client, type TestApp } from '../../../../tests/helpers/app.ts';

export interface Portfolio {
  base: string;
  workspaceId: string;
  admin: Client;
  officer: Client;
  officerId: string;
  desk: Client;
  viewer: Client;
  own: string;
  /** Logs every member in again (after the clock has moved past their sessions' lifetime). */
  signInAgain(): Promise<void>;
}

export async function created(r: Promise<{ status: number; body: any }>, status = 201) {
  const res = await r;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

/** A workspace with an administrator, an officer, a desk member and a viewer; `own` unless told not to. */
export async function portfolioSession(t: TestApp, opts: { lang?: string; own?: boolean } = {}): Promise<Portfolio> {
  const s = await adminSession(t, opts.lang ?? 'en');
  const base = `/api/w/${s.ws.id}`;
  const login = async (role: 'officer' | 'desk' | 'viewer') => {
    const u = await buildUser(t, { workspaceId: s.ws.id, role, name: `Test ${role}` });
    const c = new Client(t, opts.lang ?? 'en');
    await c.login(u.email);
    return { c, id: u.id, email: u.email };
  };
  const officer = await login('officer');
  const desk = await login('desk');
  const viewer = await login('viewer');
  const own = opts.own === false ? '' : (await created(s.client.post(`${base}/organisations`, { name: 'Östanviks kommun', kind: 'municipality', country: 'SE', isOwn: true }))).id;
  const signInAgain = async () => {
    await s.client.login(s.user.email);
    for (const m of [officer, desk, viewer]) await m.c.login(m.email);
  };
  return { base, workspaceId: s.ws.id, admin: s.client, officer: officer.c, officerId: officer.id, desk: desk.c, viewer: viewer.c, own, signInAgain };
}

export async function buildOrganisation(p: Portfolio, over: Record<string, unknown> = {}) {
  return (await created(p.admin.post(`${p.base}/organisations`, { name: 'Politechnika Gdańska', kind: 'university', country: 'PL', nutsCode: 'PL634', lat: 54.37, lon: 18.62, ...over }))).id as string;
}

export async function buildProject(p: Portfolio, over: Record<string, unknown> = {}) {
  return created(p.officer.post(`${p.base}/projects`, { acronym: 'BALTIC-H2', title: 'Grön vätgas för små hamnar', ourRole: 'partner', ...over }));
}

/** Moves a project through the given statuses, each on its date. */
export async function moveThrough(p: Portfolio, projectId: string, steps: [to: string, on?: string][]) {
  let last: any;
  for (const [to, on] of steps) last = await created(p.officer.post(`${p.base}/projects/${projectId}/moves`, { to, ...(on ? { on } : {}) }), 200);
  return last;
}
