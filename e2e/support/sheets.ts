// Sheets for the import tests: in each language a file with four good rows, one row the register
// already holds and exactly three bad ones (a wrong check digit, no name, an unknown country),
// with the headers that language's Excel users write; and a long file for an interrupted run.
import { generateValid, seededRng } from '../../src/shared/identifiers/index.ts';
import { LANGS, type Lang } from './browser.ts';

export const orgnr = (n: number) => generateValid('se_orgnr', seededRng(n));

/** Each language's sheet: headers as that language's Excel users write them. */
export const SHEETS: Record<Lang, { sep: string; header: string[]; country: string; city: string; tag: string; good: string[]; columns: { id: string; name: string; country: string } }> = {
  sv: { sep: ';', header: ['Namn', 'Organisationsnummer', 'CVR', 'Land', 'Ort', 'Typ', 'Taggar'], country: 'Sverige', city: 'Gävle', tag: 'kvarnstensbrott', good: ['Bergsjö Snickeri AB', 'Hudiksvalls Glasbruk AB', 'Norrtälje Marinteknik AB', 'Ljusdals Biogas AB'], columns: { id: 'Organisationsnummer', name: 'Namn', country: 'Land' } },
  da: { sep: ';', header: ['Navn', 'Organisationsnummer', 'CVR-nummer', 'Land', 'By', 'Type', 'Stikord'], country: 'Danmark', city: 'Skagen', tag: 'klitplantage', good: ['Skagen Fiskeeksport ApS', 'Vendsyssel Solenergi A/S', 'Aalborg Robotteknik ApS', 'Hjørring Møbelfabrik A/S'], columns: { id: 'Organisationsnummer', name: 'Navn', country: 'Land' } },
  en: { sep: ',', header: ['Name', 'SE org number', 'DK CVR', 'Country', 'City', 'Kind', 'Tags'], country: 'Norway', city: 'Tromsø', tag: 'fjordcraft', good: ['Tromsø Arctic Logistics AS', 'Bergen Wave Power AS', 'Stavanger Subsea Tools AS', 'Bodø Seafood Export AS'], columns: { id: 'SE org number', name: 'Name', country: 'Country' } },
};

/** Rows 2–9: good, wrong check digit (3), good, no name (5), good, Frederikshavn's CVR (7), Atlantis (8), good. */
export function sheet(lang: Lang) {
  const s = SHEETS[lang];
  const base = 9000 + LANGS.indexOf(lang) * 10;
  // Swedish rows carry an organisation number, Danish ones a CVR number, Norwegian ones none
  // (they are matched by name when the file comes back).
  const se = (i: number) => (lang === 'sv' ? orgnr(base + i) : '');
  const cvr = (i: number) => (lang === 'da' ? generateValid('dk_cvr', seededRng(base + i)) : '');
  const wrong = orgnr(base + 9).slice(0, -1) + String((Number(orgnr(base + 9).slice(-1)) + 1) % 10);
  const row = (name: string, seNumber: string, cvrNumber: string, country: string) => [name, seNumber, cvrNumber, country, s.city, 'company', s.tag].join(s.sep);
  const good = (i: number) => row(s.good[i]!, se(i), cvr(i), s.country);
  return [
    s.header.join(s.sep),
    good(0),
    row(`Felsiffra ${lang} AB`, wrong, '', 'SE'),
    good(1),
    row('', '', '', s.country),
    good(2),
    row('Frederikshavn Kommune', '', '29189730', 'DK'),
    row(`Atlantis ${lang} Ltd`, '', '', 'Atlantis'),
    good(3),
  ].join('\r\n');
}


/** `batch` + 100 rows, all without a name but the last two, so a run stopped after its first batch has work left. */
export function stoppedSheet(lang: Lang, batch: number) {
  const bad = Array.from({ length: batch + 98 }, () => ',DK');
  return ['Name,Country', ...bad, `Genoptaget ${lang} 1 ApS,DK`, `Genoptaget ${lang} 2 ApS,DK`].join('\n');
}
