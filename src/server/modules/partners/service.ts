// Ranks organisations as partners for an idea. Countries, NUTS regions and kinds decide who is
// eligible; the score adds text relevance (in sv, da, en and folded for pl), theme overlap, sector,
// and earlier cooperation with our own municipality. Every hit says which of these counted.
import { sql, type SqlBool } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { PartnerSearchInput } from './schema.ts';

const STOP = new Set(['och', 'att', 'med', 'för', 'som', 'til', 'med', 'for', 'og', 'der', 'the', 'and', 'with', 'for', 'i', 'w', 'z', 'na', 'do', 'oraz', 'av', 'af', 'en', 'et', 'ett', 'of', 'to', 'in', 'på', 'om']);

/** The idea's distinct words (an idea is a description, not a conjunction: they are OR'ed). */
export function ideaWords(idea: string) {
  return [...new Set(idea.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)))].slice(0, 30);
}

export async function partnerSearch(tx: Tx, input: PartnerSearchInput) {
  const words = ideaWords(input.idea);
  // The idea's words stemmed four ways repeat each other ('energi', 'företag' come out the same in
  // several languages): every term left is another prefix scan for each of ~15,000 candidates.
  const terms = await ideaTerms(tx, words);
  const tsq = terms.query ? sql`${terms.query}::tsquery` : null;
  const themes = sql`${sql.val(input.themes)}::text[]`;
  const nace = input.nace.map((n) => `${n}%`);
  // ts_rank, not ts_rank_cd: the cover-density rank cost three times as much per candidate
  // (measured on 15,000 candidates) and an idea's words are not a phrase.
  const textScore = tsq ? sql<number>`ts_rank(o.search_doc, ${tsq}, 32)::float8` : sql<number>`0::float8`;
  // One containment test per theme asked for: a set intersection per candidate cost ~2 µs each.
  const themeOverlap = input.themes.length
    ? sql<number>`(${sql.join([...new Set(input.themes)].map((t) => sql`(o.themes @> array[${t}]::text[])::int`), sql` + `)})`
    : sql<number>`0`;
  const sectorMatch = nace.length ? sql<boolean>`coalesce(o.nace_code like any(${sql.val(nace)}::text[]), false)` : sql<boolean>`false`;
  // Earlier cooperation: the relation types between each partner and our own municipality, read
  // once for the whole search (own.ours) instead of once per candidate.
  const cooperation = sql<string[]>`coalesce(own.types, '{}'::text[])`;

  let q = tx
    .with('own', (db) =>
      db
        .selectFrom('relations as r')
        .innerJoin('organisations as me', (j) => j.on('me.is_own', '=', true).on((eb) => eb.or([eb('r.from_id', '=', eb.ref('me.id')), eb('r.to_id', '=', eb.ref('me.id'))])))
        .select([sql<string>`case when r.from_id = me.id then r.to_id else r.from_id end`.as('partner_id'), sql<string[]>`array_agg(distinct r.type order by r.type)`.as('types')])
        .groupBy(sql`1`),
    )
    .selectFrom('organisations as o')
    .leftJoin('own', 'own.partner_id', 'o.id')
    .where('o.merged_into', 'is', null)
    .where('o.is_own', '=', false)
    .select(['o.id', 'o.name', 'o.kind', 'o.country', 'o.city', 'o.nuts_code', 'o.nace_code', 'o.themes'])
    .select([textScore.as('text_score'), themeOverlap.as('theme_overlap'), sectorMatch.as('sector_match'), cooperation.as('cooperation')]);
  if (input.countries.length) q = q.where('o.country', 'in', input.countries);
  if (input.nuts.length) q = q.where((eb) => eb.or(input.nuts.map((n) => eb('o.nuts_code', 'like', `${n}%`))));
  if (input.kinds.length) q = q.where('o.kind', 'in', input.kinds);
  // A candidate must share something with the idea: words, a theme or the sector.
  // The cheap tests first: OR stops at the first that holds, and the text test reads the
  // organisation's whole search vector with every term of the idea.
  const anyMatch: ReturnType<typeof sql<SqlBool>>[] = [];
  if (input.themes.length) anyMatch.push(sql<SqlBool>`o.themes && ${themes}`);
  if (nace.length) anyMatch.push(sql<SqlBool>`o.nace_code like any(${sql.val(nace)}::text[])`);
  if (tsq) anyMatch.push(sql<SqlBool>`o.search_doc @@ ${tsq}`);
  if (anyMatch.length) q = q.where(sql<SqlBool>`(${sql.join(anyMatch, sql` or `)})`);
  else if (!input.countries.length && !input.nuts.length && !input.kinds.length) return { items: [] };

  const score = sql<number>`(${textScore} * 10 + ${themeOverlap} * 1.0 + (case when ${sectorMatch} then 1 else 0 end) + (case when cardinality(${cooperation}) > 0 then 0.5 else 0 end))`;
  const rows = await q.select(score.as('score')).orderBy(score, 'desc').orderBy('o.name').limit(input.limit).execute();

  const matchedWords = tsq ? await wordsFound(tx, rows.map((r) => r.id), terms.perWord) : new Map<string, string[]>();
  return {
    items: rows.map((r) => {
      const reasons: { kind: 'text' | 'theme' | 'sector' | 'region' | 'cooperation'; detail: string[] }[] = [];
      if (Number(r.text_score) > 0) reasons.push({ kind: 'text', detail: matchedWords.get(r.id) ?? [] });
      if (Number(r.theme_overlap) > 0) reasons.push({ kind: 'theme', detail: r.themes.filter((t) => input.themes.includes(t)) });
      if (r.sector_match) reasons.push({ kind: 'sector', detail: [r.nace_code ?? ''] });
      if (input.countries.length || input.nuts.length) reasons.push({ kind: 'region', detail: [r.nuts_code ?? r.country] });
      if (r.cooperation.length) reasons.push({ kind: 'cooperation', detail: r.cooperation });
      return {
        id: r.id,
        name: r.name,
        kind: r.kind,
        country: r.country,
        city: r.city,
        nutsCode: r.nuts_code,
        naceCode: r.nace_code,
        themes: r.themes,
        score: Math.round(Number(r.score) * 1000) / 1000,
        reasons,
      };
    }),
  };
}

/**
 * The idea's words as tsquery terms in Swedish, Danish, English and folded (for Polish and
 * accents): per word its distinct terms, and all of them as one OR of distinct terms (text for a
 * tsquery). A variant with grouping ('e-handel' → 'e' <-> 'handel') is kept whole.
 */
export async function ideaTerms(tx: Tx, words: string[]): Promise<{ perWord: Map<string, string[]>; query: string | null }> {
  const perWord = new Map<string, string[]>();
  if (!words.length) return { perWord, query: null };
  // A word that Swedish, Danish or English lists as a stop word ('fra', 'vill', 'over') says
  // nothing about a partner, whichever language the idea is in.
  const rows = await sql<{ word: string; term: string }>`select distinct w.word, t as term
    from unnest(${sql.val(words)}::text[]) as w(word),
    lateral unnest(array[to_tsquery('swedish', w.word || ':*')::text, to_tsquery('danish', w.word || ':*')::text,
      to_tsquery('english', w.word || ':*')::text, to_tsquery('simple', fold(w.word) || ':*')::text]) as v,
    lateral (select '(' || x || ')' as t from regexp_split_to_table(v, ' \\| ') as x where strpos(v, '(') = 0
             union all select '(' || v || ')' where strpos(v, '(') > 0) as terms
    where v <> '' and numnode(to_tsquery('swedish', w.word)) > 0 and numnode(to_tsquery('danish', w.word)) > 0
      and numnode(to_tsquery('english', w.word)) > 0`.execute(tx);
  // In the idea's order: the reasons list the words as the person wrote them.
  for (const w of words) for (const r of rows.rows) if (r.word === w) perWord.set(w, [...(perWord.get(w) ?? []), exactIfShort(r.term)]);
  const all = dropCoveredPrefixes([...new Set([...perWord.values()].flat())].sort());
  return { perWord, query: all.length ? all.join(' | ') : null };
}

/**
 * A stem of fewer than four letters matches exactly, not as a prefix: 'små' folded to 'sma' would
 * otherwise find smart, smak and smedje, and 'vill' stemmed to 'vil' every villa.
 */
export function exactIfShort(term: string) {
  return term.replace(/^\('((?:[^']|''){1,3})':\*\)$/u, (all, lexeme: string) => (lexeme.replace(/''/g, "'").length < 4 ? `('${lexeme}')` : all));
}

/** `('hamn':*)` already matches all that `('hamnar':*)` does: the longer prefix only costs time. */
export function dropCoveredPrefixes(terms: string[]) {
  const prefix = (t: string) => /^\('((?:[^']|'')+)':\*\)$/.exec(t)?.[1];
  const prefixes = terms.map(prefix).filter((p): p is string => p !== undefined);
  return terms.filter((t) => {
    const p = prefix(t);
    return p === undefined || !prefixes.some((other) => other !== p && p.startsWith(other));
  });
}

/** Which words of the idea each hit contains: the same terms the ranking used, per word. */
async function wordsFound(tx: Tx, ids: string[], perWord: Map<string, string[]>) {
  const out = new Map<string, string[]>();
  const words = [...perWord.keys()];
  if (!ids.length || !words.length) return out;
  const rows = await sql<{ id: string; word: string }>`
    select o.id, w.word from organisations o
    cross join unnest(${sql.val(words)}::text[], ${sql.val(words.map((w) => perWord.get(w)!.join(' | ')))}::text[]) as w(word, terms)
    where o.id = any(${sql.val(ids)}::uuid[]) and o.search_doc @@ w.terms::tsquery
    order by o.id, array_position(${sql.val(words)}::text[], w.word)`.execute(tx);
  for (const r of rows.rows) out.set(r.id, [...(out.get(r.id) ?? []), r.word]);
  return out;
}
