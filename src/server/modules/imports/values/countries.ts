// Countries by what lists write for them: the ISO code, the EU's codes (EL, UK), the name in the
// languages of the region's lists (sv, da, en, pl, de, nb, fi, fr, es, it), a country's long form
// and the names Wikidata, keep.eu and older lists use ("Czech Republic", "USA", "Holland",
// "People's Republic of China"), and a Wikidata item for the big ones (country columns exported
// from Wikidata hold http://www.wikidata.org/entity/Q34).
import { COUNTRY_CODES, countryName } from '../../../../shared/vocabularies/index.ts';
import { foldKey } from '../../../../shared/text.ts';

const LANGUAGES = ['en', 'sv', 'da', 'pl', 'de', 'nb', 'fi', 'fr', 'es', 'it', 'nl', 'lt', 'lv', 'et'];

const ALIASES: Record<string, string[]> = {
  GR: ['EL', 'Hellas', 'Hellenic Republic'],
  GB: ['UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United Kingdom of Great Britain and Northern Ireland', 'Storbritannien', 'Wielka Brytania'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America', 'USA (United States)'],
  CZ: ['Czech Republic', 'Tjeckiska republiken', 'Den Tjekkiske Republik', 'Republika Czeska', 'Czechy'],
  NL: ['Holland', 'The Netherlands', 'Nederländerna', 'Nederlandene'],
  CN: ["People's Republic of China", 'PRC', 'Folkrepubliken Kina'],
  KR: ['Republic of Korea', 'Korea, Republic of', 'Korea (South)'],
  KP: ["Democratic People's Republic of Korea", 'Korea (North)'],
  RU: ['Russian Federation'],
  MK: ['Macedonia', 'Republic of North Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'],
  MD: ['Republic of Moldova', 'Moldova, Republic of'],
  VN: ['Viet Nam'],
  IR: ['Iran, Islamic Republic of', 'Islamic Republic of Iran'],
  TZ: ['Tanzania, United Republic of', 'United Republic of Tanzania'],
  BO: ['Bolivia (Plurinational State of)'],
  VE: ['Venezuela (Bolivarian Republic of)'],
  SY: ['Syrian Arab Republic'],
  LA: ["Lao People's Democratic Republic"],
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  TR: ['Türkiye', 'Turkey'],
  PS: ['State of Palestine', 'Palestine'],
  XK: ['Kosovo', 'Republic of Kosovo'],
  DE: ['Federal Republic of Germany', 'Germany'],
  DK: ['Kingdom of Denmark'],
  SE: ['Kingdom of Sweden', 'Konungariket Sverige'],
  NO: ['Kingdom of Norway'],
  PL: ['Republic of Poland', 'Rzeczpospolita Polska'],
  FI: ['Republic of Finland', 'Suomi'],
  LT: ['Republic of Lithuania'],
  LV: ['Republic of Latvia'],
  EE: ['Republic of Estonia'],
};

/** Wikidata items of the countries lists in this region mostly name. */
const WIKIDATA: Record<string, string> = {
  Q34: 'SE', Q35: 'DK', Q36: 'PL', Q20: 'NO', Q33: 'FI', Q183: 'DE', Q211: 'LV', Q37: 'LT', Q191: 'EE', Q189: 'IS', Q145: 'GB', Q30: 'US',
  Q142: 'FR', Q29: 'ES', Q38: 'IT', Q55: 'NL', Q31: 'BE', Q40: 'AT', Q39: 'CH', Q213: 'CZ', Q214: 'SK', Q28: 'HU', Q218: 'RO', Q219: 'BG',
  Q41: 'GR', Q45: 'PT', Q27: 'IE', Q32: 'LU', Q233: 'MT', Q229: 'CY', Q215: 'SI', Q224: 'HR', Q159: 'RU', Q212: 'UA', Q184: 'BY', Q148: 'CN',
  Q17: 'JP', Q884: 'KR', Q16: 'CA', Q408: 'AU', Q155: 'BR', Q668: 'IN', Q43: 'TR', Q96: 'MX', Q258: 'ZA', Q217: 'MD', Q230: 'GE',
};

let byKey: Map<string, string> | null = null;

function index() {
  if (byKey) return byKey;
  byKey = new Map();
  const add = (word: string, code: string) => {
    const key = foldKey(word);
    if (key && !byKey!.has(key)) byKey!.set(key, code);
  };
  for (const code of COUNTRY_CODES) add(code, code);
  for (const [code, words] of Object.entries(ALIASES)) for (const w of words) add(w, code);
  for (const locale of LANGUAGES) for (const code of COUNTRY_CODES) add(countryName(code, locale), code);
  return byKey;
}

/** The ISO code a country cell stands for, or undefined. */
export function countryByName(text: string): string | undefined {
  const t = text.trim();
  const item = /(?:wikidata\.org\/(?:wiki|entity)\/|^)(Q[1-9]\d*)$/i.exec(t);
  if (item) return WIKIDATA[item[1]!.toUpperCase()];
  return index().get(foldKey(t));
}
