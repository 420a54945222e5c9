// Messages the server sends to people (problem+json titles and field errors), in each language.
import type { Locale } from '../db/types.ts';
import { identifierMessages } from '../../shared/identifiers/messages.ts';

export const LOCALES: Locale[] = ['sv', 'da', 'en'];

type Entry = Record<Locale, string>;

export const messages = {
  'problem.validation': {
    sv: 'Några uppgifter är felaktiga. Rätta de markerade fälten och försök igen.',
    da: 'Nogle oplysninger er forkerte. Ret de markerede felter, og prøv igen.',
    en: 'Some details are not valid. Correct the marked fields and try again.',
  },
  'problem.unauthenticated': {
    sv: 'Du är inte inloggad, eller så har din session gått ut. Logga in igen.',
    da: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
    en: 'You are not logged in, or your session has expired. Please log in again.',
  },
  'problem.forbidden': {
    sv: 'Du har inte behörighet att göra detta.',
    da: 'Du har ikke adgang til at gøre dette.',
    en: 'You do not have permission to do this.',
  },
  'problem.csrf': {
    sv: 'Begäran saknar giltig säkerhetstoken. Ladda om sidan och försök igen.',
    da: 'Anmodningen mangler et gyldigt sikkerhedstoken. Genindlæs siden, og prøv igen.',
    en: 'The request lacks a valid security token. Reload the page and try again.',
  },
  'problem.not_found': {
    sv: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    da: 'Det, du søger, findes ikke, eller du har ikke adgang til det.',
    en: 'What you are looking for does not exist, or you do not have access to it.',
  },
  'problem.conflict': {
    sv: 'Ändringen krockar med befintliga uppgifter.',
    da: 'Ændringen er i konflikt med eksisterende oplysninger.',
    en: 'The change conflicts with existing data.',
  },
  'problem.too_many_requests': {
    sv: 'För många försök. Vänta en stund och försök igen.',
    da: 'For mange forsøg. Vent lidt, og prøv igen.',
    en: 'Too many attempts. Wait a while and try again.',
  },
  'problem.payload_too_large': {
    sv: 'Begäran är för stor.',
    da: 'Anmodningen er for stor.',
    en: 'The request is too large.',
  },
  'problem.internal': {
    sv: 'Något gick fel hos oss. Inget har ändrats. Försök igen om en stund.',
    da: 'Noget gik galt hos os. Intet er ændret. Prøv igen om lidt.',
    en: 'Something went wrong on our side. Nothing was changed. Try again in a moment.',
  },
  'auth.invalid_credentials': {
    sv: 'Fel e-postadress eller lösenord.',
    da: 'Forkert e-mailadresse eller adgangskode.',
    en: 'Wrong e-mail address or password.',
  },
  'auth.wrong_password': {
    sv: 'Det nuvarande lösenordet stämmer inte.',
    da: 'Den nuværende adgangskode er forkert.',
    en: 'The current password is wrong.',
  },
  'invite.invalid': {
    sv: 'Inbjudan är ogiltig, har gått ut eller har redan använts.',
    da: 'Invitationen er ugyldig, udløbet eller allerede brugt.',
    en: 'The invitation is invalid, has expired or has already been used.',
  },
  'invite.already_member': {
    sv: 'Personen är redan medlem i arbetsytan.',
    da: 'Personen er allerede medlem af arbejdsområdet.',
    en: 'This person is already a member of the workspace.',
  },
  'member.last_admin': {
    sv: 'Arbetsytan måste ha minst en administratör.',
    da: 'Arbejdsområdet skal have mindst én administrator.',
    en: 'The workspace must keep at least one administrator.',
  },
  'field.required': { sv: 'Fältet måste fyllas i.', da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  'field.invalid_type': { sv: 'Värdet har fel typ.', da: 'Værdien har forkert type.', en: 'The value has the wrong type.' },
  'field.email': {
    sv: 'Ange en giltig e-postadress, till exempel namn@kommun.se.',
    da: 'Angiv en gyldig e-mailadresse, for eksempel navn@kommune.dk.',
    en: 'Enter a valid e-mail address, for example name@example.org.',
  },
  'field.too_short': { sv: 'Minst {min} tecken.', da: 'Mindst {min} tegn.', en: 'At least {min} characters.' },
  'field.too_long': { sv: 'Högst {max} tecken.', da: 'Højst {max} tegn.', en: 'At most {max} characters.' },
  'field.too_small': { sv: 'Värdet måste vara minst {min}.', da: 'Værdien skal være mindst {min}.', en: 'The value must be at least {min}.' },
  'field.too_big': { sv: 'Värdet får vara högst {max}.', da: 'Værdien må højst være {max}.', en: 'The value must be at most {max}.' },
  'field.invalid_value': {
    sv: 'Välj ett av de tillåtna värdena: {values}.',
    da: 'Vælg en af de tilladte værdier: {values}.',
    en: 'Choose one of the allowed values: {values}.',
  },
  'field.invalid_format': { sv: 'Värdet har fel format.', da: 'Værdien har forkert format.', en: 'The value has the wrong format.' },
  'field.unknown': { sv: 'Okänt fält.', da: 'Ukendt felt.', en: 'Unknown field.' },
  'field.invalid': { sv: 'Ogiltigt värde.', da: 'Ugyldig værdi.', en: 'Invalid value.' },
  'field.password_weak': {
    sv: 'Lösenordet måste ha minst 10 tecken.',
    da: 'Adgangskoden skal have mindst 10 tegn.',
    en: 'The password must have at least 10 characters.',
  },
  'field.identifier_check_digit': identifierMessages['field.identifier_check_digit'],
  'field.identifier_format': identifierMessages['field.identifier_format'],
  'field.unknown_code': {
    sv: 'Okänd kod: {value}.',
    da: 'Ukendt kode: {value}.',
    en: 'Unknown code: {value}.',
  },
  'field.nuts_country': {
    sv: 'NUTS-regionen {value} ligger inte i det valda landet.',
    da: 'NUTS-regionen {value} ligger ikke i det valgte land.',
    en: 'The NUTS region {value} is not in the chosen country.',
  },
  'field.not_member': {
    sv: 'Personen är inte medlem i arbetsytan.',
    da: 'Personen er ikke medlem af arbejdsområdet.',
    en: 'This person is not a member of the workspace.',
  },
  'field.duplicate_identifier': {
    sv: 'En annan organisation i registret har redan detta nummer: {value}.',
    da: 'En anden organisation i registret har allerede dette nummer: {value}.',
    en: 'Another organisation in the register already has this number: {value}.',
  },
  'field.same_organisation': {
    sv: 'En relation måste gå mellan två olika organisationer.',
    da: 'En relation skal være mellem to forskellige organisationer.',
    en: 'A relation must link two different organisations.',
  },
  'field.end_before_start': {
    sv: 'Slutdatum kan inte ligga före startdatum.',
    da: 'Slutdatoen kan ikke ligge før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  'field.own_exists': {
    sv: 'Arbetsytan har redan en egen kommun: {value}.',
    da: 'Arbejdsområdet har allerede en egen kommune: {value}.',
    en: 'The workspace already has its own municipality: {value}.',
  },
  'survey.invalid': {
    sv: 'Länken till enkäten är ogiltig, har gått ut eller har redan använts. Kontakta kommunen om du vill svara.',
    da: 'Linket til spørgeskemaet er ugyldigt, udløbet eller allerede brugt. Kontakt kommunen, hvis du vil svare.',
    en: 'The survey link is invalid, has expired or has already been used. Contact the municipality if you want to answer.',
  },
  'problem.stale': {
    sv: 'Någon annan har ändrat detta under tiden. Ladda om och gör ändringen igen.',
    da: 'En anden har ændret dette i mellemtiden. Genindlæs, og foretag ændringen igen.',
    en: 'Someone else changed this in the meantime. Reload and make your change again.',
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;

export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = messages[key][locale] ?? messages[key].en;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Picks sv, da or en from an Accept-Language header; Swedish when nothing matches. */
export function negotiateLocale(header: string | undefined | null, fallback: Locale = 'sv'): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'sv' || base === 'da' || base === 'en') return base;
    if (base === 'nb' || base === 'no' || base === 'nn') return 'da';
  }
  return fallback;
}
