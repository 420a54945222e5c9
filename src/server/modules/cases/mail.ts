// Mail about a case: the receipt with the registration number, the answer, and the referral notices
// (to the requester, and the question itself to the partner). Each goes to the outbox in the
// caller's transaction (queueMail) and is kept with the case as a message, so the case shows what
// was sent even after the outbox is cleaned.
import type { Tx } from '../../db/tenancy.ts';
import type { CaseChannel, Locale } from '../../db/types.ts';
import { interpolate } from '../../i18n/messages.ts';
import { queueMail } from '../mail/service.ts';
import { htmlFromText, renderMail } from '../mail/templates.ts';
import type { WorkspaceFacts } from './register.ts';

/** The mail language: the case's when we write it, else the workspace's. */
export function mailLanguage(language: string, ws: WorkspaceFacts): Locale {
  return language === 'sv' || language === 'da' || language === 'en' ? language : ws.defaultLocale;
}

interface CaseMailContext {
  ws: WorkspaceFacts;
  caseId: string;
  reference: string;
  language: string;
  authorId: string | null;
}

async function keep(tx: Tx, m: CaseMailContext, kind: 'receipt' | 'answer' | 'referral', to: string, subject: string, body: string, channel: CaseChannel = 'email') {
  await tx
    .insertInto('case_messages')
    .values({ workspace_id: m.ws.id, case_id: m.caseId, direction: 'out', kind, channel, recipient: to, subject, body, author_id: m.authorId })
    .execute();
}

/** The receipt: the question is registered, with its number. */
export async function queueCaseReceipt(tx: Tx, m: CaseMailContext, to: string) {
  const mail = renderMail('case.receipt', mailLanguage(m.language, m.ws), { reference: m.reference, workspace: m.ws.name });
  await queueMail(tx, { workspaceId: m.ws.id, to, related: { type: 'case', id: m.caseId }, createdBy: m.authorId, ...mail });
  await keep(tx, m, 'receipt', to, mail.subject, mail.text);
}

const ANSWER = {
  subject: { sv: 'Svar på din fråga ({reference})', da: 'Svar på din henvendelse ({reference})', en: 'Answer to your question ({reference})' },
  text: {
    sv: 'Hej!\n\n{answer}\n\nDin fråga har diarienummer {reference}. Ange gärna numret om du hör av dig igen.\n\nMed vänlig hälsning\n{officer}\n{workspace}',
    da: 'Hej\n\n{answer}\n\nDin henvendelse har sagsnummer {reference}. Oplys gerne nummeret, hvis du kontakter os igen.\n\nMed venlig hilsen\n{officer}\n{workspace}',
    en: 'Hello,\n\n{answer}\n\nYour question has the reference number {reference}. Please quote it if you contact us again.\n\nKind regards\n{officer}\n{workspace}',
  },
} as const;

/** The answer, in the case's language, signed by the officer. */
export async function queueCaseAnswer(tx: Tx, m: CaseMailContext, to: string, answer: string, officer: string) {
  const language = mailLanguage(m.language, m.ws);
  const vars = { reference: m.reference, workspace: m.ws.name, answer, officer };
  const subject = interpolate(ANSWER.subject[language], vars);
  const text = interpolate(ANSWER.text[language], vars);
  await queueMail(tx, { workspaceId: m.ws.id, to, language, subject, text, html: htmlFromText(text, subject, language), template: 'case.answer', related: { type: 'case', id: m.caseId }, createdBy: m.authorId });
  await keep(tx, m, 'answer', to, subject, answer);
}

/** Tells the requester their question went on to a partner. */
export async function queueReferralNotice(tx: Tx, m: CaseMailContext, to: string, partner: string) {
  const mail = renderMail('case.referred', mailLanguage(m.language, m.ws), { reference: m.reference, workspace: m.ws.name, partner });
  await queueMail(tx, { workspaceId: m.ws.id, to, related: { type: 'case', id: m.caseId }, createdBy: m.authorId, ...mail });
  await keep(tx, m, 'referral', to, mail.subject, mail.text);
}

/** Sends the question to the partner, in the workspace's language, with what they need to reply. */
export async function queueReferralToPartner(tx: Tx, m: CaseMailContext, to: string, partner: string, message: string, officer: string) {
  const mail = renderMail('case.referral', m.ws.defaultLocale, { reference: m.reference, workspace: m.ws.name, partner, message, officer });
  await queueMail(tx, { workspaceId: m.ws.id, to, related: { type: 'case', id: m.caseId }, createdBy: m.authorId, ...mail });
}
