// Field schemas shared by the public form and staff routes. Text is NFC-normalised and trimmed;
// control characters (NUL above all, which PostgreSQL text cannot hold) and lone UTF-16
// surrogates are refused with a field error instead of reaching the database.
import { z } from '@hono/zod-openapi';
import { REGISTRY_SCHEMES, identifierMessageKey, validateIdentifier, type RegistryScheme as SchemeCode } from '../../../shared/identifiers/index.ts';
import { AppError } from '../../http/problem.ts';
import { REQUESTER_KINDS } from './workflow.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const safe = (s: string) => !UNSAFE.test(s);
const invalidCharacters = { params: { key: 'field.invalid_characters' }, abort: true } as const;

/** Text of at most `max` characters; `min` 1 makes it required (after trimming). */
export function text(max: number, min = 0) {
  const base = z.string().refine(safe, invalidCharacters).normalize('NFC').trim();
  return (min > 0 ? base.min(min) : base).max(max);
}

/** Optional text: empty or missing become null. */
export function optionalText(max: number) {
  return text(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

export const Email = z
  .string()
  .refine(safe, invalidCharacters)
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254))
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,30}$/)
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

/** A requester's organisation number: one of the business registers' (not a Wikidata id or PIC). */
export const IdentifierScheme = z.enum(REGISTRY_SCHEMES);
export const RequesterKind = z.enum(REQUESTER_KINDS);

/** The requester's contact fields, as the public form and the staff form send them. */
export const requesterShape = {
  kind: RequesterKind,
  name: optionalText(200),
  email: Email,
  phone: Phone,
  organisationName: optionalText(300),
  organisationNumber: z.string().max(40).nullish(),
  /** The scheme the number is checked against; the public form offers the workspace's own first. */
  organisationNumberScheme: IdentifierScheme.optional(),
};

const SCHEME_BY_COUNTRY: Record<string, SchemeCode> = { SE: 'se_orgnr', DK: 'dk_cvr', NO: 'no_orgnr', FI: 'fi_ytunnus', PL: 'pl_nip' };

/** The identifier scheme a workspace's forms check organisation numbers in, unless told another. */
export function schemeForCountry(country: string): SchemeCode {
  return SCHEME_BY_COUNTRY[country] ?? 'eu_vat';
}

/**
 * Checks an organisation number with its real check digit in the given scheme (else the
 * workspace country's) and returns its normalised form; a wrong number is a field error. Blank: none.
 */
export function checkOrganisationNumber(raw: string | null | undefined, scheme: SchemeCode | undefined, country: string, field = 'organisationNumber') {
  const value = raw?.trim();
  if (!value) return { number: null, scheme: null };
  const chosen = scheme ?? schemeForCountry(country);
  const r = validateIdentifier(chosen, value);
  if (!r.ok) throw new AppError(422, 'problem.validation', { fields: [{ field, key: identifierMessageKey(r.reason) }] });
  return { number: r.normalized, scheme: chosen };
}
