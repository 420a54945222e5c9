// A coded cell as the code it stands for: the person's own choice for that value in the value
// mapping first, then what the value is known to mean (a code, a word of ours or of the EU's
// lists, a NUTS region's or a country's name). A value that means nothing certain is a row
// problem that says what was found and what would be accepted, with the candidates or the guess.
import { ORG_KINDS, RELATION_STATUSES } from '../../../../shared/register.ts';
import { foldKey } from '../../../../shared/text.ts';
import { nutsByName } from '../../../../shared/vocabularies/index.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ProblemVars } from '../problems.ts';
import { kindLabels, listLabels } from './labels.ts';
import { countryByName } from './countries.ts';
import { naceOf } from './nace.ts';
import { booleanOf, guessKind, kindOf, relationStatusOf } from './words.ts';

/** Fields whose cells name one of a fixed set of codes, per kind of import. */
export const CODED_FIELDS = {
  organisations: ['kind', 'country', 'nutsCode', 'naceCode', 'isLocal'],
  relations: ['type', 'status', 'from.country', 'to.country'],
} as const;
export type CodedField = (typeof CODED_FIELDS)[keyof typeof CODED_FIELDS][number];
const CODED = new Set<string>([...CODED_FIELDS.organisations, ...CODED_FIELDS.relations]);
export const isCodedField = (field: string): field is CodedField => CODED.has(field);

/** Raw value → chosen code ('' leaves the field empty), per field. */
export type ValueChoices = Record<string, Record<string, string>>;

export interface ValueContext {
  /** Relation types by folded word (codes, built-in names, the workspace's own labels). */
  relationTypes: Map<string, string>;
}

export type Resolved =
  | { ok: true; value: string | null }
  | { ok: false; key: MessageKey; vars: ProblemVars };

const ok = (value: string | null): Resolved => ({ ok: true, value });
const bad = (key: MessageKey, vars: ProblemVars): Resolved => ({ ok: false, key, vars });

const baseField = (field: string) => (field.endsWith('.country') ? 'country' : field);

/** What a value means without a choice: the code, or why not (with the guess or the candidates). */
export function meaning(field: string, text: string, ctx: ValueContext, country?: string | null): Resolved & { guess?: string; candidates?: string[] } {
  switch (baseField(field)) {
    case 'kind': {
      const kind = kindOf(text);
      if (kind) return ok(kind);
      const guess = guessKind(text);
      return guess
        ? { ...bad('import.value_guess', { value: text, guess: kindLabels(guess) }), guess }
        : bad('import.value_unknown', { value: text, values: listLabels('kinds', ORG_KINDS) });
    }
    case 'country': {
      const code = countryByName(text);
      return code ? ok(code) : bad('import.country_unknown', { value: text });
    }
    case 'nutsCode': {
      const found = nutsByName(text, country);
      if (!found) return bad('import.nuts_unknown', { value: text });
      if ('region' in found) return ok(found.region.code);
      const candidates = found.ambiguous.map((r) => r.code);
      return { ...bad('import.nuts_ambiguous', { value: text, candidates: found.ambiguous.map((r) => `${r.code} ${r.name}`).join(', ') }), candidates };
    }
    case 'naceCode': {
      const found = naceOf(text);
      if (!found) return bad('import.nace_unknown', { value: text });
      if ('code' in found) return ok(found.code);
      if ('missing' in found) return bad('import.nace_missing', { value: text, code: found.missing });
      return bad('import.nace_level', { value: text });
    }
    case 'isLocal': {
      const v = booleanOf(text);
      return v ? ok(v) : bad('field.yes_no', { value: text });
    }
    case 'type': {
      const code = ctx.relationTypes.get(foldKey(text));
      return code ? ok(code) : bad('import.type_unknown', { value: text });
    }
    case 'status': {
      const status = relationStatusOf(text);
      return status ? ok(status) : bad('import.value_unknown', { value: text, values: listLabels('statuses', RELATION_STATUSES) });
    }
  }
  return ok(text);
}

/** A cell's code: the person's choice for this value, else its meaning. Empty cells are null. */
export function resolveValue(field: string, raw: string, choices: ValueChoices, ctx: ValueContext, country?: string | null): Resolved {
  const text = raw.trim();
  if (!text) return ok(null);
  const chosen = choices[field]?.[text];
  if (chosen !== undefined) return ok(chosen || null);
  const m = meaning(field, text, ctx, country);
  return m.ok ? ok(m.value) : { ok: false, key: m.key, vars: m.vars };
}
