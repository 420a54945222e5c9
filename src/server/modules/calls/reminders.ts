// Reminders before call deadlines: a recurring job (every 15 minutes) that finds, across
// workspaces, the followers whose reminder is due by the clock (calls/deadlines.ts dueReminder),
// and for each writes the reminder row and queues the mail in one transaction of that workspace.
// The row's key (call, person, stage, days before, deadline) makes each reminder go out once,
// however many processes run the job.
import { sql, type Kysely } from 'kysely';
import type { DB, Locale } from '../../db/types.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { timeZoneOf } from '../cases/due-dates.ts';
import type { JobKind } from '../jobs/scheduler.ts';
import { queueMail } from '../mail/service.ts';
import { renderMail } from '../mail/templates.ts';
import { daysLeft, dueReminder } from './deadlines.ts';
import { DEFAULT_REMINDER_DAYS } from './service.ts';

interface Candidate {
  workspace_id: string;
  workspace_name: string;
  workspace_slug: string;
  workspace_country: string;
  default_locale: Locale;
  call_id: string;
  identifier: string | null;
  title: string;
  programme_name: string;
  time_zone: string;
  deadline_at: Date;
  stage2_deadline_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  locale: Locale | null;
  followed_at: Date;
  days: number[] | null;
}

const INTL: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
/** Cities of the zones calls are stated in, as Swedes and Danes write them (else the zone's own). */
const CITIES: Partial<Record<Locale, Record<string, string>>> = {
  sv: { Brussels: 'Bryssel', Copenhagen: 'Köpenhamn', Warsaw: 'Warszawa', Helsinki: 'Helsingfors', Vilnius: 'Vilnius', London: 'London' },
  da: { Brussels: 'Bruxelles', Copenhagen: 'København', Warsaw: 'Warszawa', Stockholm: 'Stockholm', Helsinki: 'Helsinki' },
};
const city = (zone: string, lang: Locale) => {
  const name = zone.split('/').pop()!.replace(/_/g, ' ');
  return CITIES[lang]?.[name] ?? name;
};
const ZONE_NAMES: Record<Locale, (zone: string) => string> = {
  sv: (z) => `tid i ${city(z, 'sv')}`,
  da: (z) => `tid i ${city(z, 'da')}`,
  en: (z) => `${city(z, 'en')} time`,
};
const WHERE_YOU_ARE: Record<Locale, (time: string) => string> = {
  sv: (x) => `, det vill säga ${x} hos er`,
  da: (x) => `, det vil sige ${x} hos jer`,
  en: (x) => `, that is ${x} where you are`,
};
const STAGE2: Record<Locale, string> = { sv: 'Det gäller andra steget. ', da: 'Det gælder anden fase. ', en: 'This is for the second stage. ' };

function left(days: number, lang: Locale) {
  const words = {
    sv: days === 0 ? 'i dag' : days === 1 ? 'i morgon' : `om ${days} dagar`,
    da: days === 0 ? 'i dag' : days === 1 ? 'i morgen' : `om ${days} dage`,
    en: days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`,
  };
  return words[lang];
}

const when = (at: Date, zone: string, lang: Locale) =>
  new Intl.DateTimeFormat(INTL[lang], { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(at);

/** The deadline in the workspace's own zone too, when its clocks show another time. */
function localAlso(deadline: Date, zone: string, home: string, lang: Locale) {
  const there = when(deadline, zone, lang);
  const here = when(deadline, home, lang);
  return there === here ? '' : WHERE_YOU_ARE[lang](here);
}

/** Followers of calls with a deadline still ahead, across workspaces (the owning role). */
async function candidates(db: Kysely<DB>, now: Date, maxDays: number) {
  const { rows } = await sql<Candidate>`
    select c.workspace_id, w.name as workspace_name, w.slug as workspace_slug, w.country as workspace_country, w.default_locale,
      c.id as call_id, c.identifier, c.title, g.name as programme_name, c.time_zone, c.deadline_at, c.stage2_deadline_at,
      u.id as user_id, u.email, u.name, u.locale, f.created_at as followed_at, s.reminder_days as days
    from call_followers f
    join calls c on c.id = f.call_id
    join programmes g on g.id = c.programme_id
    join workspaces w on w.id = c.workspace_id
    join users u on u.id = f.user_id and u.disabled_at is null
    join memberships m on m.workspace_id = f.workspace_id and m.user_id = f.user_id
    left join call_settings s on s.workspace_id = c.workspace_id
    where (c.deadline_at > ${now}::timestamptz and c.deadline_at <= ${now}::timestamptz + ${maxDays} * interval '1 day')
       or (c.stage2_deadline_at > ${now}::timestamptz and c.stage2_deadline_at <= ${now}::timestamptz + ${maxDays} * interval '1 day')`.execute(db);
  return rows;
}

export interface ReminderReport {
  sent: number;
}

/** Sends the reminders due at `now`; each at most once. */
export async function sendDueReminders(db: Kysely<DB>, now: Date, baseUrl: string): Promise<ReminderReport> {
  const longest = await sql<{ n: number | null }>`select max(d)::int as n from call_settings, unnest(reminder_days) d`.execute(db);
  const maxDays = Math.max(...DEFAULT_REMINDER_DAYS, Number(longest.rows[0]?.n ?? 0));
  let sent = 0;
  for (const c of await candidates(db, now, maxDays)) {
    const days = (c.days ?? DEFAULT_REMINDER_DAYS).map(Number);
    const stages: [1 | 2, Date | null][] = [[1, c.deadline_at], [2, c.stage2_deadline_at]];
    for (const [stage, deadline] of stages) {
      if (!deadline) continue;
      const due = dueReminder(deadline, days, c.followed_at, now);
      if (due === null) continue;
      const done = await inWorkspace(db, { workspaceId: c.workspace_id, userId: c.user_id }, async (tx) => {
        const row = await tx
          .insertInto('call_reminders')
          .values({ workspace_id: c.workspace_id, call_id: c.call_id, user_id: c.user_id, stage, days_before: due, deadline_at: deadline, sent_at: now })
          .onConflict((oc) => oc.doNothing())
          .returning('call_id')
          .executeTakeFirst();
        if (!row) return false;
        const lang = c.locale ?? c.default_locale;
        const name = c.identifier ? `${c.identifier} ${c.title}` : c.title;
        const mail = renderMail('call.reminder', lang, {
          name: c.name,
          call: name,
          programme: c.programme_name,
          stage: stage === 2 ? STAGE2[lang] : '',
          deadline: when(deadline, c.time_zone, lang),
          zone: ZONE_NAMES[lang](c.time_zone),
          local: localAlso(deadline, c.time_zone, timeZoneOf(c.workspace_country), lang),
          left: left(daysLeft(deadline, now), lang),
          link: `${baseUrl}/w/${c.workspace_slug}/projects/calls/${c.call_id}`,
          workspace: c.workspace_name,
        });
        const queued = await queueMail(tx, { workspaceId: c.workspace_id, to: c.email, related: { type: 'call', id: c.call_id }, ...mail });
        await tx.updateTable('call_reminders').set({ mail_id: queued.id }).where('call_id', '=', c.call_id).where('user_id', '=', c.user_id).where('stage', '=', stage).where('days_before', '=', due).where('deadline_at', '=', deadline).execute();
        return true;
      });
      if (done) sent++;
    }
  }
  return { sent };
}

/** The recurring job; `wake` nudges the mail sender after reminders were queued. */
export function callReminderJob(opts: { baseUrl: string; wake?: () => void; everySeconds?: number }): JobKind {
  return {
    kind: 'calls.reminders',
    everySeconds: opts.everySeconds ?? 900,
    handler: async ({ db, now, logger }) => {
      const r = await sendDueReminders(db, now(), opts.baseUrl);
      if (r.sent) {
        logger.info({ sent: r.sent }, 'call reminders queued');
        opts.wake?.();
      }
    },
  };
}
