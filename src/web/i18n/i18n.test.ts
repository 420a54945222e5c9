// Every message exists, is non-empty, and uses the same {{variables}} in sv, da and en;
// every key the code asks for exists. A missing translation fails here, not in front of a user.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundles as merged } from './bundles.ts';
import { MODULES } from '../features/workspace/modules.ts';
import { ROLES } from '../api/types.ts';
import { ENTITY_TYPES } from '../features/audit/labels.ts';

type Tree = { [k: string]: unknown };
const bundles = merged as Record<string, Tree>;

/** { a: { b: 'x' }, c: ['y'] } → { 'a.b': 'x', 'c.0': 'y' } */
export function flatten(tree: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = tree;
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const flat = Object.fromEntries(Object.entries(bundles).map(([lng, tree]) => [lng, flatten(tree)]));
const pairs = [['sv', 'da'], ['sv', 'en'], ['da', 'en']] as const;

describe('message files', () => {
  it.each(pairs)('%s and %s have the same keys', (a, b) => {
    const ka = Object.keys(flat[a]!);
    const kb = Object.keys(flat[b]!);
    expect(ka.filter((k) => !(k in flat[b]!)), `in ${a} but missing in ${b}`).toEqual([]);
    expect(kb.filter((k) => !(k in flat[a]!)), `in ${b} but missing in ${a}`).toEqual([]);
  });

  it.each(Object.keys(bundles))('%s has no empty or non-text messages', (lng) => {
    const bad = Object.entries(flat[lng]!).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it.each(pairs)('%s and %s use the same interpolation variables', (a, b) => {
    const mismatches = Object.keys(flat[a]!)
      .filter((k) => typeof flat[b]![k] === 'string')
      .filter((k) => vars(String(flat[a]![k])).join() !== vars(String(flat[b]![k])).join())
      .map((k) => `${k}: ${a} {${vars(String(flat[a]![k]))}} vs ${b} {${vars(String(flat[b]![k]))}}`);
    expect(mismatches).toEqual([]);
  });

  it('every plural has both the _one and the _other form', () => {
    const keys = Object.keys(flat.en!);
    const broken = keys.filter((k) => /_(one|other)$/.test(k) && !keys.includes(k.replace(/_(one|other)$/, k.endsWith('_one') ? '_other' : '_one')));
    expect(broken).toEqual([]);
  });
});

describe('keys used by the code', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
  const source = files.map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n');
  const has = (key: string) => key in flat.en! || `${key}_one` in flat.en! || Object.keys(flat.en!).some((k) => k.startsWith(`${key}.`));

  it('finds the literal keys of t() calls in the message files', () => {
    const used = [...source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((k) => !has(k))).toEqual([]);
  });

  it('has the keys built at run time (roles, modules, statuses)', () => {
    const dynamic = [
      ...ROLES.map((r) => `roles.${r}`),
      ...MODULES.flatMap((m) => ['nav', 'title', 'summary', 'features'].map((p) => `modules.${m}.${p}`)),
      ...['pending', 'accepted', 'revoked', 'expired'].map((s) => `inviteStatus.${s}`),
      ...['seconds', 'minutes'].map((u) => `login.throttled.${u}`),
      ...ENTITY_TYPES.map((e) => `audit.entities.${e}`),
      ...['notFound.title', 'notFound.text', 'notFound.workspaceTitle', 'notFound.workspaceText'],
    ];
    expect(dynamic.filter((k) => !has(k))).toEqual([]);
  });
});

describe('the audit log', () => {
  it('has a label for every action the server records', () => {
    const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server');
    const files = fs.readdirSync(server, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const source = files.map((f) => fs.readFileSync(path.join(server, f), 'utf8')).join('\n');
    const literal = [...source.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(40);
    // Actions built at run time or written in SQL, next to the code that writes them.
    const built = ['case.create', 'case.routing_accept', 'case.routing_ignore', 'survey.proposal_accept', 'survey.proposal_reject', 'theme.create', 'relation_type.create', 'case.secrecy_mark', 'case.secrecy_unmark'];
    const missing = [...new Set([...literal, ...built])].filter((a) => !(`audit.actions.${a.replace(/[.]/g, '_')}` in flat.en!));
    expect(missing).toEqual([]);
  });
});
