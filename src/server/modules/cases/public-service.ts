// The public side of the case desk. The workspace is found by its slug as the owning role (there
// is no session to say which workspace); everything after that runs inside that workspace under
// row-level security, like any member's request.
import type { Kysely } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { DB } from '../../db/types.ts';
import { asSystem, inWorkspace } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { categoryByCode, ensureCaseVocabularies, registerByCode } from './categories.ts';
import { timeZoneOf } from './due-dates.ts';
import { checkOrganisationNumber, schemeForCountry } from './fields.ts';
import { PUBLIC_LIMITS, type PublicQuestion } from './public-schema.ts';
import { registerCase, type WorkspaceFacts } from './register.ts';
import { organisationByNumber } from './requester.ts';
import { REQUESTER_KINDS } from './workflow.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * Workspaces found by slug, for a few seconds: under a flood of submissions the lookup was a
 * transaction of its own per request. A renamed workspace shows its new name within WORKSPACE_TTL_MS.
 */
const WORKSPACE_TTL_MS = 5_000;
const found = new WeakMap<Kysely<DB>, Map<string, { ws: WorkspaceFacts; at: number }>>();

/** The workspace behind a public address, or null (an unknown slug is a plain 404, never cached). */
export async function findPublicWorkspace(db: Kysely<DB>, slug: string): Promise<WorkspaceFacts | null> {
  if (!SLUG.test(slug)) return null;
  const cache = found.get(db) ?? new Map<string, { ws: WorkspaceFacts; at: number }>();
  found.set(db, cache);
  const hit = cache.get(slug);
  if (hit && performance.now() - hit.at < WORKSPACE_TTL_MS) return hit.ws;
  const w = await asSystem(db, (tx) => tx.selectFrom('workspaces').select(['id', 'name', 'slug', 'country', 'default_locale']).where('slug', '=', slug).executeTakeFirst());
  if (!w) {
    cache.delete(slug);
    return null;
  }
  const ws = { id: w.id, name: w.name, slug: w.slug, country: w.country, defaultLocale: w.default_locale, timeZone: timeZoneOf(w.country) };
  if (cache.size > 1000) cache.clear();
  cache.set(slug, { ws, at: performance.now() });
  return ws;
}

/**
 * At most this many registrations per workspace are in the database at once; the rest wait here.
 * Registrations of one register take their numbers one after another (the counter row's lock), so
 * more in flight only adds waiters that each hold a pooled connection — which staff reading cases
 * then wait for. Three keep the next ones ready while one holds the number and leave the rest of the pool to staff.
 */
const REGISTRATIONS_IN_FLIGHT = 3;
const gates = new Map<string, { running: number; waiting: (() => void)[] }>();

async function gated<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const gate = gates.get(key) ?? { running: 0, waiting: [] };
  gates.set(key, gate);
  if (gate.running >= REGISTRATIONS_IN_FLIGHT) await new Promise<void>((resolve) => gate.waiting.push(resolve));
  else gate.running++;
  try {
    return await fn();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else if (--gate.running === 0) gates.delete(key);
  }
}

export async function publicForm(db: Kysely<DB>, ws: WorkspaceFacts) {
  const topics = await inWorkspace(db, { workspaceId: ws.id }, async (tx) => {
    await ensureCaseVocabularies(tx, ws.id);
    return tx.selectFrom('case_categories').select(['code', 'labels', 'response_days']).where('active', '=', true).where('is_public', '=', true).orderBy('sort').orderBy('code').execute();
  });
  return {
    workspace: { name: ws.name, slug: ws.slug, country: ws.country, timeZone: ws.timeZone },
    languages: ['sv', 'da', 'en'] as ('sv' | 'da' | 'en')[],
    defaultLanguage: ws.defaultLocale,
    requesterKinds: [...REQUESTER_KINDS],
    topics: topics.map((t) => ({ code: t.code, labels: t.labels, responseDays: t.response_days })),
    organisationNumberScheme: schemeForCountry(ws.country),
    limits: { ...PUBLIC_LIMITS },
  };
}

/** The start of the question as its title when the form had no subject: first line, whole words. */
export function titleFrom(question: string, max = 120): string {
  const line = question.split(/\r?\n/).find((l) => l.trim())?.trim() ?? question.trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The public topic's category and the default register in one round trip (every registration
 * waits for it); an unknown topic is the same field error as categoryByCode's, and a workspace
 * without registers yet gets its vocabulary as registerByCode does.
 */
async function topicAndRegister(tx: Tx, workspaceId: string, topic: string) {
  const row = await tx
    .selectFrom('case_categories')
    .select(['id', 'code', 'labels', 'response_days', 'retention_years'])
    .select((eb) => eb.selectFrom('case_registers').select('code').where('is_default', '=', true).limit(1).as('register'))
    .where('code', '=', topic)
    .where('active', '=', true)
    .where('is_public', '=', true)
    .executeTakeFirst();
  if (!row?.register) return { category: row ?? (await categoryByCode(tx, topic, 'topic', { publicOnly: true })), register: await registerByCode(tx, workspaceId, undefined, 'topic') };
  const { register, ...category } = row;
  return { category, register };
}

/** A filled-in hidden field means a robot: refused like bad input, and counted, never stored. */
export const isHoneypotHit = (q: PublicQuestion) => Boolean(q.homepage?.trim());

export async function submitQuestion(db: Kysely<DB>, ws: WorkspaceFacts, q: PublicQuestion, now: Date, requestId: string) {
  if (isHoneypotHit(q)) throw new AppError(422, 'case.form_rejected');
  const num = checkOrganisationNumber(q.organisationNumber, q.organisationNumberScheme, ws.country);
  return gated(ws.id, () => inWorkspace(db, { workspaceId: ws.id }, async (tx) => {
    const { category, register } = await topicAndRegister(tx, ws.id, q.topic);
    const organisationId = num.number ? await organisationByNumber(tx, num.scheme!, num.number) : null;
    const created = await registerCase(
      tx,
      ws,
      { userId: null, requestId },
      {
        register,
        channel: 'web',
        receivedAt: now,
        language: q.language,
        category,
        title: q.subject || titleFrom(q.question),
        description: q.question,
        priority: 'normal',
        unitId: null,
        assigneeId: null,
        requester: {
          kind: q.requesterKind,
          name: q.name,
          email: q.email,
          phone: q.phone,
          organisationName: q.organisationName,
          organisationNumber: num.number,
          organisationNumberScheme: num.scheme,
          personId: null,
          organisationId,
          consentAt: now,
        },
        organisationIds: [],
        secret: false,
        secretReason: null,
      },
      now,
      q.email,
    );
    return {
      reference: created.reference,
      receivedAt: now.toISOString(),
      dueOn: created.dueOn,
      topic: { code: category.code, labels: category.labels },
      language: q.language,
      emailReceipt: Boolean(q.email),
    };
  }));
}
