// When two identifiers are the same organisation's: the same scheme and value, or a national
// registry number and the EU VAT number built from it (SE 556012-5790 is VAT SE556012579001, DK
// CVR 10150817 is DK10150817). Used to group a file's rows and to find the register's organisation.
import { IDENTIFIER_SCHEMES, validateIdentifier, type IdentifierScheme } from '../../../shared/identifiers/index.ts';

/** The national scheme inside a VAT number, and how its number sits in the VAT number. */
const NATIONAL: Record<string, { scheme: IdentifierScheme; toVat: (n: string) => string; fromVat: (v: string) => string }> = {
  SE: { scheme: 'se_orgnr', toVat: (n) => `SE${n}01`, fromVat: (v) => v.slice(2, 12) },
  DK: { scheme: 'dk_cvr', toVat: (n) => `DK${n}`, fromVat: (v) => v.slice(2) },
  PL: { scheme: 'pl_nip', toVat: (n) => `PL${n}`, fromVat: (v) => v.slice(2) },
  FI: { scheme: 'fi_ytunnus', toVat: (n) => `FI${n}`, fromVat: (v) => v.slice(2) },
};

export interface Identifier {
  scheme: IdentifierScheme;
  value: string;
}

export const identifierKey = (i: Identifier) => `${i.scheme}:${i.value}`;

/** A normalised identifier and its VAT/national twin. */
export function twins(i: Identifier): Identifier[] {
  if (i.scheme === 'eu_vat') {
    const national = NATIONAL[i.value.slice(0, 2)];
    return national ? [i, { scheme: national.scheme, value: national.fromVat(i.value) }] : [i];
  }
  const twin = Object.values(NATIONAL).find((n) => n.scheme === i.scheme);
  return twin ? [i, { scheme: 'eu_vat', value: twin.toVat(i.value) }] : [i];
}

/** Every stored form a typed number of unknown scheme could have ("556012-5790", "DK10150817", "Q100"). */
export const readings = (text: string): Identifier[] =>
  IDENTIFIER_SCHEMES.flatMap((scheme) => {
    const r = validateIdentifier(scheme, text);
    return r.ok ? twins({ scheme, value: r.normalized }) : [];
  });
