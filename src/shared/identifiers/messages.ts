// Field messages for identifier errors, keyed like the server's other `field.*` messages so that
// src/server/i18n/messages.ts can merge them (the zod issue carries the key in `params.key`).

export type IdentifierMessageKey = 'field.identifier_check_digit' | 'field.identifier_format';
export type IdentifierMessageLocale = 'sv' | 'da' | 'en' | 'pl';

export const identifierMessages = {
  'field.identifier_check_digit': {
    sv: 'Kontrollsiffran stämmer inte – kontrollera numret.',
    da: 'Kontrolcifferet passer ikke – kontrollér nummeret.',
    en: 'The check digit does not match – check the number.',
    pl: 'Cyfra kontrolna się nie zgadza – sprawdź numer.',
  },
  'field.identifier_format': {
    sv: 'Numret har fel form eller fel antal siffror – kontrollera numret.',
    da: 'Nummeret har forkert form eller et forkert antal cifre – kontrollér nummeret.',
    en: 'The number has the wrong form or number of digits – check the number.',
    pl: 'Numer ma niewłaściwą postać lub liczbę cyfr – sprawdź numer.',
  },
} as const satisfies Record<IdentifierMessageKey, Record<IdentifierMessageLocale, string>>;
