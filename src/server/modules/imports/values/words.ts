// The words published lists use for our coded values, per field: our own names in sv, da, en and
// pl, and the EU's lists — the partner types of Interreg programmes (Jems, keep.eu), the activity
// types of Horizon Europe and CORDIS (HES, REC, PRC, PUB, OTH) and Erasmus+ organisation types —,
// and the words Wikidata and municipal websites use for twin towns. A word here is a sure match;
// `KIND_HINTS` are only guesses the person confirms in the value mapping.
import { BUILTIN_RELATION_TYPES, ORG_KINDS, RELATION_STATUSES } from '../../../../shared/register.ts';
import { foldKey } from '../../../../shared/text.ts';

type Kind = (typeof ORG_KINDS)[number];
type RelationType = (typeof BUILTIN_RELATION_TYPES)[number];
type Status = (typeof RELATION_STATUSES)[number];

export const KIND_WORDS: Record<Kind, string[]> = {
  company: [
    'företag', 'bolag', 'aktiebolag', 'virksomhed', 'firma', 'selskab', 'business', 'enterprise', 'przedsiębiorstwo', 'spółka', 'firma prywatna',
    'SME', 'small and medium-sized enterprise', 'small and medium sized enterprise', 'small or medium-sized enterprise', 'Enterprise, except SME', 'large enterprise',
    'private company', 'private for-profit company', 'Private for-profit entities (excluding Higher or Secondary Education Establishments)', 'PRC',
    'Infrastructure and (public) service provider', 'Infrastructure and public service provider', 'small and medium enterprise', 'SMF', 'SMV', 'MŚP',
  ],
  municipality: [
    'kommun', 'kommune', 'gmina', 'miasto', 'commune', 'city council', 'municipality', 'municipal authority', 'local authority',
    'Local public authority', 'Local Public body', 'local public body', 'local government', 'lokal myndighet', 'samorząd lokalny', 'samorząd gminny',
  ],
  region: [
    'landsting', 'län', 'województwo', 'county', 'county council', 'regionkommun', 'Regional public authority', 'Regional Public body', 'regional authority',
    'regional government', 'samorząd województwa', 'regional myndighed',
  ],
  university: [
    'universitet', 'högskola', 'uczelnia', 'college', 'uniwersytet', 'university', 'universitetet', 'Higher education and research', 'Higher education and research organisations',
    'Higher education and research organisation', 'Higher or Secondary Education Establishments', 'HES', 'Higher education institution', 'Higher education institution (tertiary level)',
    'university college', 'professionshøjskole', 'uczelnia wyższa',
  ],
  research: [
    'forskningsinstitut', 'forskning', 'research institute', 'institut', 'research organisation', 'research organization', 'Research Organisations', 'REC',
    'Research Institute/Centre', 'research centre', 'research center', 'forskningscenter', 'instytut badawczy',
  ],
  agency: [
    'myndighet', 'myndighed', 'styrelse', 'public agency', 'agency', 'National public authority', 'National Public body', 'Sectoral agency', 'government agency',
    'public body', 'Public bodies (excluding Research Organisations and Secondary or Higher Education Establishments)', 'PUB', 'state authority', 'statlig myndighet', 'urząd', 'agencja',
  ],
  network: [
    'nätverk', 'netværk', 'sieć', 'network', 'EGTC', 'European Grouping of Territorial Cooperation', 'International organisation, EEIG under national law',
    'International organisation under international law', 'international organisation', 'international organization', 'EEIG',
  ],
  association: [
    'förening', 'forening', 'stowarzyszenie', 'organisation', 'association', 'NGO', 'Interest groups including NGOs', 'Interest group including NGOs',
    'Non-governmental organisation/association/social enterprise', 'non-governmental organisation', 'foundation', 'stiftelse', 'fond', 'fundacja', 'Business support organisation',
    'chamber of commerce', 'handelskammare', 'handelskammer', 'izba gospodarcza', 'ideell förening', 'interesseorganisation', 'organizacja pozarządowa',
  ],
  other: ['övrigt', 'övrig', 'annan', 'annat', 'andet', 'anden', 'inne', 'other', 'others', 'OTH', 'General public', 'Education/training centre and school', 'Hospitals and medical centres', 'school', 'skola', 'skole', 'szkoła'],
};

/** Words inside longer names that hint at a kind; a guess, shown for the person to confirm. */
export const KIND_HINTS: [RegExp, Kind][] = [
  [/universit|hogskol|uczelni|college|hochschul|hojskol/, 'university'],
  [/research|forsk|badaw|institut/, 'research'],
  [/kommun|municipal|gmina|citycouncil|localpublic|localauthorit|stad$|miasto/, 'municipality'],
  [/ngo|associat|forening|stowarzysz|foundation|stiftelse|fundacj|chamber|kammer|izba/, 'association'],
  [/network|natverk|netvaerk|siec|egtc|international/, 'network'],
  [/agency|authority|myndig|styrelse|urzad|agencj|ministr|publicbod/, 'agency'],
  [/region|county|lansstyrelse|wojewod|landsting/, 'region'],
  [/enterprise|company|business|sme|foretag|bolag|virksomhed|spolka|przedsiebior/, 'company'],
];

export const RELATION_TYPE_WORDS: Record<RelationType, string[]> = {
  twin_town: [
    'vänort', 'vänorter', 'vänkommun', 'vänstad', 'venskabsby', 'venskabsbyer', 'twin town', 'twin towns', 'twin city', 'twinned city', 'twinning', 'sister city', 'sister cities',
    'twinned administrative body', 'partner city', 'partner town', 'partnerstad', 'Partnerstadt', 'Städtepartnerschaft', 'jumelage', 'miasto partnerskie', 'miasta partnerskie', 'miasto bliźniacze',
  ],
  friendship_city: ['vänskapsstad', 'venskabsforbindelse', 'friendship city', 'friendship town', 'friendship agreement', 'miasto zaprzyjaźnione', 'vänskapsavtal'],
  eu_project_partnership: ['EU-projektpartnerskap', 'EU-projektpartnerskab', 'EU project partnership', 'EU project', 'EU-projekt', 'project partner', 'projektpartner', 'Interreg', 'Interreg partnership', 'partner projektu UE'],
  export_agreement: ['exportavtal', 'eksportaftale', 'export agreement', 'umowa eksportowa'],
  import_supplier: ['leverantör', 'leverandør', 'supplier', 'dostawca'],
  research_collaboration: ['forskningssamarbete', 'forskningssamarbejde', 'research collaboration', 'research cooperation', 'współpraca badawcza'],
  network_membership: ['medlemskap i nätverk', 'medlemskab af netværk', 'network membership', 'member', 'membership', 'medlem', 'medlemskap', 'członkostwo'],
  memorandum_of_understanding: ['avsiktsförklaring', 'hensigtserklæring', 'memorandum of understanding', 'MoU', 'letter of intent', 'LOI', 'list intencyjny', 'porozumienie'],
  other: ['annan relation', 'anden relation', 'other relation', 'annan', 'anden', 'other', 'inna'],
};

export const STATUS_WORDS: Record<Status, string[]> = {
  proposed: ['föreslagen', 'foreslået', 'planerad', 'planlagt', 'proponowana', 'planned', 'proposal', 'draft'],
  active: ['aktiv', 'aktivt', 'pågående', 'igangværende', 'aktywna', 'ongoing', 'current', 'running'],
  dormant: ['vilande', 'hvilende', 'inaktiv', 'paused', 'inactive', 'nieaktywna'],
  ended: ['avslutad', 'afsluttet', 'avsluttet', 'slut', 'zakończona', 'closed', 'finished', 'terminated', 'former'],
};

export const BOOLEAN_WORDS: Record<'true' | 'false', string[]> = {
  true: ['yes', 'y', 'ja', 'j', 'x', 'sant', 'tak', '1', 'true', 'lokal', 'local'],
  false: ['no', 'n', 'nej', 'nei', 'falskt', 'nie', '0', 'false'],
};

/** A lookup from words (folded like header names) to codes; the code itself is a word too. */
export function lookup<T extends string>(table: Record<T, string[]>, extra: [string, T][] = []) {
  const map = new Map<string, T>();
  for (const [code, list] of Object.entries(table) as [T, string[]][]) for (const w of [code, ...list]) map.set(foldKey(w), code);
  for (const [w, code] of extra) map.set(foldKey(w), code);
  return (text: string) => map.get(foldKey(text));
}

export const kindOf = lookup(KIND_WORDS);
export const relationStatusOf = lookup(STATUS_WORDS);
export const booleanOf = lookup(BOOLEAN_WORDS);

/** A kind guessed from words inside a longer text ("Kommunförbundet Skåne" → municipality). */
export function guessKind(text: string): Kind | undefined {
  const key = foldKey(text);
  return KIND_HINTS.find(([re]) => re.test(key))?.[1];
}
