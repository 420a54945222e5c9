// Swedish organisation numbers for browser tests: one with the right check digit (the shared Luhn
// rule the server checks with) and the same number with a wrong one.
import { luhnCheckDigit } from '../../src/shared/identifiers/core.ts';

export function seOrgnr(nine: string) {
  const check = luhnCheckDigit(nine);
  const format = (d: number) => `${nine.slice(0, 6)}-${nine.slice(6)}${d}`;
  return { valid: format(check), wrong: format((check + 3) % 10) };
}
