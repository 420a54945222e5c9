// What the privacy answers say to people, in sv, da and en: why something is kept or erased (the
// sentences of an erasure answer) and the headings of the PDF extract. Written like the server's
// messages: `{name}` placeholders filled by `interpolate`.
import type { Locale } from '../../db/types.ts';
import { interpolate } from '../../i18n/messages.ts';

type Text = Record<Locale, string>;

export const SENTENCES = {
  erasePerson: {
    sv: 'Personen {name} i registret: namn, titel, e-post, telefon, anteckningar och kopplingar till organisationer ({links}).',
    da: 'Personen {name} i registret: navn, titel, e-mail, telefon, noter og tilknytninger til organisationer ({links}).',
    en: 'The person {name} in the register: name, title, e-mail, phone, notes and links to organisations ({links}).',
  },
  eraseCase: {
    sv: 'Ärende {reference}: frågeställarens kontaktuppgifter, frågans text, meddelanden ({messages}), interna anteckningar ({notes}) och bifogade filer ({attachments}); gallringsfristen för kategorin ”{category}” gick ut {date}. Registerraden med nummer, datum, kategori, status och maskerad rubrik finns kvar.',
    da: 'Sag {reference}: spørgerens kontaktoplysninger, henvendelsens tekst, beskeder ({messages}), interne noter ({notes}) og vedhæftede filer ({attachments}); opbevaringstiden for kategorien »{category}« udløb {date}. Journallinjen med nummer, dato, kategori, status og maskeret titel bevares.',
    en: 'Case {reference}: the requester’s contact details, the text of the question, messages ({messages}), internal notes ({notes}) and attached files ({attachments}); the retention period of category “{category}” ended on {date}. The register line with number, date, category, status and masked title is kept.',
  },
  eraseMail: {
    sv: 'E-post i utkorgen till {email} som inte hör till ett ärende som behålls ({count}).',
    da: 'E-mails i udbakken til {email}, som ikke hører til en sag, der bevares ({count}).',
    en: 'E-mail in the outbox to {email} that belongs to no case that is kept ({count}).',
  },
  eraseAudit: {
    sv: 'Personuppgifter i granskningsloggens poster om personen ({count}); posterna finns kvar, utan uppgifterna.',
    da: 'Personoplysninger i revisionsloggens poster om personen ({count}); posterne bevares, uden oplysningerne.',
    en: 'Personal data in the audit log’s entries about the person ({count}); the entries stay, without the data.',
  },
  keepRetention: {
    sv: 'Ärende {reference} behålls till och med {date} enligt gallringsregeln för kategorin ”{category}” ({years} efter avslut). Det innehåller frågeställarens uppgifter som de lämnades.',
    da: 'Sag {reference} bevares til og med {date} efter kassationsreglen for kategorien »{category}« ({years} efter afslutning). Den indeholder spørgerens oplysninger, som de blev givet.',
    en: 'Case {reference} is kept until {date} under the retention rule of category “{category}” ({years} after closing). It holds the requester’s details as they were given.',
  },
  keepOpen: {
    sv: 'Ärende {reference} är öppet och behålls. Enligt regeln för kategorin ”{category}” gallras det {years} efter att det avslutats.',
    da: 'Sag {reference} er åben og bevares. Efter reglen for kategorien »{category}« kasseres den {years} efter afslutning.',
    en: 'Case {reference} is open and is kept. Under the rule of category “{category}” it is disposed of {years} after it is closed.',
  },
  keepForever: {
    sv: 'Ärende {reference} bevaras för alltid enligt regeln för kategorin ”{category}” (allmän handling som arkiveras).',
    da: 'Sag {reference} bevares for altid efter reglen for kategorien »{category}« (arkivpligtig sag).',
    en: 'Case {reference} is kept for ever under the rule of category “{category}” (a public record that is archived).',
  },
  keepMail: {
    sv: 'E-post om ärende {reference} behålls med ärendet ({count}).',
    da: 'E-mails om sag {reference} bevares sammen med sagen ({count}).',
    en: 'E-mail about case {reference} is kept with the case ({count}).',
  },
  alreadyDisposed: {
    sv: 'Ärende {reference} gallrades {date}; där finns inga personuppgifter kvar.',
    da: 'Sag {reference} blev kasseret {date}; der er ingen personoplysninger tilbage.',
    en: 'Case {reference} was disposed of on {date}; no personal data is left in it.',
  },
} satisfies Record<string, Text>;

export type SentenceKey = keyof typeof SENTENCES;

/** A number of years with its unit, for the sentences: "1 year", "2 years", "2 år". */
export function yearsText(locale: Locale, n: number): string {
  if (locale === 'en') return `${n} ${n === 1 ? 'year' : 'years'}`;
  return `${n} år`;
}

export function sentence(locale: Locale, key: SentenceKey, vars: Record<string, string | number>): string {
  return interpolate(SENTENCES[key][locale], vars);
}

/** Headings and labels of the PDF extract. */
export const PDF_LABELS = {
  title: { sv: 'Registerutdrag – personuppgifter', da: 'Registerindsigt – personoplysninger', en: 'Extract of personal data' },
  intro: {
    sv: 'Detta är allt som {workspace} har om den registrerade i Samverkan den {date}. Uppgifterna kommer från personregistret, ärenden där personen är frågeställare, e-post som skickats till personen och loggen över vem som läst uppgifterna.',
    da: 'Dette er alt, hvad {workspace} har om den registrerede i Samverkan den {date}. Oplysningerne kommer fra personregistret, sager hvor personen er spørger, e-mails sendt til personen og loggen over, hvem der har læst oplysningerne.',
    en: 'This is everything {workspace} holds about the data subject in Samverkan on {date}. The data comes from the register of people, cases in which the person asked a question, e-mail sent to the person and the log of who read the data.',
  },
  subject: { sv: 'Den registrerade', da: 'Den registrerede', en: 'Data subject' },
  people: { sv: 'I personregistret', da: 'I personregistret', en: 'In the register of people' },
  cases: { sv: 'Ärenden', da: 'Sager', en: 'Cases' },
  mail: { sv: 'E-post till personen', da: 'E-mails til personen', en: 'E-mail sent to the person' },
  access: { sv: 'Vem har läst uppgifterna', da: 'Hvem har læst oplysningerne', en: 'Who read the data' },
  none: { sv: 'Inget.', da: 'Intet.', en: 'Nothing.' },
  name: { sv: 'Namn', da: 'Navn', en: 'Name' },
  title_: { sv: 'Titel', da: 'Titel', en: 'Title' },
  email: { sv: 'E-post', da: 'E-mail', en: 'E-mail' },
  phone: { sv: 'Telefon', da: 'Telefon', en: 'Phone' },
  language: { sv: 'Språk', da: 'Sprog', en: 'Language' },
  legalBasis: { sv: 'Rättslig grund', da: 'Retsgrundlag', en: 'Legal basis' },
  notes: { sv: 'Anteckningar', da: 'Noter', en: 'Notes' },
  organisations: { sv: 'Organisationer', da: 'Organisationer', en: 'Organisations' },
  added: { sv: 'Tillagd', da: 'Tilføjet', en: 'Added' },
  received: { sv: 'Inkom', da: 'Modtaget', en: 'Received' },
  category: { sv: 'Kategori', da: 'Kategori', en: 'Category' },
  status: { sv: 'Status', da: 'Status', en: 'Status' },
  question: { sv: 'Frågan', da: 'Henvendelsen', en: 'Question' },
  requester: { sv: 'Frågeställaren', da: 'Spørgeren', en: 'Requester' },
  organisation: { sv: 'Organisation', da: 'Organisation', en: 'Organisation' },
  messages: { sv: 'Meddelanden', da: 'Beskeder', en: 'Messages' },
  internalNotes: { sv: 'Interna anteckningar', da: 'Interne noter', en: 'Internal notes' },
  history: { sv: 'Händelser', da: 'Hændelser', en: 'History' },
  attachments: { sv: 'Bifogade filer', da: 'Vedhæftede filer', en: 'Attached files' },
  retention: { sv: 'Bevaras', da: 'Bevares', en: 'Kept' },
  secret: { sv: 'Ärendet är sekretessmarkerat: pröva vad som får lämnas ut.', da: 'Sagen er markeret fortrolig: vurder, hvad der må udleveres.', en: 'The case is marked secret: check what may be disclosed.' },
  subjectLine: { sv: 'Ämne', da: 'Emne', en: 'Subject' },
  sent: { sv: 'Skickat', da: 'Sendt', en: 'Sent' },
  in: { sv: 'In', da: 'Ind', en: 'In' },
  out: { sv: 'Ut', da: 'Ud', en: 'Out' },
  page: { sv: 'Sida {n} av {total}', da: 'Side {n} af {total}', en: 'Page {n} of {total}' },
  keptPeriod: { sv: 'Till och med {date} ({years} efter avslut)', da: 'Til og med {date} ({years} efter afslutning)', en: 'Until {date} ({years} after closing)' },
  keptOpen: { sv: 'Så länge ärendet är öppet, sedan {years} efter avslut', da: 'Så længe sagen er åben, derefter {years} efter afslutning', en: 'While the case is open, then {years} after closing' },
  keptForever: { sv: 'För alltid (arkiveras)', da: 'For altid (arkiveres)', en: 'For ever (archived)' },
  disposedOn: { sv: 'Gallrat {date}', da: 'Kasseret {date}', en: 'Disposed of on {date}' },
  generated: { sv: 'Framtaget {date}', da: 'Udarbejdet {date}', en: 'Made on {date}' },
} satisfies Record<string, Text>;

export const LEGAL_BASIS_LABELS: Record<string, Text> = {
  consent: { sv: 'Samtycke', da: 'Samtykke', en: 'Consent' },
  public_task: { sv: 'Uppgift av allmänt intresse', da: 'Opgave i samfundets interesse', en: 'Public task' },
  legitimate_interest: { sv: 'Berättigat intresse', da: 'Legitim interesse', en: 'Legitimate interest' },
};

export const ACCESS_LABELS: Record<string, Text> = {
  'person.read': { sv: 'Öppnade personen', da: 'Åbnede personen', en: 'Opened the person' },
  'person.create': { sv: 'Lade till personen', da: 'Tilføjede personen', en: 'Added the person' },
  'person.update': { sv: 'Ändrade personen', da: 'Ændrede personen', en: 'Changed the person' },
  'case.requester_read': { sv: 'Läste frågeställarens kontaktuppgifter', da: 'Læste spørgerens kontaktoplysninger', en: 'Read the requester’s contact details' },
  'case.requester_update': { sv: 'Ändrade frågeställarens uppgifter', da: 'Ændrede spørgerens oplysninger', en: 'Changed the requester’s details' },
  'privacy.export': { sv: 'Tog ut ett registerutdrag', da: 'Lavede en registerindsigt', en: 'Exported the personal data' },
  'privacy.lookup': { sv: 'Sökte fram personens uppgifter', da: 'Fandt personens oplysninger', en: 'Looked up the person’s data' },
};
