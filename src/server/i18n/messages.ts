// Messages the server sends to people (problem+json titles and field errors), in each language.
import type { Locale } from '../db/types.ts';
import { identifierMessages } from '../../shared/identifiers/messages.ts';
import { caseDeskMessages } from '../modules/cases/referral-messages.ts';
import { attachmentMessages } from '../modules/case-attachments/messages.ts';
import { importMessages } from '../modules/imports/messages.ts';
import { projectMessages } from '../modules/projects/messages.ts';
import { callMessages } from '../modules/calls/messages.ts';

export const LOCALES: Locale[] = ['sv', 'da', 'en'];

type Entry = Record<Locale, string>;

/** The foundation's own messages; each module keeps its own in its folder. */
const coreMessages = {
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
  'problem.payload_too_large_limit': {
    sv: 'Det som skickades är för stort: högst {limit} tas emot. Välj en mindre fil eller dela upp den.',
    da: 'Det, der blev sendt, er for stort: højst {limit} modtages. Vælg en mindre fil, eller del den op.',
    en: 'What was sent is too large: at most {limit} is accepted. Choose a smaller file or split it up.',
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
  'field.yes_no': { sv: 'Skriv ja eller nej (inte ”{value}”).', da: 'Skriv ja eller nej (ikke ”{value}”).', en: 'Write yes or no (not “{value}”).' },
  'field.number': { sv: 'Skriv ett tal, till exempel 57,7 (inte ”{value}”).', da: 'Skriv et tal, for eksempel 57,7 (ikke ”{value}”).', en: 'Write a number, for example 57.7 (not “{value}”).' },
  'field.names_format': {
    sv: 'Skriv namn på andra språk som ”en: Volvo Cars; pl: Volvo Polska” (inte ”{value}”).',
    da: 'Skriv navne på andre sprog som ”en: Volvo Cars; pl: Volvo Polska” (ikke ”{value}”).',
    en: 'Write names in other languages as “en: Volvo Cars; pl: Volvo Polska” (not “{value}”).',
  },
  'field.invalid_date': {
    sv: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-12 (inte ”{value}”).',
    da: 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-03-12 (ikke ”{value}”).',
    en: 'Write the date as YYYY-MM-DD, for example 2024-03-12 (not “{value}”).',
  },
  'field.duplicate_in_file': {
    sv: 'Samma uppgift finns redan på rad {row} i filen. Ta bort en av raderna.',
    da: 'Samme oplysning findes allerede i række {row} i filen. Fjern en af rækkerne.',
    en: 'Row {row} of the file already has the same value. Remove one of the rows.',
  },
  'field.organisation_not_found': {
    sv: 'Ingen organisation i registret matchar ”{value}”. Importera organisationerna först eller rätta namnet/numret.',
    da: 'Ingen organisation i registret matcher ”{value}”. Importér organisationerne først, eller ret navnet/nummeret.',
    en: 'No organisation in the register matches “{value}”. Import the organisations first or correct the name/number.',
  },
  'field.organisation_ambiguous': {
    sv: 'Flera organisationer heter ”{value}”. Ange land eller organisationsnummer.',
    da: 'Flere organisationer hedder ”{value}”. Angiv land eller organisationsnummer.',
    en: 'Several organisations are called “{value}”. Give the country or the organisation number.',
  },
  'field.unknown_column': { sv: 'Filen har ingen kolumn ”{value}”.', da: 'Filen har ingen kolonne ”{value}”.', en: 'The file has no column “{value}”.' },
  'field.mapping_twice': {
    sv: 'Fältet {value} är valt för mer än en kolumn. Välj det för en kolumn.',
    da: 'Feltet {value} er valgt for mere end én kolonne. Vælg det for én kolonne.',
    en: 'The field {value} is chosen for more than one column. Choose it for one column only.',
  },
  'field.mapping_required': {
    sv: 'Välj vilken kolumn som innehåller {value}.',
    da: 'Vælg, hvilken kolonne der indeholder {value}.',
    en: 'Choose the column that holds {value}.',
  },
  'field.merge_same': {
    sv: 'En organisation kan inte slås ihop med sig själv.',
    da: 'En organisation kan ikke lægges sammen med sig selv.',
    en: 'An organisation cannot be merged with itself.',
  },
  'import.unsupported_type': {
    sv: 'Ladda upp en CSV- eller XLSX-fil.',
    da: 'Upload en CSV- eller XLSX-fil.',
    en: 'Upload a CSV or XLSX file.',
  },
  'import.old_excel': {
    sv: 'Det gamla Excel-formatet (.xls) kan inte läsas. Spara filen som .xlsx eller CSV och försök igen.',
    da: 'Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV, og prøv igen.',
    en: 'The old Excel format (.xls) cannot be read. Save the file as .xlsx or CSV and try again.',
  },
  'import.empty': {
    sv: 'Filen har ingen rubrikrad. Första raden ska namnge kolumnerna.',
    da: 'Filen har ingen overskriftsrække. Første række skal navngive kolonnerne.',
    en: 'The file has no header row. The first row must name the columns.',
  },
  'import.unreadable': {
    sv: 'Filen kunde inte läsas (vid rad {value}). Spara den igen som CSV (UTF-8) eller XLSX och försök igen.',
    da: 'Filen kunne ikke læses (ved række {value}). Gem den igen som CSV (UTF-8) eller XLSX, og prøv igen.',
    en: 'The file could not be read (near row {value}). Save it again as CSV (UTF-8) or XLSX and try again.',
  },
  'import.finished': {
    sv: 'Importen är redan klar. Ladda upp filen igen för att importera på nytt.',
    da: 'Importen er allerede færdig. Upload filen igen for at importere på ny.',
    en: 'This import has finished. Upload the file again to import it anew.',
  },
  'import.plan_changed': {
    sv: 'Importen körs redan med andra kolumnval. Fortsätt med samma val, eller ta bort importen och börja om.',
    da: 'Importen kører allerede med andre kolonnevalg. Fortsæt med de samme valg, eller slet importen og begynd forfra.',
    en: 'This import is already running with another column mapping. Continue with the same mapping, or delete the import and start again.',
  },
  'mail.not_retryable': {
    sv: 'Bara meddelanden som misslyckats eller hållits kvar kan skickas igen.',
    da: 'Kun beskeder, der er mislykkedes eller tilbageholdt, kan sendes igen.',
    en: 'Only messages that failed or were held can be sent again.',
  },
  'problem.stale': {
    sv: 'Någon annan har ändrat detta under tiden. Ladda om och gör ändringen igen.',
    da: 'En anden har ændret dette i mellemtiden. Genindlæs, og foretag ændringen igen.',
    en: 'Someone else changed this in the meantime. Reload and make your change again.',
  },
  'case.transition_forbidden': {
    sv: 'Ärendet kan inte få den statusen från den status det har nu.',
    da: 'Sagen kan ikke få den status fra den status, den har nu.',
    en: 'The case cannot move to that status from the one it has now.',
  },
  'case.form_rejected': {
    sv: 'Vi kunde inte ta emot frågan. Försök igen, eller ring eller besök oss.',
    da: 'Vi kunne ikke modtage henvendelsen. Prøv igen, eller ring eller besøg os.',
    en: 'We could not receive the question. Try again, or call or visit us.',
  },
  'field.case_transition': {
    sv: 'Från {from} kan ärendet gå till: {allowed}.',
    da: 'Fra {from} kan sagen gå til: {allowed}.',
    en: 'From {from} the case can move to: {allowed}.',
  },
  'field.assignment_required': {
    sv: 'Välj en enhet eller en handläggare som ärendet ska fördelas till.',
    da: 'Vælg en afdeling eller en sagsbehandler, som sagen skal fordeles til.',
    en: 'Choose a unit or an officer to assign the case to.',
  },
  'field.requester_has_no_email': {
    sv: 'Frågeställaren har ingen e-postadress. Lägg till en, eller svara på annat sätt och skriv en kommentar.',
    da: 'Spørgeren har ingen e-mailadresse. Tilføj en, eller svar på anden måde og skriv en kommentar.',
    en: 'The requester has no e-mail address. Add one, or answer another way and write a comment.',
  },
  'field.contact_required': {
    sv: 'Ange e-postadress eller telefonnummer, så att vi kan svara dig.',
    da: 'Angiv e-mailadresse eller telefonnummer, så vi kan svare dig.',
    en: 'Give an e-mail address or a phone number so that we can answer you.',
  },
  'field.consent_required': {
    sv: 'Bekräfta att du har läst hur vi behandlar dina personuppgifter.',
    da: 'Bekræft, at du har læst, hvordan vi behandler dine personoplysninger.',
    en: 'Confirm that you have read how we handle your personal data.',
  },
  'field.invalid_characters': {
    sv: 'Texten innehåller tecken som inte kan sparas. Ta bort dem och försök igen.',
    da: 'Teksten indeholder tegn, der ikke kan gemmes. Fjern dem, og prøv igen.',
    en: 'The text contains characters that cannot be saved. Remove them and try again.',
  },
  'field.json_required': {
    sv: 'Skicka formuläret som JSON (application/json).',
    da: 'Send formularen som JSON (application/json).',
    en: 'Send the form as JSON (application/json).',
  },
  'field.received_in_future': {
    sv: 'Tidpunkten då frågan kom in kan inte ligga i framtiden.',
    da: 'Tidspunktet, hvor henvendelsen kom ind, kan ikke ligge i fremtiden.',
    en: 'The time the question came in cannot be in the future.',
  },
  'field.received_too_old': {
    sv: 'Tidpunkten då frågan kom in får ligga högst ett år bakåt.',
    da: 'Tidspunktet, hvor henvendelsen kom ind, må højst ligge et år tilbage.',
    en: 'The time the question came in can be at most a year ago.',
  },
  'privacy.preview_stale': {
    sv: 'Det som ska gallras har ändrats sedan förhandsvisningen. Titta på den nya förhandsvisningen och bekräfta igen.',
    da: 'Det, der skal kasseres, er ændret siden forhåndsvisningen. Se den nye forhåndsvisning, og bekræft igen.',
    en: 'What is due for disposal has changed since the preview. Look at the new preview and confirm again.',
  },
  'privacy.nothing_due': {
    sv: 'Inga ärenden ska gallras nu.',
    da: 'Ingen sager skal kasseres nu.',
    en: 'No cases are due for disposal now.',
  },
  'field.subject_required': {
    sv: 'Ange en person i registret eller en e-postadress.',
    da: 'Angiv en person i registret eller en e-mailadresse.',
    en: 'Give a person in the register or an e-mail address.',
  },
} satisfies Record<string, Entry>;

/**
 * Every source of messages by name. A key defined in two of them would silently replace the
 * earlier one in `messages`; a test checks that no key is defined twice.
 */
export const messageSources = {
  core: coreMessages,
  caseDesk: caseDeskMessages,
  attachments: attachmentMessages,
  imports: importMessages,
  projects: projectMessages,
  calls: callMessages,
} satisfies Record<string, Record<string, Entry>>;

export const messages = {
  ...coreMessages,
  ...caseDeskMessages,
  ...attachmentMessages,
  ...importMessages,
  ...projectMessages,
  ...callMessages,
};

export type MessageKey = keyof typeof messages;

export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return interpolate(messages[key][locale] ?? messages[key].en, vars);
}

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function interpolate(text: string, vars: Record<string, string | number>): string {
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
