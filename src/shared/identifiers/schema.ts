// Zod glue: a string field that must be a valid identifier of one scheme and parses to its
// normalised form. Failures carry `params.key`, which the server turns into a translated message.
import { z } from 'zod';
import type { IdentifierFailureReason, IdentifierScheme } from './core.ts';
import { validateIdentifier } from './validate.ts';
import { type IdentifierMessageKey, identifierMessages } from './messages.ts';

export function identifierMessageKey(reason: IdentifierFailureReason): IdentifierMessageKey {
  return reason === 'check_digit' ? 'field.identifier_check_digit' : 'field.identifier_format';
}

/** `identifierSchema('se_orgnr').parse('556012-5790')` → `'5560125790'`. */
export function identifierSchema(scheme: IdentifierScheme) {
  return z.string().transform((value, ctx) => {
    const result = validateIdentifier(scheme, value);
    if (result.ok) return result.normalized;
    const key = identifierMessageKey(result.reason);
    ctx.addIssue({
      code: 'custom',
      message: identifierMessages[key].en,
      params: { key, reason: result.reason, scheme },
    });
    return z.NEVER;
  });
}
