// The mail that refers a case to a partner organisation: the question and (when staff choose) how
// to reach the person who asked, the officer's note, and the personal link to confirm receipt.
// Never internal notes, the history or other messages. Parts that are empty are left out, so the
// text is put together from translated pieces rather than one template.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { interpolate } from '../../i18n/messages.ts';
import { queueMail } from '../mail/service.ts';
import { htmlFromText } from '../mail/templates.ts';
import type { WorkspaceFacts } from './register.ts';

const INTL: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

const TEXT = {
  subject: {
    sv: 'Hänvisat ärende från {workspace} ({reference}) – bekräfta mottagandet',
    da: 'Henvist sag fra {workspace} ({reference}) – bekræft modtagelsen',
    en: 'Case referred by {workspace} ({reference}) – please confirm receipt',
  },
  intro: {
    sv: 'Till {partner}\n\n{workspace} hänvisar ett ärende till er, eftersom det gäller er verksamhet. Den som frågade har fått veta att ärendet gått vidare till er.',
    da: 'Til {partner}\n\n{workspace} henviser en sag til jer, fordi den vedrører jeres område. Den, der spurgte, har fået besked om, at sagen er sendt videre til jer.',
    en: 'To {partner}\n\n{workspace} is referring a case to you, as it concerns your field. The person who asked has been told that the case was passed on to you.',
  },
  facts: { sv: 'Diarienummer: {reference}\nRubrik: {title}', da: 'Sagsnummer: {reference}\nOverskrift: {title}', en: 'Reference number: {reference}\nTitle: {title}' },
  question: { sv: 'Frågan:\n{question}', da: 'Henvendelsen:\n{question}', en: 'The question:\n{question}' },
  contact: { sv: 'Den som frågade:\n{lines}', da: 'Den, der spurgte:\n{lines}', en: 'The person who asked:\n{lines}' },
  noContact: {
    sv: 'Kontaktuppgifter till den som frågade får ni av {officer} om ni behöver dem.',
    da: 'Kontaktoplysninger på den, der spurgte, får I af {officer}, hvis I har brug for dem.',
    en: 'Ask {officer} for the contact details of the person who asked if you need them.',
  },
  name: { sv: 'Namn: {value}', da: 'Navn: {value}', en: 'Name: {value}' },
  organisation: { sv: 'Organisation: {value}', da: 'Organisation: {value}', en: 'Organisation: {value}' },
  email: { sv: 'E-post: {value}', da: 'E-mail: {value}', en: 'E-mail: {value}' },
  phone: { sv: 'Telefon: {value}', da: 'Telefon: {value}', en: 'Phone: {value}' },
  note: { sv: 'Meddelande från {officer}:\n{note}', da: 'Besked fra {officer}:\n{note}', en: 'Message from {officer}:\n{note}' },
  confirm: {
    sv: 'Bekräfta att ni har tagit emot ärendet på sidan nedan (ingen inloggning behövs). Länken är personlig och gäller till och med {expires}.\n{link}',
    da: 'Bekræft, at I har modtaget sagen, på siden nedenfor (det kræver ikke login). Linket er personligt og gælder til og med {expires}.\n{link}',
    en: 'Please confirm that you have received the case on the page below (no login needed). The link is personal and valid until {expires}.\n{link}',
  },
  footer: {
    sv: 'Ärendet finns kvar i vårt diarium. Kontakta {officer} om något är oklart.\n\nMed vänlig hälsning\n{officer}\n{workspace}',
    da: 'Sagen forbliver i vores journal. Kontakt {officer}, hvis noget er uklart.\n\nMed venlig hilsen\n{officer}\n{workspace}',
    en: 'The case stays in our register. Contact {officer} if anything is unclear.\n\nKind regards\n{officer}\n{workspace}',
  },
} as const;

export interface ReferralMail {
  ws: WorkspaceFacts;
  caseId: string;
  language: Locale;
  to: string;
  partner: string;
  reference: string;
  title: string;
  question: string;
  /** The requester's details, when staff chose to send them. */
  contact: { name: string | null; organisation: string | null; email: string | null; phone: string | null } | null;
  note: string | null;
  officer: string;
  link: string;
  expiresAt: Date;
  authorId: string | null;
}

/** Subject and text of the referral mail in its language. */
export function renderReferral(m: ReferralMail) {
  const l = m.language;
  const expires = new Intl.DateTimeFormat(INTL[l], { dateStyle: 'long', timeZone: m.ws.timeZone }).format(m.expiresAt);
  const vars = { workspace: m.ws.name, partner: m.partner, reference: m.reference, title: m.title, question: m.question, officer: m.officer, note: m.note ?? '', link: m.link, expires };
  const say = (key: keyof typeof TEXT, extra: Record<string, string> = {}) => interpolate(TEXT[key][l], { ...vars, ...extra });
  const contactLines = m.contact
    ? (['name', 'organisation', 'email', 'phone'] as const).filter((k) => m.contact![k]).map((k) => say(k, { value: m.contact![k]! }))
    : [];
  const parts = [
    say('intro'),
    say('facts'),
    m.question.trim() ? say('question') : '',
    contactLines.length ? say('contact', { lines: contactLines.join('\n') }) : say('noContact'),
    m.note ? say('note') : '',
    say('confirm'),
    say('footer'),
  ].filter(Boolean);
  return { subject: say('subject'), text: parts.join('\n\n') };
}

/** Queues the referral in the caller's transaction; it is sent after commit. */
export async function queueReferralMail(tx: Tx, m: ReferralMail) {
  const { subject, text } = renderReferral(m);
  return queueMail(tx, {
    workspaceId: m.ws.id,
    to: m.to,
    language: m.language,
    subject,
    text,
    html: htmlFromText(text, subject, m.language),
    template: 'case.referral_receipt',
    related: { type: 'case', id: m.caseId },
    createdBy: m.authorId,
  });
}
