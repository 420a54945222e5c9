// The data subject's extract as a readable PDF (pdfkit). The text is set in DejaVu Sans, a TrueType
// font shipped in an npm package and embedded (subset) in the file: the PDF standard fonts cannot
// show Polish letters (ł ą ę ś ż ź ć ń), and names must appear as they are written.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { CaseStatus, Locale } from '../../db/types.ts';
import { interpolate } from '../../i18n/messages.ts';
import { STATUS_LABELS } from '../cases/workflow.ts';
import type { Subject } from './subject.ts';
import { ACCESS_LABELS, LEGAL_BASIS_LABELS, PDF_LABELS, yearsText } from './texts.ts';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const INTL: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

export interface PdfContext {
  locale: Locale;
  workspace: string;
  timeZone: string;
  now: Date;
}

export function subjectPdf(s: Subject, ctx: PdfContext): Promise<Buffer> {
  const { locale } = ctx;
  const L = (k: keyof typeof PDF_LABELS, vars: Record<string, string | number> = {}) => interpolate(PDF_LABELS[k][locale], vars);
  const dateTime = new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: ctx.timeZone });
  const date = new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'long', timeZone: ctx.timeZone });
  const when = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : '');
  const day = (iso: string) => date.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
  const title = L('title');

  const doc = new PDFDocument({ size: 'A4', margin: 56, bufferPages: true, lang: locale, displayTitle: true, info: { Title: title, Author: ctx.workspace, Creator: 'Samverkan' } });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string, size = 14) => {
    doc.moveDown(0.8).font('bold').fontSize(size).fillColor('#1a1a1a').text(text);
    doc.moveDown(0.3).font('regular').fontSize(10);
  };
  const row = (label: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(String(value));
  };
  const para = (text: string) => doc.font('regular').fontSize(10).text(text, { paragraphGap: 4 });
  const none = () => para(L('none'));

  doc.font('bold').fontSize(20).text(title);
  doc.font('regular').fontSize(10).fillColor('#444444').text(`${ctx.workspace} · ${L('generated', { date: dateTime.format(ctx.now) })}`);
  doc.fillColor('#1a1a1a').moveDown(0.6);
  para(L('intro', { workspace: ctx.workspace, date: date.format(ctx.now) }));

  heading(L('subject'));
  for (const name of [...new Set([...s.people.map((p) => p.name), ...s.cases.map((c) => c.requester.name).filter(Boolean)])]) row(L('name'), name);
  for (const email of s.emails) row(L('email'), email);

  heading(L('people'));
  if (!s.people.length) none();
  for (const p of s.people) {
    doc.font('bold').fontSize(11).text(p.name);
    row(L('title_'), p.title);
    row(L('email'), p.email);
    row(L('phone'), p.phone);
    row(L('language'), p.language);
    row(L('legalBasis'), `${LEGAL_BASIS_LABELS[p.legalBasis]?.[locale] ?? p.legalBasis} (${day(p.legalBasisDate)})`);
    row(L('organisations'), p.organisations.map((o) => (o.role ? `${o.name} (${o.role})` : o.name)).join(', '));
    row(L('notes'), p.notes);
    row(L('added'), when(p.createdAt));
    doc.moveDown(0.5);
  }

  heading(L('cases'));
  if (!s.cases.length) none();
  for (const c of s.cases) {
    doc.moveDown(0.3).font('bold').fontSize(11).text(`${c.reference} – ${c.title}`);
    if (c.secret) doc.font('regular').fontSize(9).fillColor('#8a1c1c').text(L('secret')).fillColor('#1a1a1a');
    row(L('received'), when(c.receivedAt));
    row(L('category'), c.category.labels[locale] ?? c.category.code);
    row(L('status'), STATUS_LABELS[c.status as CaseStatus]?.[locale] ?? c.status);
    const r = c.retention;
    const kept =
      r.rule === 'disposed' ? L('disposedOn', { date: day(c.disposedAt!) }) : r.rule === 'forever' ? L('keptForever') : r.rule === 'open' ? L('keptOpen', { years: r.years === null ? '' : yearsText(locale, r.years) }) : L('keptPeriod', { date: day(r.keptUntil!), years: r.years === null ? '' : yearsText(locale, r.years) });
    row(L('retention'), kept);
    const q = c.requester;
    row(L('requester'), [q.name, q.email, q.phone].filter(Boolean).join(', '));
    row(L('organisation'), [q.organisationName, q.organisationNumber].filter(Boolean).join(', '));
    if (c.question) {
      doc.font('bold').text(`${L('question')}:`);
      para(c.question);
    }
    if (c.messages.length) {
      doc.font('bold').text(`${L('messages')}:`);
      for (const m of c.messages) para(`${when(m.at)} · ${m.direction === 'in' ? L('in') : L('out')}${m.subject ? ` · ${m.subject}` : ''}\n${m.body}`);
    }
    if (c.notes.length) {
      doc.font('bold').text(`${L('internalNotes')}:`);
      for (const n of c.notes) para(`${when(n.at)}${n.author ? ` · ${n.author}` : ''}\n${n.body}`);
    }
    if (c.attachments.length) {
      doc.font('bold').text(`${L('attachments')}:`);
      for (const a of c.attachments) para(`${a.filename} (${Math.max(1, Math.round(a.size / 1024))} kB) · ${when(a.at)}`);
    }
    if (c.history.length) {
      doc.font('bold').text(`${L('history')}:`);
      for (const h of c.history) para(`${when(h.at)} · ${STATUS_LABELS[h.to as CaseStatus]?.[locale] ?? h.to}${h.comment ? ` – ${h.comment}` : ''}`);
    }
  }

  heading(L('mail'));
  if (!s.mail.length) none();
  for (const m of s.mail) {
    doc.font('bold').fontSize(10).text(m.subject);
    row(L('email'), m.to);
    row(L('sent'), when(m.sentAt ?? m.createdAt));
    para(m.text);
  }

  heading(L('access'));
  if (!s.access.length) none();
  for (const a of s.access) para(`${when(a.at)} · ${a.actor ?? '—'} · ${ACCESS_LABELS[a.action]?.[locale] ?? a.action}`);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#555555').text(`${title} · ${L('page', { n: i + 1, total: range.count })}`, 56, doc.page.height - 36, { width: doc.page.width - 112, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
