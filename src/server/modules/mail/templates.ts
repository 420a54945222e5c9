// Mail templates: subject and plain-text body in sv, da and en, with `{name}` placeholders as in
// the server's messages (src/server/i18n/messages.ts). The placeholders a template uses are its
// variables, checked by the compiler: renderMail('case.receipt', 'sv', {}) does not compile.
import type { Locale } from '../../db/types.ts';
import { interpolate } from '../../i18n/messages.ts';

interface Template {
  subject: Record<Locale, string>;
  text: Record<Locale, string>;
}

export const mailTemplates = {
  /** To the person who asked: the question is registered, with its number. */
  'case.receipt': {
    subject: {
      sv: 'Vi har tagit emot din fråga ({reference})',
      da: 'Vi har modtaget din henvendelse ({reference})',
      en: 'We have received your question ({reference})',
    },
    text: {
      sv: 'Hej!\n\nTack för att du kontaktade {workspace}. Vi har registrerat din fråga med diarienummer {reference}. Ange gärna numret om du hör av dig till oss igen om samma fråga.\n\nVi svarar så snart vi kan.\n\nMed vänlig hälsning\n{workspace}',
      da: 'Hej\n\nTak, fordi du kontaktede {workspace}. Vi har journaliseret din henvendelse med sagsnummer {reference}. Oplys gerne nummeret, hvis du kontakter os igen om samme sag.\n\nVi svarer så hurtigt, vi kan.\n\nMed venlig hilsen\n{workspace}',
      en: 'Hello,\n\nThank you for contacting {workspace}. We have registered your question with the reference number {reference}. Please quote it if you contact us again about the same question.\n\nWe will answer as soon as we can.\n\nKind regards\n{workspace}',
    },
  },
  /** To a partner organisation: a question is referred to them, with the officer's note. */
  'case.referral': {
    subject: {
      sv: 'Hänvisad fråga från {workspace} ({reference})',
      da: 'Henvist henvendelse fra {workspace} ({reference})',
      en: 'Question referred by {workspace} ({reference})',
    },
    text: {
      sv: 'Till {partner}\n\n{workspace} hänvisar en fråga till er, eftersom den gäller er verksamhet. Den som frågade har fått veta att frågan gått vidare till er.\n\n{message}\n\nFrågan har diarienummer {reference} hos oss. Kontakta {officer} om något är oklart.\n\nMed vänlig hälsning\n{officer}\n{workspace}',
      da: 'Til {partner}\n\n{workspace} henviser en henvendelse til jer, fordi den vedrører jeres område. Den, der spurgte, har fået besked om, at henvendelsen er sendt videre til jer.\n\n{message}\n\nHenvendelsen har sagsnummer {reference} hos os. Kontakt {officer}, hvis noget er uklart.\n\nMed venlig hilsen\n{officer}\n{workspace}',
      en: 'To {partner}\n\n{workspace} is referring a question to you, as it concerns your field. The person who asked has been told that the question was passed on to you.\n\n{message}\n\nThe question has the reference number {reference} with us. Contact {officer} if anything is unclear.\n\nKind regards\n{officer}\n{workspace}',
    },
  },
  /** To the person who asked: the question went on to a partner organisation. */
  'case.referred': {
    subject: {
      sv: 'Din fråga har skickats vidare ({reference})',
      da: 'Din henvendelse er sendt videre ({reference})',
      en: 'Your question has been passed on ({reference})',
    },
    text: {
      sv: 'Hej!\n\nDin fråga till {workspace} med diarienummer {reference} gäller något som {partner} kan hjälpa dig med. Vi har därför skickat den vidare till dem, och de hör av sig till dig.\n\nMed vänlig hälsning\n{workspace}',
      da: 'Hej\n\nDin henvendelse til {workspace} med sagsnummer {reference} handler om noget, som {partner} kan hjælpe dig med. Vi har derfor sendt den videre til dem, og de kontakter dig.\n\nMed venlig hilsen\n{workspace}',
      en: 'Hello,\n\nYour question to {workspace} with the reference number {reference} concerns something that {partner} can help you with. We have therefore passed it on to them, and they will contact you.\n\nKind regards\n{workspace}',
    },
  },
  /** To an officer who follows a call for proposals: a deadline is near. */
  'call.reminder': {
    subject: {
      sv: 'Påminnelse: {call} stänger {left}',
      da: 'Påmindelse: {call} lukker {left}',
      en: 'Reminder: {call} closes {left}',
    },
    text: {
      sv: 'Hej {name}!\n\nDu följer utlysningen {call} i {programme}. {stage}Sista dag är {deadline} ({zone}){local}.\n\nUtlysningen i Samverkan: {link}\n\nDu får påminnelser eftersom du följer utlysningen. Sluta följa den på samma sida om du inte längre vill ha dem.\n\n{workspace}',
      da: 'Hej {name}\n\nDu følger indkaldelsen {call} i {programme}. {stage}Fristen er {deadline} ({zone}){local}.\n\nIndkaldelsen i Samverkan: {link}\n\nDu får påmindelser, fordi du følger indkaldelsen. Stop med at følge den på samme side, hvis du ikke længere vil have dem.\n\n{workspace}',
      en: 'Hello {name},\n\nYou follow the call {call} in {programme}. {stage}The deadline is {deadline} ({zone}){local}.\n\nThe call in Samverkan: {link}\n\nYou get reminders because you follow the call. Stop following it on the same page if you no longer want them.\n\n{workspace}',
    },
  },
} as const satisfies Record<string, Template>;

export type MailTemplateKey = keyof typeof mailTemplates;

/** 'Hej {name}, {x}' → 'name' | 'x' */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type TemplateTexts<K extends MailTemplateKey> = (typeof mailTemplates)[K]['subject' | 'text'][Locale];

/** The variables of a template: every placeholder in its subject and body, in any language. */
export type MailVars<K extends MailTemplateKey> = Record<Placeholders<TemplateTexts<K>>, string | number | Date>;

export interface RenderedMail {
  template: MailTemplateKey;
  language: Locale;
  subject: string;
  text: string;
  html: string;
}

const INTL: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Subject, text and HTML of a template in one language; dates and numbers in its format. */
export function renderMail<K extends MailTemplateKey>(template: K, language: Locale, vars: MailVars<K>): RenderedMail {
  const tpl: Template = mailTemplates[template];
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars as Record<string, string | number | Date>)) {
    values[k] =
      v instanceof Date
        ? new Intl.DateTimeFormat(INTL[language], { dateStyle: 'long' }).format(v)
        : typeof v === 'number'
          ? new Intl.NumberFormat(INTL[language]).format(v)
          : v;
  }
  const subject = interpolate(tpl.subject[language], values);
  const text = interpolate(tpl.text[language], values);
  return { template, language, subject, text, html: htmlFromText(text, subject, language) };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The HTML alternative of a plain-text mail: paragraphs and line breaks, nothing else. Its `lang`
 * lets a screen reader in the mail program read it in the right language.
 */
export function htmlFromText(text: string, subject: string, language: Locale): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html>\n<html lang="${language}">\n<head><meta charset="utf-8"><title>${escape(subject)}</title></head>\n<body>\n${paragraphs}\n</body>\n</html>\n`;
}

/** The placeholders a text uses, for the test that every language of a template uses the same. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
