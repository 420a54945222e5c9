// Messages about calls for proposals and their reminders, in each language; spread into the
// server's messages.
type Entry = { sv: string; da: string; en: string };

export const callMessages = {
  'field.currency_unknown': {
    sv: 'Ange valutan som en kod enligt ISO 4217, till exempel EUR, SEK, DKK eller PLN.',
    da: 'Angiv valutaen som en kode efter ISO 4217, for eksempel EUR, SEK, DKK eller PLN.',
    en: 'Give the currency as an ISO 4217 code, such as EUR, SEK, DKK or PLN.',
  },
  'field.time_zone_unknown': {
    sv: 'Tidszonen ”{value}” finns inte. Ange den som till exempel Europe/Brussels eller Europe/Stockholm.',
    da: 'Tidszonen ”{value}” findes ikke. Angiv den som for eksempel Europe/Brussels eller Europe/Copenhagen.',
    en: 'There is no time zone “{value}”. Give it as, for example, Europe/Brussels or Europe/Warsaw.',
  },
  'field.time_skipped': {
    sv: 'Den tiden finns inte i {zone}: klockan ställs fram en timme den natten. Välj en annan tid.',
    da: 'Det tidspunkt findes ikke i {zone}: uret stilles en time frem den nat. Vælg et andet tidspunkt.',
    en: 'That time does not exist in {zone}: the clocks go forward an hour that night. Choose another time.',
  },
  'field.stage2_before_stage1': {
    sv: 'Andra stegets sista dag måste ligga efter första stegets.',
    da: 'Anden fases frist skal ligge efter første fases.',
    en: 'The second stage’s deadline must come after the first stage’s.',
  },
  'field.opens_after_deadline': {
    sv: 'Utlysningen kan inte öppna efter sista ansökningsdag.',
    da: 'Indkaldelsen kan ikke åbne efter ansøgningsfristen.',
    en: 'The call cannot open after its deadline.',
  },
  'field.call_identifier_taken': {
    sv: 'Programmet har redan en utlysning med beteckningen ”{value}”.',
    da: 'Programmet har allerede en indkaldelse med betegnelsen ”{value}”.',
    en: 'The programme already has a call with the identifier “{value}”.',
  },
  'field.call_not_found': {
    sv: 'Utlysningen finns inte i arbetsytan.',
    da: 'Indkaldelsen findes ikke i arbejdsområdet.',
    en: 'The call does not exist in the workspace.',
  },
  'field.call_other_programme': {
    sv: 'Utlysningen hör till ett annat program än projektets.',
    da: 'Indkaldelsen hører til et andet program end projektets.',
    en: 'The call belongs to another programme than the project’s.',
  },
  'problem.call_import_rows': {
    sv: 'Inga utlysningar har lagts in: några rader i filen behöver rättas. Rätta dem och försök igen.',
    da: 'Ingen indkaldelser er oprettet: nogle rækker i filen skal rettes. Ret dem, og prøv igen.',
    en: 'No calls were imported: some rows of the file need correcting. Correct them and try again.',
  },
  'field.call_import_json': {
    sv: 'Filen är inte JSON som kan läsas: skriv en lista av utlysningar, [{"title": …}, …], eller {"calls": [...]}.',
    da: 'Filen er ikke JSON, der kan læses: skriv en liste af indkaldelser, [{"title": …}, …], eller {"calls": [...]}.',
    en: 'The file is not JSON that can be read: write a list of calls, [{"title": …}, …], or {"calls": [...]}.',
  },
  'field.call_import_columns': {
    sv: 'Filen saknar kolumner för {columns}. Kolumnerna program, titel och sista dag behövs (på svenska, danska eller engelska).',
    da: 'Filen mangler kolonner til {columns}. Kolonnerne program, titel og frist skal være der (på dansk, svensk eller engelsk).',
    en: 'The file has no columns for {columns}. The columns programme, title and deadline are needed (in English, Swedish or Danish).',
  },
  'field.call_import_programme_unknown': {
    sv: 'Programmet ”{value}” finns inte. Skriv dess namn, kod eller CCI som under Program.',
    da: 'Programmet ”{value}” findes ikke. Skriv dets navn, kode eller CCI som under Programmer.',
    en: 'There is no programme “{value}”. Write its name, code or CCI as under Programmes.',
  },
  'field.call_import_programme_ambiguous': {
    sv: '”{value}” passar flera program. Skriv programmets kod eller CCI.',
    da: '”{value}” passer til flere programmer. Skriv programmets kode eller CCI.',
    en: '“{value}” fits more than one programme. Write the programme’s code or CCI.',
  },
  'field.call_import_no_time': {
    sv: '”{value}” saknar klockslag. Skriv det som utlysningen anger, till exempel 2027-03-10 17:00.',
    da: '”{value}” mangler klokkeslæt. Skriv det, som indkaldelsen angiver, for eksempel 2027-03-10 17:00.',
    en: '“{value}” has no time of day. Write it as the call states it, for example 2027-03-10 17:00.',
  },
  'field.call_import_time': {
    sv: '”{value}” kan inte läsas som datum och tid. Skriv till exempel 2027-03-10 17:00.',
    da: '”{value}” kan ikke læses som dato og tid. Skriv for eksempel 2027-03-10 17:00.',
    en: '“{value}” cannot be read as a date and time. Write, for example, 2027-03-10 17:00.',
  },
  'field.call_import_day': {
    sv: '”{value}” kan inte läsas som ett datum. Skriv till exempel 2027-01-15.',
    da: '”{value}” kan ikke læses som en dato. Skriv for eksempel 2027-01-15.',
    en: '“{value}” cannot be read as a date. Write, for example, 2027-01-15.',
  },
  'field.call_import_amount': {
    sv: '”{value}” kan inte läsas som ett belopp. Skriv bara siffror, till exempel 12 500 000 eller 12 500 000,50, och valutan i en egen kolumn.',
    da: '”{value}” kan ikke læses som et beløb. Skriv kun tal, for eksempel 12.500.000 eller 12.500.000,50, og valutaen i sin egen kolonne.',
    en: '“{value}” cannot be read as an amount. Write digits only, for example 12,500,000 or 12,500,000.50, and the currency in a column of its own.',
  },
  'field.call_import_repeated': {
    sv: 'Utlysningen ”{value}” finns redan på rad {first} i filen.',
    da: 'Indkaldelsen ”{value}” står allerede i række {first} i filen.',
    en: 'The call “{value}” is already on row {first} of the file.',
  },
} satisfies Record<string, Entry>;
