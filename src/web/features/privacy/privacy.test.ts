// The privacy pages' messages: the same keys and variables in sv, da and en, and every key the
// pages build at run time exists (a missing one fails here, not in front of an administrator).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import sv from '../../i18n/privacy.sv.json';
import da from '../../i18n/privacy.da.json';
import en from '../../i18n/privacy.en.json';

/** { a: { b: 'x' } } → { 'a.b': 'x' } */
function flatten(tree: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (tree !== null && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = tree;
  return out;
}

const files = { sv: flatten(sv), da: flatten(da), en: flatten(en) } as Record<string, Record<string, unknown>>;
const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort().join();
const has = (lng: string, key: string) => key in files[lng]! || `${key}_one` in files[lng]!;

describe('privacy messages', () => {
  it.each([['sv', 'da'], ['sv', 'en'], ['da', 'en']])('%s and %s have the same keys and variables', (a, b) => {
    expect(Object.keys(files[a]!).filter((k) => !(k in files[b]!))).toEqual([]);
    expect(Object.keys(files[b]!).filter((k) => !(k in files[a]!))).toEqual([]);
    expect(Object.keys(files[a]!).filter((k) => vars(files[a]![k]) !== vars(files[b]![k]))).toEqual([]);
  });

  it('has every key the pages use, literal or built at run time, in every language', () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const source = [...fs.readdirSync(dir).filter((f) => f.endsWith('.tsx')).map((f) => path.join(dir, f)), path.join(dir, '../../components/SideNav.tsx')]
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const literal = [...source.matchAll(/\bt\(\s*'(privacy\.[\w.]+)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(40);
    const built = [
      ...['name', 'email', 'phone', 'organisationName', 'organisationNumber', 'person'].map((f) => `privacy.retention.fields.${f}`),
      ...['messages', 'notes', 'comments', 'linkNotes', 'referralNotes', 'attachments', 'mail'].map((k) => `privacy.retention.removes.${k}`),
      ...['consent', 'public_task', 'legitimate_interest'].map((b) => `privacy.requests.legalBases.${b}`),
      ...['received', 'assigned', 'in_progress', 'referred', 'answered', 'closed'].map((s) => `privacy.requests.status.${s}`),
    ];
    for (const lng of ['sv', 'da', 'en']) expect([...new Set([...literal, ...built])].filter((k) => !has(lng, k)), lng).toEqual([]);
  });
});
