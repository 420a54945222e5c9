// A NACE class from what sheets hold in a sector column: the class as written ("62.10", "6210"),
// with its section letter ("J62.10"), with its title after it ("62.10 Computer programming"), the
// Swedish SNI 2007 five-digit code or the Danish DB07 six-digit code (both extend the NACE class by
// national digits, so their first four are the class), or the class's title alone.
import { foldKey } from '../../../../shared/text.ts';
import { naceByCode, naceClasses } from '../../../../shared/vocabularies/index.ts';

export type NaceResult = { code: string } | { level: 'division' | 'group'; value: string } | { missing: string } | null;

let titles: Map<string, string> | null = null;

export function naceOf(text: string): NaceResult {
  const t = text.trim();
  const m = /^(?:[A-Ua-u]\s*)?(\d{2})(?:[.,]?(\d{1,4}))?(?:\s+\D.*)?$/.exec(t);
  if (m) {
    const rest = m[2] ?? '';
    if (rest.length < 2) return { level: rest.length ? 'group' : 'division', value: t };
    const code = `${m[1]}.${rest.slice(0, 2)}`;
    return naceByCode(code) ? { code } : { missing: code };
  }
  if (!titles) titles = new Map(naceClasses.map((c) => [foldKey(c.title), c.code]));
  const code = titles.get(foldKey(t));
  return code ? { code } : null;
}
