// Dispatch by scheme: one entry point that validates, normalises and formats a value of any
// supported identifier scheme, and generates valid ones for tests and demo data.
import { type IdentifierResult, type IdentifierScheme, type Rng } from './core.ts';
import { generateDkCvr, validateDkCvr } from './dk-cvr.ts';
import { generateEuVat, validateEuVat } from './eu-vat.ts';
import { generateFiYtunnus, validateFiYtunnus } from './fi-ytunnus.ts';
import { generateNoOrgnr, validateNoOrgnr } from './no-orgnr.ts';
import { generatePlNip, validatePlNip } from './pl-nip.ts';
import { generateSeOrgnr, validateSeOrgnr } from './se-orgnr.ts';
import { generateEuPic, generateWikidata, validateEuPic, validateWikidata } from './external.ts';

const SCHEMES: Record<IdentifierScheme, { validate: (value: string) => IdentifierResult; generate: (rng: Rng) => string }> = {
  se_orgnr: { validate: validateSeOrgnr, generate: generateSeOrgnr },
  dk_cvr: { validate: validateDkCvr, generate: generateDkCvr },
  pl_nip: { validate: validatePlNip, generate: generatePlNip },
  no_orgnr: { validate: validateNoOrgnr, generate: generateNoOrgnr },
  fi_ytunnus: { validate: validateFiYtunnus, generate: generateFiYtunnus },
  eu_vat: { validate: validateEuVat, generate: generateEuVat },
  wikidata: { validate: validateWikidata, generate: generateWikidata },
  eu_pic: { validate: validateEuPic, generate: generateEuPic },
};

export function validateIdentifier(scheme: IdentifierScheme, value: string): IdentifierResult {
  return SCHEMES[scheme].validate(value);
}

/** A random valid identifier in normalised form (for tests and demo data). */
export function generateValid(scheme: IdentifierScheme, rng: Rng): string {
  return SCHEMES[scheme].generate(rng);
}
