// Project partners and the register through HTTP: adding a partner makes (or links) the "EU
// project partnership" between our municipality and the partner, with the project's dates and a
// status that follows the project's moves; removing the partner or deleting the project removes
// only the relations it made. What cannot be a partner is refused with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { asSystem } from '../../db/tenancy.ts';
import { buildOrganisation, buildProject, created, moveThrough, portfolioSession, type Portfolio } from './testkit.ts';

let t: TestApp;
let p: Portfolio;
let gdansk: string;
let rostock: string;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_HOURS: 400 * 24, SESSION_MAX_DAYS: 400 });
  t.clock.now = new Date('2026-01-10T09:00:00Z');
  p = await portfolioSession(t);
  gdansk = await buildOrganisation(p);
  rostock = await buildOrganisation(p, { name: 'Hansestadt Rostock', kind: 'municipality', country: 'DE', nutsCode: 'DE803', lat: 54.09, lon: 12.13 });
});
afterAll(() => t.close());

const relation = async (id: string) => (await p.viewer.get(`${p.base}/relations/${id}`)).body;
const partnerships = async (organisationId: string) =>
  (await p.viewer.get(`${p.base}/relations?organisationId=${organisationId}&type=eu_project_partnership`)).body.items as { id: string; status: string; notes: string }[];

describe('project partners', () => {
  it('adding a partner creates the partnership with our municipality, with the project’s dates, acronym and status', async () => {
    const project = await buildProject(p, { acronym: 'BALTIC-H2', startDate: '2026-09-01', endDate: '2029-08-31' });
    const added = await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: gdansk, role: 'lead' }));
    expect(added.partnerCount).toBe(1);
    expect(added.partners).toEqual([
      { id: expect.any(String), role: 'lead', organisation: { id: gdansk, name: 'Politechnika Gdańska', country: 'PL', nutsCode: 'PL634', kind: 'university', lat: 54.37, lon: 18.62 }, relationId: expect.any(String) },
    ]);
    const r = await relation(added.partners[0].relationId);
    expect(r).toMatchObject({ from: { id: p.own }, to: { id: gdansk }, type: 'eu_project_partnership', status: 'proposed', startDate: '2026-09-01', endDate: '2029-08-31', notes: 'BALTIC-H2' });
    // The register shows it: on the partner's relations and on the map.
    expect((await partnerships(gdansk)).map((x) => x.id)).toEqual([r.id]);
    const map = (await p.viewer.get(`${p.base}/relations/map`)).body;
    expect(map.lines).toEqual([{ relationId: r.id, type: 'eu_project_partnership', status: 'proposed', to: { id: gdansk, name: 'Politechnika Gdańska', country: 'PL', lat: 54.37, lon: 18.62 } }]);
    const audit = await p.admin.get(`${p.base}/audit?entityId=${project.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['project.partner_add', 'project.create']);
    expect(audit.body.items[0].after).toMatchObject({ organisationId: gdansk, role: 'lead', relationId: r.id, relationCreated: true });
    expect((await p.admin.get(`${p.base}/audit?entityId=${r.id}`)).body.items.map((a: { action: string }) => a.action)).toEqual(['relation.create']);
    // Partners are listed lead first, then by name.
    const more = await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: rostock, role: 'partner' }));
    expect(more.partners.map((x: { role: string }) => x.role)).toEqual(['lead', 'partner']);
    expect((await p.viewer.get(`${p.base}/projects?q=BALTIC`)).body.items[0].partnerCount).toBe(2);
  });

  it('the partnerships follow the project’s moves and dates', async () => {
    const project = await buildProject(p, { acronym: 'FOLLOW', startDate: '2026-09-01', endDate: '2028-08-31' });
    const pl = await buildOrganisation(p, { name: 'Miasto Słupsk', kind: 'municipality', nutsCode: 'PL636' });
    const withPartner = await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: pl, role: 'partner' }));
    const id = withPartner.partners[0].relationId;
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    await moveThrough(p, project.id, [['in_preparation'], ['submitted']]);
    expect((await relation(id)).status).toBe('proposed');
    await moveThrough(p, project.id, [['approved']]);
    expect((await relation(id)).status).toBe('active');
    const changed = await created(p.officer.patch(`${p.base}/projects/${project.id}`, { version: 4, startDate: '2026-10-01', endDate: null }), 200);
    expect(changed.version).toBe(5);
    expect(await relation(id)).toMatchObject({ status: 'active', startDate: '2026-10-01', endDate: null });
    await moveThrough(p, project.id, [['contracted'], ['running'], ['final_report']]);
    expect((await relation(id)).status).toBe('active');
    await moveThrough(p, project.id, [['closed']]);
    expect((await relation(id)).status).toBe('ended');
    // Each change of the relation is the relation's own audit entry; moves that change nothing there write none.
    const audit = await p.admin.get(`${p.base}/audit?entityId=${id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['relation.update', 'relation.update', 'relation.update', 'relation.create']);
    t.clock.now = new Date('2026-01-10T09:00:00Z');
  });

  it('links an existing partnership no other project links instead of making a second; removing leaves it', async () => {
    const lt = await buildOrganisation(p, { name: 'Klaipėdos universitetas', kind: 'university', country: 'LT', nutsCode: 'LT023' });
    const existing = await created(p.admin.post(`${p.base}/relations`, { fromId: lt, toId: p.own, type: 'eu_project_partnership', status: 'active', startDate: '2019-01-01', notes: 'Sedan länge' }));
    const first = await buildProject(p, { acronym: 'FIRST', startDate: '2026-03-01', endDate: '2027-12-31' });
    const linked = await created(p.officer.post(`${p.base}/projects/${first.id}/partners`, { organisationId: lt, role: 'partner' }));
    expect(linked.partners[0].relationId).toBe(existing.id);
    // A linked partnership carries the project's status and dates from then on; its notes stay.
    expect(await relation(existing.id)).toMatchObject({ status: 'proposed', startDate: '2026-03-01', endDate: '2027-12-31', notes: 'Sedan länge' });
    expect(await partnerships(lt)).toHaveLength(1);
    // A second project cannot share it: it gets a partnership of its own.
    const second = await buildProject(p, { acronym: 'SECOND' });
    const own = await created(p.officer.post(`${p.base}/projects/${second.id}/partners`, { organisationId: lt, role: 'partner' }));
    expect(own.partners[0].relationId).not.toBe(existing.id);
    expect(await partnerships(lt)).toHaveLength(2);
    // Removing the partner that linked leaves the relation; removing the one that created deletes it.
    const kept = await created(p.officer.delete(`${p.base}/projects/${first.id}/partners/${linked.partners[0].id}`), 200);
    expect(kept.partners).toEqual([]);
    expect((await relation(existing.id)).id).toBe(existing.id);
    const gone = await created(p.officer.delete(`${p.base}/projects/${second.id}/partners/${own.partners[0].id}`), 200);
    expect(gone.partnerCount).toBe(0);
    expect((await p.viewer.get(`${p.base}/relations/${own.partners[0].relationId}`)).status).toBe(404);
    expect((await partnerships(lt)).map((x) => x.id)).toEqual([existing.id]);
    const audit = await p.admin.get(`${p.base}/audit?entityId=${second.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'project.partner_remove', before: { organisationId: lt, relationDeleted: true } });
  });

  it('deleting a project deletes the partnerships it created and keeps the ones it linked', async () => {
    const dk = await buildOrganisation(p, { name: 'Aalborg Kommune', kind: 'municipality', country: 'DK', nutsCode: 'DK050' });
    const se = await buildOrganisation(p, { name: 'Högskolan i Gävle', kind: 'university', country: 'SE', nutsCode: 'SE313' });
    const existing = await created(p.admin.post(`${p.base}/relations`, { fromId: p.own, toId: se, type: 'eu_project_partnership' }));
    const project = await buildProject(p, { acronym: 'DOOMED' });
    const a = await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: dk, role: 'partner' }));
    await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: se, role: 'associated' }));
    expect((await p.officer.delete(`${p.base}/projects/${project.id}`)).status).toBe(204);
    expect((await p.viewer.get(`${p.base}/relations/${a.partners[0].relationId}`)).status).toBe(404);
    expect((await relation(existing.id)).id).toBe(existing.id);
    const rows = await asSystem(t.database.db, (tx) => tx.selectFrom('project_partners').select('id').where('project_id', '=', project.id).execute());
    expect(rows).toEqual([]);
  });

  it('changes a partner’s role, with at most one lead partner', async () => {
    const project = await buildProject(p, { acronym: 'ROLES' });
    const one = await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: gdansk, role: 'lead' }));
    const two = await created(p.officer.post(`${p.base}/projects/${project.id}/partners`, { organisationId: rostock, role: 'partner' }));
    const rostockPartner = two.partners.find((x: { organisation: { id: string } }) => x.organisation.id === rostock).id;
    const secondLead = await p.officer.patch(`${p.base}/projects/${project.id}/partners/${rostockPartner}`, { role: 'lead' });
    expect(secondLead.status).toBe(422);
    expect(secondLead.body.errors).toEqual([{ field: 'role', code: 'lead_exists', message: 'The project already has a lead partner: Politechnika Gdańska. Change that partner’s role first.' }]);
    const demoted = await created(p.officer.patch(`${p.base}/projects/${project.id}/partners/${one.partners[0].id}`, { role: 'associated' }), 200);
    expect(demoted.partners.map((x: { organisation: { name: string }; role: string }) => [x.organisation.name, x.role])).toEqual([['Hansestadt Rostock', 'partner'], ['Politechnika Gdańska', 'associated']]);
    const promoted = await created(p.officer.patch(`${p.base}/projects/${project.id}/partners/${rostockPartner}`, { role: 'lead' }), 200);
    expect(promoted.partners[0]).toMatchObject({ role: 'lead', organisation: { id: rostock } });
    const audit = await p.admin.get(`${p.base}/audit?entityId=${project.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'project.partner_update', before: { role: 'partner' }, after: { role: 'lead' } });
    expect((await p.viewer.patch(`${p.base}/projects/${project.id}/partners/${rostockPartner}`, { role: 'partner' })).status).toBe(403);
    expect((await p.officer.patch(`${p.base}/projects/${project.id}/partners/00000000-0000-4000-8000-000000000000`, { role: 'partner' })).status).toBe(404);
  });

  it('refuses our own organisation, one already in the project, a merged or unknown one, and a second lead', async () => {
    const project = await buildProject(p, { acronym: 'REFUSE' });
    const url = `${p.base}/projects/${project.id}/partners`;
    const ownOne = await p.officer.post(url, { organisationId: p.own, role: 'partner' });
    expect(ownOne.status).toBe(422);
    expect(ownOne.body.errors).toEqual([{ field: 'organisationId', code: 'partner_is_own', message: 'Our own organisation cannot be added as a partner: it takes part through our role in the project.' }]);
    await created(p.officer.post(url, { organisationId: gdansk, role: 'lead' }));
    const twice = await p.officer.post(url, { organisationId: gdansk, role: 'partner' });
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0].code).toBe('partner_exists');
    const lead = await p.officer.post(url, { organisationId: rostock, role: 'lead' });
    expect(lead.status).toBe(422);
    expect(lead.body.errors[0].code).toBe('lead_exists');
    const dup = await buildOrganisation(p, { name: 'Politechnika Gdanska' });
    await asSystem(t.database.db, (tx) => tx.updateTable('organisations').set({ merged_into: gdansk }).where('id', '=', dup).execute());
    expect((await p.officer.post(url, { organisationId: dup, role: 'partner' })).status).toBe(404);
    expect((await p.officer.post(url, { organisationId: '00000000-0000-4000-8000-000000000000', role: 'partner' })).status).toBe(404);
    expect((await p.officer.post(url, { organisationId: rostock, role: 'boss' })).status).toBe(422);
    expect((await p.viewer.get(`${p.base}/projects/${project.id}`)).body.partnerCount).toBe(1);
  });

  it('without our own organisation in the register, says to mark it first', async () => {
    const bare = await portfolioSession(t, { own: false, lang: 'sv' });
    const org = await buildOrganisation(bare);
    const project = await buildProject(bare);
    const r = await bare.officer.post(`${bare.base}/projects/${project.id}/partners`, { organisationId: org, role: 'partner' });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('project.no_own_organisation');
    expect(r.body.title).toBe('Markera din kommun som vår egen organisation i registret först. Partnerskapen i projekt knyts till den.');
    expect((await bare.viewer.get(`${bare.base}/relations`)).body.items).toEqual([]);
    expect((await bare.viewer.get(`${bare.base}/projects/${project.id}`)).body.partners).toEqual([]);
  });

  it('a partner merged into another organisation stays a partner as the organisation kept, once per project', async () => {
    const dup = await buildOrganisation(p, { name: 'Gdansk University of Technology', nutsCode: 'PL634' });
    const kept = await buildOrganisation(p, { name: 'Politechnika Gdańska (GUT)', nutsCode: 'PL634' });
    const one = await buildProject(p, { acronym: 'MERGE-ONE', startDate: '2026-09-01', endDate: '2027-08-31' });
    const both = await buildProject(p, { acronym: 'MERGE-BOTH', startDate: '2026-09-01', endDate: '2027-08-31' });
    await created(p.officer.post(`${p.base}/projects/${one.id}/partners`, { organisationId: dup, role: 'partner' }));
    await created(p.officer.post(`${p.base}/projects/${both.id}/partners`, { organisationId: dup, role: 'partner' }));
    const keptRow = await created(p.officer.post(`${p.base}/projects/${both.id}/partners`, { organisationId: kept, role: 'lead' }));
    const keptRelation = keptRow.partners.find((x: { organisation: { id: string } }) => x.organisation.id === kept).relationId;
    expect((await p.officer.post(`${p.base}/organisations/${kept}/merge`, { duplicateId: dup })).status).toBe(200);

    const first = (await p.viewer.get(`${p.base}/projects/${one.id}`)).body;
    expect(first.partners.map((x: { organisation: { id: string }; role: string }) => [x.organisation.id, x.role])).toEqual([[kept, 'partner']]);
    expect((await relation(first.partners[0].relationId)).to.id).toBe(kept);
    const second = (await p.viewer.get(`${p.base}/projects/${both.id}`)).body;
    expect(second.partners.map((x: { organisation: { id: string }; role: string; relationId: string }) => [x.organisation.id, x.role, x.relationId])).toEqual([[kept, 'lead', keptRelation]]);
    // The kept organisation has one partnership per project: the duplicate's second one went.
    expect((await partnerships(kept)).map((x) => x.notes).sort()).toEqual(['MERGE-BOTH', 'MERGE-ONE']);
  });
});
