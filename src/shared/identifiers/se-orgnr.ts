// Swedish organisationsnummer (Bolagsverket/Skatteverket): ten digits, the last a Luhn check digit
// over the other nine. Organisation numbers have a "month" (digits 3–4) of 20 or more so they can
// never be read as a date; a sole trader (enskild näringsidkare) uses their personnummer, whose
// digits 3–4 are a month 01–12. Both pass, and the result says which it is.
import {
  type IdentifierKind,
  type IdentifierResult,
  type Rng,
  fail,
  isDigits,
  luhnCheckDigit,
  luhnValid,
  normalize,
  randomDigits,
  randomInt,
} from './core.ts';

/** Century prefix of the 12-digit form: 16 for organisations, 19/20 for a personnummer. */
const ORGANISATION_CENTURY = '16';
const PERSON_CENTURIES = ['19', '20'];

function kindOf(ten: string): IdentifierKind | undefined {
  const month = Number(ten.slice(2, 4));
  if (month >= 20) return 'organisation';
  if (month < 1 || month > 12) return undefined;
  // Day of birth 01–31, or 61–91 for a samordningsnummer (day + 60).
  const day = Number(ten.slice(4, 6));
  return (day >= 1 && day <= 31) || (day >= 61 && day <= 91) ? 'personnummer' : undefined;
}

export function formatSeOrgnr(ten: string): string {
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export function validateSeOrgnr(value: string): IdentifierResult {
  // `+` marks a personnummer holder aged 100 or more (YYMMDD+NNNN); it is only a separator here.
  const compact = normalize(value).replace(/\+/g, '');
  if (!isDigits(compact)) return fail('format');
  if (compact.length !== 10 && compact.length !== 12) return fail('length');
  const ten = compact.slice(-10);
  const kind = kindOf(ten);
  if (!kind) return fail('format');
  if (compact.length === 12) {
    const century = compact.slice(0, 2);
    const fits = kind === 'organisation' ? century === ORGANISATION_CENTURY : PERSON_CENTURIES.includes(century);
    if (!fits) return fail('format');
  }
  if (!luhnValid(ten)) return fail('check_digit');
  return { ok: true, normalized: ten, display: formatSeOrgnr(ten), kind };
}

/** A random valid number (ten digits); about one in five is a personnummer. */
export function generateSeOrgnr(rng: Rng): string {
  let nine: string;
  if (rng() < 0.2) {
    const month = String(randomInt(rng, 1, 12)).padStart(2, '0');
    const day = String(randomInt(rng, 1, 28) + (rng() < 0.1 ? 60 : 0)).padStart(2, '0');
    nine = randomDigits(rng, 2) + month + day + randomDigits(rng, 3);
  } else {
    // Group digit (legal form): 2 state/municipality, 5 aktiebolag, 7 ekonomisk förening, 8 ideell…
    const group = [1, 2, 3, 5, 6, 7, 8, 9][randomInt(rng, 0, 7)]!;
    nine = `${group}${randomDigits(rng, 1)}${randomInt(rng, 2, 9)}${randomDigits(rng, 6)}`;
  }
  return nine + luhnCheckDigit(nine);
}
