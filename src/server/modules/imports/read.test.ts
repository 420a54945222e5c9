// Reading sheets and cells the way people's files come: unit tests without a database.
import { describe, expect, it } from 'vitest';
import { dateCell, namesCell, numberCell, websiteCell, writeNames } from './cells.ts';
import { suggestMapping } from './fields.ts';
import { cellText, decodeText, readSheet, sniffDelimiter } from './read.ts';
import { xlsx } from './testkit.ts';

describe('reading files', () => {
  it('sniffs the delimiter without being fooled by quoted cells', () => {
    expect(sniffDelimiter('Namn;Beskrivning;Ort\n"A, B och C";"x, y";Gävle\n')).toBe(';');
    expect(sniffDelimiter('Name,Description\n"a; b; c; d",x\n')).toBe(',');
    expect(sniffDelimiter('Name\tCity\nA\tB\n')).toBe('\t');
  });

  it('decodes UTF-8 (with or without BOM), UTF-16 and falls back to Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFÅsa'))).toEqual({ text: 'Åsa', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFFØrsted', 'utf16le')))).toEqual({ text: 'Ørsted', encoding: 'utf-16le' });
    // 0x80 is € in Windows-1252 (and no character in Latin-1).
    expect(decodeText(new Uint8Array([0xc5, 0x6b, 0x65, 0x72, 0x20, 0x80]))).toEqual({ text: 'Åker €', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0x93, 0x4f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x8a]))).toEqual({ text: '“Ok” – Š', encoding: 'windows-1252' });
  });

  it('numbers rows as Excel does, drops blank rows and names blank or repeated headers', async () => {
    const sheet = await readSheet(new TextEncoder().encode('Name,,Name\nA,1,x\n\n ,,\nB,2,y\n'));
    expect(sheet.columns).toEqual(['Name', '(B)', 'Name (2)']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['A', '1', 'x'] },
      { row: 5, cells: ['B', '2', 'y'] },
    ]);
  });

  it('reads XLSX cells as text: dates, formulas, rich text, links', async () => {
    const sheet = await readSheet(await xlsx([['Name', 'Start'], ['A', new Date(Date.UTC(2024, 2, 12))], [{ richText: [{ text: 'Ri' }, { text: 'ch' }] }, { formula: '1+1', result: 2 }]]));
    expect(sheet.rows.map((r) => r.cells)).toEqual([['A', '2024-03-12'], ['Rich', '2']]);
    expect(cellText({ text: 'Webb', hyperlink: 'https://x.se' })).toBe('Webb');
  });

  it('refuses the old .xls format and a file without a header row, saying what to do', async () => {
    await expect(readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toMatchObject({ status: 422, extra: { fields: [{ field: 'file', key: 'import.old_excel' }] } });
    await expect(readSheet(new Uint8Array())).rejects.toMatchObject({ extra: { fields: [{ key: 'import.empty' }] } });
  });
});

describe('reading cells', () => {
  it('understands numbers, dates and names as people write them', () => {
    expect(numberCell('57,7')).toEqual({ ok: true, value: 57.7 });
    expect(numberCell('norr').ok).toBe(false);
    expect([dateCell('2024-03-12'), dateCell('12.03.2024'), dateCell('1/2/2024'), dateCell('2024-03-12 00:00:00')].map((c) => c.ok && c.value)).toEqual(['2024-03-12', '2024-03-12', '2024-02-01', '2024-03-12']);
    expect([dateCell('2024-02-30').ok, dateCell('March 3').ok]).toEqual([false, false]);
    expect(websiteCell('www.vaxby.se')).toBe('https://www.vaxby.se');
    expect(websiteCell('http://vaxby.se/x')).toBe('http://vaxby.se/x');
    const names = { pl: 'Volvo Polska', en: 'Volvo Cars' };
    expect(namesCell(writeNames(names))).toEqual({ ok: true, value: names });
    expect(namesCell('Volvo Cars').ok).toBe(false);
  });

  it('suggests fields from Swedish, Danish and English headers, each field once', () => {
    expect(suggestMapping('organisations', ['Navn', 'CVR-nr.', 'By', 'Hjemmeside', 'Beskrivelse', 'Navn (2)'])).toEqual({ Navn: 'name', 'CVR-nr.': 'identifiers.dk_cvr', By: 'city', Hjemmeside: 'website', Beskrivelse: 'description' });
    expect(suggestMapping('organisations', ['Name', 'Name'])).toEqual({ Name: 'name' });
    expect(suggestMapping('relations', ['Från', 'Till', 'Typ', 'Startdatum'])).toEqual({ Från: 'from.name', Till: 'to.name', Typ: 'type', Startdatum: 'startDate' });
  });
});
