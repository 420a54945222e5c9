// The complete report of an import: every row with what the check found or the run did, the
// organisation it is, and its problems, as CSV in the reader's language (the web page's download
// and `samverkan import --report FILE`). Read a page at a time, whatever the file's size.
import { stringify } from 'csv-stringify/sync';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { t, type MessageKey } from '../../i18n/messages.ts';
import { listFindings } from './findings.ts';

const COLUMNS = ['row', 'outcome', 'name', 'organisation', 'organisation_id', 'relation_id', 'reason', 'repeat_of', 'problems'] as const;

export async function* reportLines(tx: Tx, importId: string, locale: Locale) {
  yield stringify([COLUMNS.map((c) => t(locale, `import.report.${c}` as MessageKey))], { delimiter: ';', bom: true });
  for (let after = 0; ; ) {
    const page = await listFindings(tx, importId, null, after, 1000, locale);
    yield stringify(
      page.items.map((r) => [
        r.row,
        t(locale, `import.outcome.${r.outcome}` as MessageKey),
        r.name ?? '',
        r.organisation?.name ?? '',
        r.organisation?.id ?? '',
        r.relationId ?? '',
        r.reason ? t(locale, `import.reason.${r.reason}` as MessageKey) : '',
        r.repeatOf ?? '',
        r.problems.map((p) => `${p.column ?? p.field}: ${p.message}`).join(' | '),
      ]),
      { delimiter: ';' },
    );
    if (page.next === null) return;
    after = page.next;
  }
}

export async function reportCsv(tx: Tx, importId: string, locale: Locale) {
  let out = '';
  for await (const chunk of reportLines(tx, importId, locale)) out += chunk;
  return out;
}
