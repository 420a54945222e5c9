// Attachments of a case through HTTP on a real database: the type is read from the bytes, limits
// hold, downloads come back byte for byte as downloads, reads and changes are audited, roles hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { download, uploadForm } from '../imports/testkit.ts';
import { MAX_BYTES, MAX_PER_CASE } from './files.ts';

let t: TestApp;
let admin: Client;
let desk: Client;
let viewer: Client;
let wsId: string;
let caseId: string;
let files: string;

/** The smallest real files of each kind: a PDF, a PNG, and an executable that claims to be a PDF. */
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex'));
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new Array(100).fill(0)]);

async function member(role: 'desk' | 'viewer', lang: string) {
  const u = await buildUser(t, { workspaceId: wsId, role });
  const c = new Client(t, lang);
  await c.login(u.email);
  return c;
}

beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'en');
  admin = s.client;
  wsId = s.ws.id;
  desk = await member('desk', 'sv');
  viewer = await member('viewer', 'da');
  const c = await desk.post(`/api/w/${wsId}/cases`, { channel: 'letter', category: 'export', title: 'Brev om exportstöd', description: 'Ett brev med bilagor.' });
  expect(c.status, JSON.stringify(c.body)).toBe(201);
  caseId = c.body.id;
  files = `/api/w/${wsId}/cases/${caseId}/attachments`;
});
afterAll(() => t.close());

const audit = async (action: string) => (await admin.get(`/api/w/${wsId}/audit?action=${action}&entityId=${caseId}`)).body.items as { after: any; before: any }[];

describe('case attachments', () => {
  it('attaches a PDF and a PNG, lists them, and gives each back byte for byte as a download', async () => {
    const pdf = await uploadForm(t, desk, files, PDF, 'Ansökan från Åkerströms.pdf');
    expect(pdf.status, JSON.stringify(pdf.body)).toBe(201);
    expect(pdf.body).toMatchObject({ filename: 'Ansökan från Åkerströms.pdf', contentType: 'application/pdf', size: PDF.length });
    const png = await uploadForm(t, desk, files, PNG, '../../etc/karta.png');
    expect(png.body).toMatchObject({ filename: 'karta.png', contentType: 'image/png' });

    const list = await viewer.get(files);
    expect(list.body.items.map((i: { filename: string }) => i.filename)).toEqual(['Ansökan från Åkerströms.pdf', 'karta.png']);

    const got = await download(t, viewer, `${files}/${pdf.body.id}`);
    expect(got.status).toBe(200);
    expect(Buffer.from(got.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="Ansokan fran Akerstroms.pdf"; filename*=UTF-8''${encodeURIComponent('Ansökan från Åkerströms.pdf')}`);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');

    expect((await audit('case.attachment_add')).map((a) => a.after.filename).sort()).toEqual(['Ansökan från Åkerströms.pdf', 'karta.png']);
    expect(await audit('case.attachment_read')).toHaveLength(1);
  });

  it('reads the type from the bytes: a program named .pdf is refused in the user’s language and nothing is stored', async () => {
    const before = (await desk.get(files)).body.items.length;
    const r = await uploadForm(t, desk, files, EXE, 'faktura.pdf');
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'file', message: expect.stringContaining('Filtypen tas inte emot') })]);
    const text = await uploadForm(t, desk, files, new TextEncoder().encode('Hej!\nFråga om tullar.\n'), 'anteckning.txt');
    expect(text.body).toMatchObject({ contentType: 'text/plain; charset=utf-8' });
    const binaryTxt = await uploadForm(t, desk, files, Uint8Array.from([0, 1, 2, 3]), 'fusk.txt');
    expect(binaryTxt.status).toBe(422);
    expect((await desk.get(files)).body.items.length).toBe(before + 1);
  });

  it('refuses an empty file and one over the limit', async () => {
    expect((await uploadForm(t, desk, files, new Uint8Array(0), 'tom.pdf')).status).toBe(422);
    const big = new Uint8Array(MAX_BYTES + 1);
    big.set(PDF);
    const r = await uploadForm(t, desk, files, big, 'stor.pdf');
    expect(r.status).toBe(422);
    expect(r.body.errors[0].message).toContain(`${MAX_BYTES / 1024 / 1024} MB`);
  });

  it(`keeps at most ${MAX_PER_CASE} files on a case`, async () => {
    const n = (await desk.get(files)).body.items.length;
    for (let i = n; i < MAX_PER_CASE; i++) expect((await uploadForm(t, desk, files, PNG, `bild-${i}.png`)).status).toBe(201);
    const r = await uploadForm(t, desk, files, PNG, 'en-till.png');
    expect(r.status).toBe(422);
    expect(r.body.errors[0].message).toContain(String(MAX_PER_CASE));
  });

  it('lets viewers read but not attach or remove; desk staff remove, audited', async () => {
    const items = (await desk.get(files)).body.items as { id: string; filename: string }[];
    expect((await uploadForm(t, viewer, files, PNG, 'x.png')).status).toBe(403);
    expect((await viewer.delete(`${files}/${items[0]!.id}`)).status).toBe(403);
    expect((await desk.delete(`${files}/${items[0]!.id}`)).status).toBe(204);
    expect((await desk.delete(`${files}/${items[0]!.id}`)).status).toBe(404);
    expect((await download(t, desk, `${files}/${items[0]!.id}`)).status).toBe(404);
    expect((await audit('case.attachment_remove')).map((a) => a.before.filename)).toEqual([items[0]!.filename]);
  });

  it('answers 404 for a case that does not exist', async () => {
    const other = `/api/w/${wsId}/cases/00000000-0000-4000-8000-000000000000/attachments`;
    expect((await desk.get(other)).status).toBe(404);
    expect((await uploadForm(t, desk, other, PNG, 'x.png')).status).toBe(404);
  });
});
