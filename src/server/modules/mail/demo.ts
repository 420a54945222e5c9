// Demo content for the outbox: what a week of the case desk's mail looks like — receipts and a
// referral that went out, one address that bounced, and one message held because the demo runs
// without an SMTP server.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale, MailStatus } from '../../db/types.ts';
import { insertMail } from './queries.ts';
import { renderMail, type MailTemplateKey, type MailVars } from './templates.ts';

interface DemoMail<K extends MailTemplateKey> {
  template: K;
  language: Locale;
  to: string;
  vars: Omit<MailVars<K>, 'workspace'>;
  status: MailStatus;
  daysAgo: number;
  error?: string;
}

/** One of the templates, with its own variables. */
type AnyDemoMail = { [K in MailTemplateKey]: DemoMail<K> }[MailTemplateKey];

const DAY = 86_400_000;

export async function seedDemoMail(tx: Tx, ws: { workspaceId: string; name: string; userId: string }, now = new Date()) {
  const mails: AnyDemoMail[] = [
    { template: 'case.receipt', language: 'sv', to: 'karin.nystrom@nystroms-bageri.example', vars: { reference: 'KS 2026/0038' }, status: 'sent', daysAgo: 6 },
    {
      template: 'case.referral',
      language: 'sv',
      to: 'radgivning@almi-gavleborg.example',
      vars: {
        reference: 'KS 2026/0038',
        partner: 'Almi Företagspartner Gävleborg',
        officer: 'Märta Håkansson',
        message: 'Nyströms Bageri i Östanvik vill börja sälja till Norge och undrar hur de kan finansiera en ny ugn och exportrådgivning. Kontaktperson: Karin Nyström, karin.nystrom@nystroms-bageri.example.',
      },
      status: 'sent',
      daysAgo: 5,
    },
    { template: 'case.referred', language: 'sv', to: 'karin.nystrom@nystroms-bageri.example', vars: { reference: 'KS 2026/0038', partner: 'Almi Företagspartner Gävleborg' }, status: 'sent', daysAgo: 5 },
    { template: 'case.receipt', language: 'en', to: 'j.miller@northbay-trading.example', vars: { reference: 'KS 2026/0040' }, status: 'failed', daysAgo: 2, error: '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table' },
    { template: 'case.receipt', language: 'da', to: 'mette.skov@skov-tekstil.example', vars: { reference: 'KS 2026/0041' }, status: 'held', daysAgo: 0 },
  ];
  for (const m of mails) {
    const r = renderMail(m.template, m.language, { ...m.vars, workspace: ws.name } as MailVars<MailTemplateKey>);
    const at = new Date(now.getTime() - m.daysAgo * DAY - 3_600_000);
    await insertMail(tx, {
      workspace_id: ws.workspaceId,
      to_address: m.to,
      subject: r.subject,
      body_text: r.text,
      body_html: r.html,
      language: r.language,
      template: r.template,
      status: m.status,
      attempts: m.status === 'held' ? 0 : 1,
      last_error: m.error ?? null,
      created_by: ws.userId,
      created_at: at,
      next_attempt_at: at,
      sent_at: m.status === 'sent' ? new Date(at.getTime() + 4_000) : null,
    });
  }
}
