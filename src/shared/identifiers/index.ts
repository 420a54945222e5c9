// Business identifiers of the register's home countries (SE, DK, PL, NO, FI) and EU VAT numbers:
// validation with real check digits, normalising, display formats and a zod field schema; and the
// ids of published lists (Wikidata item, EU PIC), checked by shape.
export { generateValid, validateIdentifier } from './validate.ts';
export {
  IDENTIFIER_SCHEMES,
  REGISTRY_SCHEMES,
  normalize,
  seededRng,
  type IdentifierFailureReason,
  type IdentifierKind,
  type IdentifierResult,
  type IdentifierScheme,
  type RegistryScheme,
  type Rng,
} from './core.ts';
export { EU_VAT_PREFIXES, normalizeEuVat, type EuVatPrefix } from './eu-vat.ts';
export { formatSeOrgnr } from './se-orgnr.ts';
export { formatDkCvr } from './dk-cvr.ts';
export { formatPlNip } from './pl-nip.ts';
export { formatNoOrgnr } from './no-orgnr.ts';
export { formatFiYtunnus } from './fi-ytunnus.ts';
export { identifierMessages, type IdentifierMessageKey, type IdentifierMessageLocale } from './messages.ts';
export { identifierMessageKey, identifierSchema } from './schema.ts';
