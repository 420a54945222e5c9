// Relations as a map (lines from our municipality, countries by number of relations) and as a
// network graph (organisations as nodes, relations as edges).
import { sql } from 'kysely';
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/tenancy.ts';
import type { GraphQuery } from './schema.ts';

export async function relationMap(tx: Tx) {
  const own = await tx.selectFrom('organisations').select(['id', 'name', 'country', 'lat', 'lon']).where('is_own', '=', true).where('merged_into', 'is', null).executeTakeFirst();
  const lines = own
    ? await tx
        .selectFrom('relations as r')
        .innerJoin('organisations as o', (j) => j.on(sql<boolean>`o.id = case when r.from_id = ${own.id}::uuid then r.to_id else r.from_id end`))
        .select(['r.id', 'r.type', 'r.status', 'o.id as org_id', 'o.name', 'o.country', 'o.lat', 'o.lon'])
        .where((eb) => eb.or([eb('r.from_id', '=', own.id), eb('r.to_id', '=', own.id)]))
        .orderBy('o.name')
        .execute()
    : [];
  // Every relation counts once for the country of each organisation it links.
  const countries = await sql<{ country: string; relations: number }>`
    select o.country, count(*)::int as relations
    from relations r join organisations o on o.id in (r.from_id, r.to_id)
    group by o.country order by relations desc, o.country`.execute(tx);
  return {
    own: own ?? null,
    lines: lines.map((l) => ({ relationId: l.id, type: l.type, status: l.status, to: { id: l.org_id, name: l.name, country: l.country, lat: l.lat, lon: l.lon } })),
    countries: countries.rows,
  };
}

export async function relationGraph(tx: Tx, q: z.infer<typeof GraphQuery>) {
  let edges = tx.selectFrom('relations as r').select(['r.id', 'r.from_id', 'r.to_id', 'r.type', 'r.status']).orderBy('r.created_at', 'desc').limit(q.limit);
  if (q.type) edges = edges.where('r.type', '=', q.type);
  if (q.status) edges = edges.where('r.status', '=', q.status);
  const rows = await edges.execute();
  const ids = [...new Set(rows.flatMap((r) => [r.from_id, r.to_id]))];
  const nodes = ids.length
    ? await tx.selectFrom('organisations').select(['id', 'name', 'kind', 'country', 'is_own', 'is_local']).where('id', 'in', ids).execute()
    : [];
  const degree = new Map<string, number>();
  for (const r of rows) for (const id of [r.from_id, r.to_id]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return {
    nodes: nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, country: n.country, isOwn: n.is_own, isLocal: n.is_local, degree: degree.get(n.id) ?? 0 })),
    edges: rows.map((r) => ({ id: r.id, source: r.from_id, target: r.to_id, type: r.type, status: r.status })),
    truncated: rows.length === q.limit,
  };
}
