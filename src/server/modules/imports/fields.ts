// What a column can be imported as, per kind of import, and which header names (sv, da, en, and
// this app's own export) suggest which field. The first name of each list is the header the
// export writes, so an exported file maps itself back without help.
import { IDENTIFIER_SCHEMES, type IdentifierScheme } from '../../../shared/identifiers/index.ts';
import type { ImportKind } from '../../db/types.ts';
import { foldKey } from '../../../shared/text.ts';

const SCHEME_HEADERS: Record<IdentifierScheme, string[]> = {
  se_orgnr: ['SE org number', 'Organisationsnummer', 'Org.nr', 'Orgnr', 'Organisationsnr', 'Org nummer', 'Swedish organisation number'],
  dk_cvr: ['DK CVR', 'CVR', 'CVR-nummer', 'CVR-nr', 'CVR nr'],
  pl_nip: ['PL NIP', 'NIP', 'Numer NIP'],
  no_orgnr: ['NO org number', 'Organisasjonsnummer', 'Org.nr (NO)'],
  fi_ytunnus: ['FI business ID', 'Y-tunnus', 'FO-nummer', 'Business ID'],
  eu_vat: ['EU VAT number', 'VAT', 'VAT number', 'Momsregistreringsnummer', 'Momsnummer', 'Momsnr', 'Momsregistreringsnr', 'VAT-nummer', 'VAT ID', 'Numer VAT'],
  wikidata: ['Wikidata', 'Wikidata ID', 'Wikidata-id', 'QID', 'Wikidata item', 'item', 'wikidata_id'],
  eu_pic: ['PIC', 'EU PIC', 'Participant Identification Code', 'PIC number', 'PIC-nummer', 'Numer PIC'],
};

export const ORGANISATION_HEADERS = {
  name: ['Name', 'Namn', 'Navn', 'Organisation', 'Organisationsnamn', 'Organisationens namn', 'Företag', 'Företagsnamn', 'Virksomhed', 'Virksomhedsnavn', 'Firmanavn', 'Nazwa'],
  names: ['Other names', 'Andra namn', 'Andre navne', 'Namn på andra språk', 'Names'],
  kind: ['Kind', 'Typ', 'Type', 'Organisationstyp', 'Organisationsform', 'Art'],
  country: ['Country', 'Land', 'Kraj', 'Landkod', 'Landekode', 'Country code'],
  city: ['City', 'Ort', 'By', 'Stad', 'Postort', 'Kommun', 'Kommune', 'Miasto', 'Town'],
  lat: ['Latitude', 'Lat', 'Latitud', 'Breddgrad', 'Breddegrad'],
  lon: ['Longitude', 'Lon', 'Lng', 'Longitud', 'Längdgrad', 'Længdegrad'],
  nutsCode: ['NUTS', 'NUTS code', 'NUTS-kod', 'NUTS-kode', 'NUTS-region'],
  naceCode: ['NACE', 'NACE code', 'SNI', 'SNI-kod', 'SNI 2007', 'NACE-kod', 'NACE-kode', 'Branschkod', 'Branchekode', 'DB07'],
  ...(Object.fromEntries(IDENTIFIER_SCHEMES.map((s) => [`identifiers.${s}`, SCHEME_HEADERS[s]])) as Record<`identifiers.${IdentifierScheme}`, string[]>),
  themes: ['Themes', 'Teman', 'Tema', 'Temaer', 'Theme'],
  sdgs: ['SDGs', 'SDG', 'Globala mål', 'Globala målen', 'Verdensmål', 'Verdensmålene'],
  website: ['Website', 'Webbplats', 'Hemsida', 'Webbadress', 'Hjemmeside', 'Webadresse', 'Web', 'URL', 'WWW', 'Strona'],
  description: ['Description', 'Beskrivning', 'Beskrivelse', 'Om', 'Opis', 'Notes', 'Anteckningar'],
  tags: ['Tags', 'Taggar', 'Tagg', 'Nyckelord', 'Etiketter', 'Nøgleord', 'Stikord'],
  isLocal: ['Local', 'Lokal', 'Lokalt', 'Lokalt företag', 'Lokal virksomhed'],
} as const;

export const RELATION_HEADERS = {
  'from.identifier': ['From identifier', 'Från organisationsnummer', 'Från orgnr', 'Fra CVR', 'Fra identifikator', 'From number'],
  'from.name': ['From', 'Från', 'Fra', 'From organisation', 'Från organisation', 'Fra organisation'],
  'from.country': ['From country', 'Från land', 'Fra land'],
  'to.identifier': ['To identifier', 'Till organisationsnummer', 'Till orgnr', 'Til CVR', 'Til identifikator', 'To number'],
  'to.name': ['To', 'Till', 'Til', 'To organisation', 'Till organisation', 'Til organisation'],
  'to.country': ['To country', 'Till land', 'Til land'],
  type: ['Type', 'Typ', 'Relationstyp', 'Relationstype', 'Relation type'],
  status: ['Status'],
  startDate: ['Start date', 'Startdatum', 'Startdato', 'Start', 'Från och med'],
  endDate: ['End date', 'Slutdatum', 'Slutdato', 'Slut', 'Till och med'],
  source: ['Source', 'Källa', 'Kilde'],
  notes: ['Notes', 'Anteckningar', 'Noter', 'Bemærkninger', 'Kommentar'],
} as const;

export type OrganisationField = keyof typeof ORGANISATION_HEADERS;
export type RelationField = keyof typeof RELATION_HEADERS;
export type ImportField = OrganisationField | RelationField;

export const ORGANISATION_FIELDS = Object.keys(ORGANISATION_HEADERS) as OrganisationField[];
export const RELATION_FIELDS = Object.keys(RELATION_HEADERS) as RelationField[];
export const fieldsOf = (kind: ImportKind): readonly ImportField[] => (kind === 'organisations' ? ORGANISATION_FIELDS : RELATION_FIELDS);

/** Fields an import cannot do without; the rest fall back to defaults. */
export const REQUIRED: Record<ImportKind, ImportField[][]> = {
  organisations: [['name']],
  // Each end by its identifier, or by its name (with the country when names repeat across borders).
  relations: [['from.identifier', 'from.name'], ['to.identifier', 'to.name'], ['type']],
};

/** Header text compared without case, accents, spaces or punctuation: "CVR-nr." = "cvr nr". */
export const headerKey = foldKey;

export function suggestMapping(kind: ImportKind, columns: string[]): Record<string, ImportField> {
  const table: Record<string, readonly string[]> = kind === 'organisations' ? ORGANISATION_HEADERS : RELATION_HEADERS;
  const byKey = new Map<string, ImportField>();
  for (const [field, names] of Object.entries(table)) for (const n of names) if (!byKey.has(headerKey(n))) byKey.set(headerKey(n), field as ImportField);
  const used = new Set<ImportField>();
  const out: Record<string, ImportField> = {};
  for (const column of columns) {
    const field = byKey.get(headerKey(column));
    if (field && !used.has(field)) {
      used.add(field);
      out[column] = field;
    }
  }
  return out;
}

/** The header each field gets in an export (the first name of its list). */
export const exportHeader = (field: OrganisationField) => ORGANISATION_HEADERS[field][0];
