// NUTS regions by name: the national name Eurostat publishes, the English name and the forms people
// write in lists ("Västerbottens län", "Västerbotten", "Region Västerbotten", "Västerbotten County",
// "Upper Norrland", "Region Hovedstaden", "Capital Region of Denmark", "województwo pomorskie",
// "Pomeranian Voivodeship"). A name that several regions carry resolves to one where the regions are
// the same area (Nordjylland is DK05 and its only part DK050: the smaller code is kept), or where the
// row's country tells them apart; otherwise it stays ambiguous and the caller names the candidates.
import { foldKey } from '../text.ts';
import { countryName } from './countries.ts';
import { nutsByCode, nutsCountryToIso, nutsRegions } from './nuts.ts';
import type { NutsRegion } from './types.ts';

/** English (and other common) names where they differ from the national one, for the home countries and their neighbours. */
const OTHER_NAMES: Record<string, string[]> = {
  SE1: ['East Sweden', 'Eastern Sweden'],
  SE11: ['Stockholm Region'],
  SE12: ['East Middle Sweden', 'East Central Sweden'],
  SE2: ['Southern Sweden'],
  SE21: ['Småland and the islands', 'Småland with the islands'],
  SE22: ['South Sweden'],
  SE224: ['Scania', 'Skåne'],
  SE23: ['West Sweden'],
  SE232: ['Västra Götalandsregionen', 'Region Västra Götaland', 'Västra Götaland'],
  SE3: ['Northern Sweden'],
  SE31: ['North Middle Sweden', 'North Central Sweden'],
  SE32: ['Middle Norrland', 'Central Norrland'],
  SE33: ['Upper Norrland'],
  DK01: ['Capital Region of Denmark', 'Region Hovedstaden', 'Capital Region', 'Huvudstadsregionen'],
  DK011: ['City of Copenhagen', 'Copenhagen City', 'København by'],
  DK012: ['Copenhagen surroundings', 'Copenhagen suburbs'],
  DK013: ['North Zealand', 'Nordsjälland'],
  DK02: ['Region Zealand', 'Region Sjælland', 'Zealand', 'Själland', 'Region Själland'],
  DK021: ['East Zealand'],
  DK022: ['West and South Zealand'],
  DK03: ['Region of Southern Denmark', 'Southern Denmark', 'Region Syddanmark'],
  DK031: ['Funen', 'Fyen'],
  DK032: ['South Jutland', 'Sønderjylland', 'Southern Jutland'],
  DK04: ['Central Denmark Region', 'Central Denmark', 'Region Midtjylland', 'Central Jutland', 'Mittjylland'],
  DK041: ['West Jutland'],
  DK042: ['East Jutland'],
  DK05: ['North Denmark Region', 'North Denmark', 'Region Nordjylland', 'North Jutland', 'Nordjylland'],
  FI1: ['Mainland Finland', 'Fastlandsfinland'],
  FI19: ['Western Finland', 'West Finland', 'Västra Finland'],
  FI193: ['Central Finland', 'Mellersta Finland'],
  FI194: ['South Ostrobothnia', 'Södra Österbotten'],
  FI195: ['Ostrobothnia', 'Österbotten'],
  FI197: ['Pirkanmaa', 'Tampere Region', 'Birkaland'],
  FI1B: ['Nyland', 'Uusimaa', 'Helsingfors-Nyland'],
  FI1C: ['Southern Finland', 'South Finland', 'Södra Finland'],
  FI1C1: ['Southwest Finland', 'Finland Proper', 'Egentliga Finland'],
  FI1C2: ['Tavastia Proper', 'Egentliga Tavastland'],
  FI1C3: ['Päijänne Tavastia', 'Päijänne-Tavastland'],
  FI1C4: ['Kymmenedalen'],
  FI1C5: ['South Karelia', 'Södra Karelen'],
  FI1D: ['Northern and Eastern Finland', 'North and East Finland', 'Norra och östra Finland'],
  FI1D1: ['South Savo', 'Södra Savolax'],
  FI1D2: ['North Savo', 'Norra Savolax'],
  FI1D3: ['North Karelia', 'Norra Karelen'],
  FI1D5: ['Central Ostrobothnia', 'Mellersta Österbotten'],
  FI1D7: ['Lapland', 'Lappland'],
  FI1D8: ['Kajanaland'],
  FI1D9: ['North Ostrobothnia', 'Norra Österbotten'],
  FI2: ['Ahvenanmaa', 'Åland Islands'],
  NO07: ['Northern Norway', 'North Norway'],
  NO074: ['Troms and Finnmark'],
  NO08: ['Oslo and Viken'],
  NO09: ['Agder and Southern Eastern Norway'],
  NO091: ['Vestfold and Telemark'],
  NO0A: ['Western Norway', 'West Norway'],
  NO0A3: ['Møre and Romsdal'],
  PL2: ['Southern Macroregion', 'Southern macroregion'],
  PL21: ['Lesser Poland', 'Lesser Poland Voivodeship', 'Małopolska'],
  PL213: ['Kraków', 'City of Kraków', 'Cracow'],
  PL22: ['Silesian', 'Silesia', 'Silesian Voivodeship'],
  PL4: ['North-Western Macroregion'],
  PL41: ['Greater Poland', 'Greater Poland Voivodeship', 'Wielkopolska'],
  PL415: ['Poznań', 'City of Poznań'],
  PL42: ['West Pomeranian', 'West Pomerania', 'West Pomeranian Voivodeship'],
  PL424: ['Szczecin', 'City of Szczecin'],
  PL43: ['Lubusz', 'Lubusz Voivodeship'],
  PL5: ['South-Western Macroregion'],
  PL51: ['Lower Silesian', 'Lower Silesia', 'Lower Silesian Voivodeship'],
  PL514: ['Wrocław', 'City of Wrocław'],
  PL52: ['Opole', 'Opole Voivodeship'],
  PL6: ['Northern Macroregion'],
  PL61: ['Kuyavian-Pomeranian', 'Kuyavia-Pomerania', 'Kuyavian-Pomeranian Voivodeship'],
  PL62: ['Warmian-Masurian', 'Warmia-Masuria', 'Warmian-Masurian Voivodeship'],
  PL63: ['Pomeranian', 'Pomerania', 'Pomeranian Voivodeship'],
  PL633: ['Tricity', 'Trójmiasto', 'Trójmiasto (Gdańsk, Gdynia, Sopot)'],
  PL7: ['Central Macroregion'],
  PL71: ['Łódź', 'Łódź Voivodeship'],
  PL711: ['City of Łódź'],
  PL72: ['Holy Cross', 'Świętokrzyskie Voivodeship', 'Holy Cross Voivodeship'],
  PL8: ['Eastern Macroregion'],
  PL81: ['Lublin', 'Lublin Voivodeship'],
  PL82: ['Subcarpathian', 'Subcarpathia', 'Subcarpathian Voivodeship'],
  PL84: ['Podlaskie Voivodeship', 'Podlachia'],
  PL9: ['Masovian', 'Masovia', 'Masovian Voivodeship', 'Mazowieckie', 'województwo mazowieckie'],
  PL91: ['Warsaw Capital Region', 'Warsaw capital region'],
  PL911: ['Warsaw', 'City of Warsaw', 'Warszawa'],
  PL92: ['Masovian Regional', 'Mazowiecki regional'],
  DE1: ['Baden-Wurttemberg'],
  DE2: ['Bavaria'],
  DE7: ['Hesse'],
  DE8: ['Mecklenburg-Western Pomerania', 'Mecklenburg-West Pomerania'],
  DE9: ['Lower Saxony'],
  DEA: ['North Rhine-Westphalia'],
  DEB: ['Rhineland-Palatinate'],
  DED: ['Saxony'],
  DEE: ['Saxony-Anhalt'],
  DEG: ['Thuringia'],
};

/** Words around a region's name that lists add or leave out: "Region X", "X County", "województwo x". */
const AFFIXES = /\b(region|regionen|regione|county|lan|voivodeship|wojewodztwo|woj|province|provinsen|provins|fylke|fylkeskommune|maakunta|landskapet|landskap|landkreis|kreis|amt)\b/g;

function keysOf(name: string): string[] {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae');
  const stripped = folded.replace(AFFIXES, ' ');
  const keys = new Set([foldKey(name), foldKey(stripped)]);
  // Swedish county names are genitives: "Västerbottens län" is also written "Västerbotten".
  if (/\blan\b/.test(folded)) keys.add(foldKey(stripped).replace(/s$/, ''));
  keys.delete('');
  return [...keys];
}

let index: Map<string, Set<string>> | null = null;

function nameIndex() {
  if (index) return index;
  index = new Map();
  const add = (key: string, code: string) => {
    let set = index!.get(key);
    if (!set) index!.set(key, (set = new Set()));
    set.add(code);
  };
  for (const r of nutsRegions) {
    const names = [r.name, ...r.name.split('/'), ...(OTHER_NAMES[r.code] ?? [])];
    if (r.level === 0) for (const locale of ['en', 'sv', 'da', 'pl', 'de']) names.push(countryName(nutsCountryToIso(r.country), locale));
    for (const n of names) for (const key of keysOf(n)) add(key, r.code);
  }
  return index;
}

const isWithin = (code: string, ancestor: string) => code.length > ancestor.length && code.startsWith(ancestor);

/** Drops a region whose only part down to another candidate is that candidate (the same area). */
function sameArea(codes: string[]): string[] {
  return codes.filter((outer) => {
    const inner = codes.find((c) => isWithin(c, outer));
    if (!inner) return true;
    for (let r = nutsByCode(inner); r && r.code !== outer; r = r.parent ? nutsByCode(r.parent) : undefined) {
      if (!r.parent || nutsRegions.filter((x) => x.parent === r!.parent).length !== 1) return true;
    }
    return false;
  });
}

export type NutsLookup = { region: NutsRegion } | { ambiguous: NutsRegion[] } | null;

/**
 * The region a name or code stands for. `country` (ISO) narrows names several countries use;
 * `level` prefers regions of that level when a name stands for several of different levels.
 */
export function nutsByName(text: string, country?: string | null): NutsLookup {
  const byCode = /^[A-Za-z]{2}[0-9A-Za-z]{0,3}$/.test(text.trim()) ? nutsByCode(text) : undefined;
  if (byCode) return { region: byCode };
  const found = new Set<string>();
  for (const key of keysOf(text)) for (const code of nameIndex().get(key) ?? []) found.add(code);
  let codes = sameArea([...found].sort());
  if (codes.length > 1 && country) {
    const inCountry = codes.filter((c) => nutsCountryToIso(nutsByCode(c)!.country) === country);
    if (inCountry.length) codes = inCountry;
  }
  if (!codes.length) return null;
  if (codes.length === 1) return { region: nutsByCode(codes[0]!)! };
  return { ambiguous: codes.map((c) => nutsByCode(c)!) };
}
