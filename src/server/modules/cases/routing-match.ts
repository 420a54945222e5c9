// Which routing rule fits a case: pure and deterministic, so the same case and rules always give the
// same suggestion. A rule fits when every condition it has holds — the category is the case's, one
// of its words starts a word of the title or description (so "export" finds "exportrådgivning",
// not "reexport"), the language is the case's — and the first fitting active rule wins, by
// priority (lowest first), then age, then id.

export interface RoutableCase {
  categoryId: string;
  title: string;
  description: string;
  language: string;
}

export interface MatchableRule {
  id: string;
  priority: number;
  createdAt: Date;
  active: boolean;
  categoryId: string | null;
  words: readonly string[];
  language: string | null;
}

export interface RuleMatch<R extends MatchableRule> {
  rule: R;
  /** The rule's conditions that held: which words were found, whether category and language were checked. */
  matched: { category: boolean; language: boolean; words: string[] };
}

/** How words are compared: NFC, lower case, runs of white space as one space. */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/gu, ' ').trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rule's words that start a word in the text (a word of several parts matches as a phrase). */
export function wordsIn(words: readonly string[], text: string): string[] {
  const haystack = normaliseWord(text);
  return words.filter((w) => {
    const word = normaliseWord(w);
    if (!word) return false;
    const parts = word.split(' ').map(escape).join('\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${parts}`, 'u').test(haystack);
  });
}

export function byPriority(a: MatchableRule, b: MatchableRule): number {
  return a.priority - b.priority || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether one rule fits the case, and what in it did. */
export function ruleFits<R extends MatchableRule>(rule: R, c: RoutableCase): RuleMatch<R> | null {
  if (!rule.active) return null;
  if (rule.categoryId && rule.categoryId !== c.categoryId) return null;
  if (rule.language && rule.language !== c.language) return null;
  let words: string[] = [];
  if (rule.words.length) {
    words = wordsIn(rule.words, `${c.title}\n${c.description}`);
    if (!words.length) return null;
  }
  if (!rule.categoryId && !rule.language && !rule.words.length) return null; // a rule without conditions suggests nothing
  return { rule, matched: { category: Boolean(rule.categoryId), language: Boolean(rule.language), words } };
}

/** The first rule by priority that fits the case, or null. */
export function firstMatch<R extends MatchableRule>(rules: readonly R[], c: RoutableCase): RuleMatch<R> | null {
  for (const rule of [...rules].sort(byPriority)) {
    const m = ruleFits(rule, c);
    if (m) return m;
  }
  return null;
}
