// The demo workspace's portfolio: a dozen projects across the lifecycle on catalogue programmes
// and a regional fund of its own, partners from the register whose partnerships show on the map,
// and histories dated in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../../tests/helpers/app.ts';
import { demoSession } from '../../../../tests/helpers/demo.ts';

let t: TestApp;
let client: Client;
let base: string;

beforeAll(async () => {
  ({ t, client, base } = await demoSession(2));
});
afterAll(() => t.close());

describe('demo portfolio', () => {
  it('has about a dozen projects in every status of the lifecycle, on programmes, with partners', async () => {
    const list = (await client.get(`${base}/projects?limit=200`)).body;
    expect(list.total).toBeGreaterThanOrEqual(12);
    for (const status of ['idea', 'in_preparation', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted', 'running', 'final_report', 'closed']) {
      expect(list.statusCounts[status], status).toBeGreaterThanOrEqual(1);
    }
    const items = list.items as { acronym: string; programme: { fund: string } | null; partnerCount: number; officer: { name: string } | null }[];
    expect(items.every((p) => p.programme !== null && p.officer !== null && p.partnerCount >= 1)).toBe(true);
    expect(items.filter((p) => p.programme!.fund === 'regional').map((p) => p.acronym)).toEqual(['TIMBER-LINK']);
    const own = (await client.get(`${base}/programmes?fund=regional`)).body.items;
    expect(own).toMatchObject([{ own: true, name: 'Regionala utvecklingsmedel Gävleborg', currency: 'SEK', projectCount: 1 }]);
  });

  it('has two open calls (one followed, so reminders come; one in two stages) and a closed one', async () => {
    const calls = (await client.get(`${base}/calls?limit=50`)).body;
    expect(calls.statusCounts).toEqual({ open: 2, forthcoming: 0, closed: 1 });
    const byId: Record<string, { deadline: { local: string }; nextDeadline: unknown }> = Object.fromEntries((calls.items as { identifier: string; deadline: { local: string }; nextDeadline: unknown }[]).map((c) => [c.identifier, c]));
    expect(byId['BSR-C5']).toMatchObject({ status: 'open', identifier: 'BSR-C5', timeZone: 'Europe/Brussels', followerCount: 1, budget: { amountMinor: 1_200_000_000, currency: 'EUR' } });
    expect(byId['BSR-C5']!.deadline.local).toMatch(/T17:00$/);
    expect(byId['HORIZON-CL5-2027-D6-01']).toMatchObject({ status: 'open', twoStage: true, nextDeadline: { stage: 1 } });
    expect(byId['CB-4']).toMatchObject({ status: 'closed', nextDeadline: null });
  });

  it('dates every history in order and links the reopened idea to its rejected application', async () => {
    const ids = ((await client.get(`${base}/projects?limit=200`)).body.items as { id: string }[]).map((p) => p.id);
    for (const id of ids) {
      const p = (await client.get(`${base}/projects/${id}`)).body;
      const days = p.history.map((h: { changedOn: string }) => h.changedOn);
      expect(days, p.acronym).toEqual([...days].sort());
      expect(p.history.at(-1).toStatus).toBe(p.status);
      expect(p.statusDate).toBe(days.at(-1));
    }
    const digi = (await client.get(`${base}/projects?q=DIGI-SME&sort=status`)).body.items as { id: string; status: string }[];
    expect(digi.map((p) => p.status)).toEqual(['idea', 'rejected']);
    const reopened = (await client.get(`${base}/projects/${digi[0]!.id}`)).body;
    expect(reopened.reopenedFrom).toEqual({ id: digi[1]!.id, acronym: 'DIGI-SME' });
    expect(reopened.partners).toHaveLength(3);
  });

  it('shows the partnerships on the register’s map with statuses that follow the projects', async () => {
    const map = (await client.get(`${base}/relations/map`)).body as { lines: { type: string; status: string; to: { country: string } }[] };
    const partnerships = map.lines.filter((l) => l.type === 'eu_project_partnership');
    expect(partnerships.length).toBeGreaterThanOrEqual(25);
    expect(new Set(partnerships.map((l) => l.to.country))).toEqual(new Set(['SE', 'DK', 'PL', 'DE', 'EE', 'BE']));
    expect(new Set(partnerships.map((l) => l.status))).toEqual(new Set(['proposed', 'active', 'ended']));
    const running = (await client.get(`${base}/projects?q=BALTIC-H2`)).body.items[0];
    const detail = (await client.get(`${base}/projects/${running.id}`)).body;
    expect(detail.partners.map((p: { organisation: { country: string } }) => p.organisation.country).sort()).toEqual(['DE', 'DK', 'PL', 'SE']);
    for (const partner of detail.partners) {
      expect((await client.get(`${base}/relations/${partner.relationId}`)).body).toMatchObject({ status: 'active', notes: 'BALTIC-H2', startDate: detail.startDate, endDate: detail.endDate });
    }
  });
});
