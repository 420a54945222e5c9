// Messages of routing rules, referrals to partners, the public register, secrecy marking and the
// deadline statistics, in each language. Spread into the server's messages (i18n/messages.ts), so
// they are message keys like any other.
type Entry = { sv: string; da: string; en: string };

export const caseDeskMessages = {
  'referral.link_expired': {
    sv: 'Länken har gått ut eller har ersatts av en nyare. Be kommunen skicka en ny länk.',
    da: 'Linket er udløbet eller erstattet af et nyere. Bed kommunen sende et nyt link.',
    en: 'The link has expired or has been replaced by a newer one. Ask the municipality to send a new link.',
  },
  'referral.already_confirmed': {
    sv: 'Mottagandet är redan bekräftat.',
    da: 'Modtagelsen er allerede bekræftet.',
    en: 'Receipt has already been confirmed.',
  },
  'referral.not_pending': {
    sv: 'Partnern har redan bekräftat mottagandet, så en ny länk behövs inte.',
    da: 'Partneren har allerede bekræftet modtagelsen, så et nyt link er ikke nødvendigt.',
    en: 'The partner has already confirmed receipt, so no new link is needed.',
  },
  'case.secrecy_unchanged': {
    sv: 'Ärendet är inte sekretessmarkerat, så markeringen kan inte tas bort.',
    da: 'Sagen er ikke markeret som fortrolig, så markeringen kan ikke fjernes.',
    en: 'The case is not marked secret, so there is no marking to remove.',
  },
  'routing.suggestion_changed': {
    sv: 'Förslaget gäller inte längre, eftersom ärendet eller reglerna har ändrats. Ladda om och se det nya förslaget.',
    da: 'Forslaget gælder ikke længere, fordi sagen eller reglerne er ændret. Genindlæs, og se det nye forslag.',
    en: 'The suggestion no longer applies because the case or the rules have changed. Reload to see the current suggestion.',
  },
  'field.routing_condition_required': {
    sv: 'Ange minst ett villkor: kategori, ord eller språk.',
    da: 'Angiv mindst én betingelse: kategori, ord eller sprog.',
    en: 'Give at least one condition: category, words or language.',
  },
  'field.routing_target_required': {
    sv: 'Välj antingen en enhet eller en partnerorganisation som regeln föreslår.',
    da: 'Vælg enten en afdeling eller en partnerorganisation, som reglen foreslår.',
    en: 'Choose either a unit or a partner organisation for the rule to suggest.',
  },
  'field.reference_query': {
    sv: 'Sök på diarienummer, till exempel KS 2026/0042, 2026/42 eller 42.',
    da: 'Søg på sagsnummer, for eksempel KS 2026/0042, 2026/42 eller 42.',
    en: 'Search by reference number, for example KS 2026/0042, 2026/42 or 42.',
  },
  'field.period_order': {
    sv: 'Startdatumet måste ligga före eller på slutdatumet.',
    da: 'Startdatoen skal ligge før eller på slutdatoen.',
    en: 'The start date must be on or before the end date.',
  },
  'field.period_too_long': {
    sv: 'Perioden får vara högst fem år.',
    da: 'Perioden må højst være fem år.',
    en: 'The period can be at most five years.',
  },
} as const satisfies Record<string, Entry>;
