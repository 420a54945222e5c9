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
} satisfies Record<string, Entry>;
