// Words for the case desk's codes in the interface language: statuses, channels, priorities and
// kinds from the message files; categories and units from their stored labels. Codes a newer
// server may send fall back to themselves.
import i18n, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format.ts';
import { languageName, pickLabel } from '../register/labels.ts';
import type { CaseStatus, CaseSummary, CaseVocabularies } from './api.ts';

function known(t: TFunction, group: string, code: string): string {
  const key = `cases.${group}.${code}`;
  return i18n.exists(key) ? t(key) : code;
}

export const statusLabel = (t: TFunction, s: string) => known(t, 'status', s);
export const channelLabel = (t: TFunction, c: string) => known(t, 'channel', c);
export const priorityLabel = (t: TFunction, p: string) => known(t, 'priority', p);
export const requesterKindLabel = (t: TFunction, k: string) => known(t, 'requesterKind', k);
export const messageKindLabel = (t: TFunction, k: string) => known(t, 'messageKind', k);

type Labelled = { code: string; labels: Record<string, string> } | null | undefined;

/** A language's name as a list entry: "Svenska", not "svenska" as in running text. */
export function languageOption(code: string, lng: string) {
  const name = languageName(code, lng);
  return name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
}

export const vocabLabel = (entry: Labelled, lng: string) => (entry ? pickLabel(entry.labels, lng, entry.code) : '');

export function categoryName(vocab: CaseVocabularies | undefined, code: string, lng: string) {
  return vocabLabel(vocab?.categories.find((c) => c.code === code) ?? { code, labels: {} }, lng);
}

/** A calendar date (YYYY-MM-DD) as written in the language, the same day in every time zone. */
export { formatDay };

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`status case-status--${status}`}>{statusLabel(t, status)}</span>;
}

/** The due date, with "overdue" or "today" in words (not by colour alone). */
export function DueDate({ c, today }: { c: Pick<CaseSummary, 'dueOn' | 'overdue' | 'status'>; today: string }) {
  const { t, i18n: inst } = useTranslation();
  const open = c.status !== 'answered' && c.status !== 'closed';
  const dueToday = open && c.dueOn === today;
  return (
    <span className={c.overdue ? 'case-due case-due--overdue' : dueToday ? 'case-due case-due--today' : 'case-due'}>
      {formatDay(c.dueOn, inst.language)}
      {c.overdue ? <span className="case-due-flag">{t('cases.due.overdue')}</span> : dueToday ? <span className="case-due-flag">{t('cases.due.today')}</span> : null}
    </span>
  );
}

/** Who holds a case: the officer, the unit, both, or nobody yet. */
export function assignedTo(t: TFunction, c: Pick<CaseSummary, 'assignee' | 'unit'>, lng: string): string {
  const unit = c.unit ? vocabLabel(c.unit, lng) : '';
  const who = [c.assignee?.name, unit].filter(Boolean).join(' · ');
  return who || t('cases.fields.unassigned');
}

/** Which words a move has: reopening and taking a case back from a partner are moves to "in progress" too. */
export function moveKey(from: CaseStatus, to: CaseStatus): string {
  if (to === 'in_progress' && (from === 'answered' || from === 'closed')) return 'reopen';
  if (to === 'in_progress' && from === 'referred') return 'takeBack';
  return to;
}
