// Word lists for the register generator (bench/generate/register.ts): places with coordinates and
// NUTS 3 codes, name parts and description sentences in Swedish, Danish, Polish and English.
// Descriptions use inflected forms (företagen, virksomhederne, manufacturers) so stemming matters.

export type Lang = 'sv' | 'da' | 'pl' | 'en';

export interface City {
  name: string;
  lat: number;
  lon: number;
  nuts: string;
}

/** [city, lat, lon, NUTS 3]; checked against the shipped NUTS list when the generator starts. */
const c = (rows: [string, number, number, string][]): City[] => rows.map(([name, lat, lon, nuts]) => ({ name, lat, lon, nuts }));

export const CITIES: Record<string, City[]> = {
  SE: c([
    ['Stockholm', 59.33, 18.07, 'SE110'], ['Göteborg', 57.71, 11.97, 'SE232'], ['Malmö', 55.6, 13.0, 'SE224'],
    ['Uppsala', 59.86, 17.64, 'SE121'], ['Västerås', 59.61, 16.55, 'SE125'], ['Örebro', 59.27, 15.21, 'SE124'],
    ['Linköping', 58.41, 15.62, 'SE123'], ['Norrköping', 58.59, 16.18, 'SE123'], ['Helsingborg', 56.05, 12.69, 'SE224'],
    ['Jönköping', 57.78, 14.16, 'SE211'], ['Umeå', 63.83, 20.26, 'SE331'], ['Lund', 55.7, 13.19, 'SE224'],
    ['Gävle', 60.67, 17.14, 'SE313'], ['Hudiksvall', 61.73, 17.1, 'SE313'], ['Söderhamn', 61.3, 17.06, 'SE313'],
    ['Bollnäs', 61.35, 16.39, 'SE313'], ['Sundsvall', 62.39, 17.31, 'SE321'], ['Östersund', 63.18, 14.64, 'SE322'],
    ['Luleå', 65.58, 22.15, 'SE332'], ['Karlstad', 59.4, 13.5, 'SE311'], ['Falun', 60.61, 15.63, 'SE312'],
    ['Växjö', 56.88, 14.81, 'SE212'], ['Kalmar', 56.66, 16.36, 'SE213'], ['Visby', 57.64, 18.3, 'SE214'],
    ['Karlskrona', 56.16, 15.59, 'SE221'], ['Halmstad', 56.67, 12.86, 'SE231'], ['Eskilstuna', 59.37, 16.51, 'SE122'],
    ['Skellefteå', 64.75, 20.95, 'SE331'], ['Örnsköldsvik', 63.29, 18.72, 'SE321'], ['Ängelholm', 56.24, 12.86, 'SE224'],
    ['Åre', 63.4, 13.08, 'SE322'], ['Trollhättan', 58.28, 12.29, 'SE232'],
  ]),
  DK: c([
    ['København', 55.68, 12.57, 'DK011'], ['Aarhus', 56.16, 10.2, 'DK042'], ['Odense', 55.4, 10.39, 'DK031'],
    ['Aalborg', 57.05, 9.92, 'DK050'], ['Frederikshavn', 57.44, 10.54, 'DK050'], ['Esbjerg', 55.48, 8.45, 'DK032'],
    ['Randers', 56.46, 10.04, 'DK042'], ['Kolding', 55.49, 9.47, 'DK032'], ['Horsens', 55.86, 9.85, 'DK042'],
    ['Vejle', 55.71, 9.54, 'DK032'], ['Roskilde', 55.64, 12.08, 'DK021'], ['Herning', 56.14, 8.97, 'DK041'],
    ['Hjørring', 57.46, 9.98, 'DK050'], ['Helsingør', 56.03, 12.59, 'DK013'], ['Rønne', 55.1, 14.7, 'DK014'],
    ['Næstved', 55.23, 11.76, 'DK022'], ['Ærøskøbing', 54.89, 10.41, 'DK031'], ['Køge', 55.46, 12.18, 'DK021'],
    ['Sønderborg', 54.91, 9.79, 'DK032'], ['Skælskør', 55.25, 11.29, 'DK022'],
  ]),
  PL: c([
    ['Warszawa', 52.23, 21.01, 'PL911'], ['Kraków', 50.06, 19.94, 'PL213'], ['Łódź', 51.76, 19.46, 'PL711'],
    ['Wrocław', 51.11, 17.03, 'PL514'], ['Poznań', 52.41, 16.93, 'PL415'], ['Gdańsk', 54.35, 18.65, 'PL633'],
    ['Gdynia', 54.52, 18.53, 'PL633'], ['Szczecin', 53.43, 14.55, 'PL424'], ['Słupsk', 54.46, 17.03, 'PL636'],
    ['Koszalin', 54.19, 16.17, 'PL426'], ['Bydgoszcz', 53.12, 18.01, 'PL613'], ['Toruń', 53.01, 18.6, 'PL613'],
    ['Lublin', 51.25, 22.57, 'PL814'], ['Białystok', 53.13, 23.16, 'PL841'], ['Katowice', 50.26, 19.02, 'PL22A'],
    ['Olsztyn', 53.78, 20.49, 'PL622'], ['Elbląg', 54.16, 19.4, 'PL621'], ['Rzeszów', 50.04, 22.0, 'PL823'],
    ['Zielona Góra', 51.94, 15.51, 'PL432'], ['Świnoujście', 53.91, 14.25, 'PL428'],
  ]),
  NO: c([
    ['Oslo', 59.91, 10.75, 'NO081'], ['Bergen', 60.39, 5.32, 'NO0A2'], ['Trondheim', 63.43, 10.39, 'NO060'],
    ['Stavanger', 58.97, 5.73, 'NO0A1'], ['Tromsø', 69.65, 18.96, 'NO074'], ['Bodø', 67.28, 14.4, 'NO071'],
    ['Kristiansand', 58.15, 8.0, 'NO092'], ['Drammen', 59.74, 10.2, 'NO082'], ['Ålesund', 62.47, 6.15, 'NO0A3'],
    ['Hamar', 60.79, 11.07, 'NO020'],
  ]),
  FI: c([
    ['Helsinki', 60.17, 24.94, 'FI1B1'], ['Espoo', 60.21, 24.66, 'FI1B1'], ['Tampere', 61.5, 23.76, 'FI197'],
    ['Turku', 60.45, 22.27, 'FI1C1'], ['Oulu', 65.01, 25.47, 'FI1D9'], ['Vaasa', 63.1, 21.62, 'FI195'],
    ['Jyväskylä', 62.24, 25.75, 'FI193'], ['Mariehamn', 60.1, 19.94, 'FI200'], ['Lahti', 60.98, 25.66, 'FI1C3'],
    ['Kuopio', 62.89, 27.68, 'FI1D2'],
  ]),
  DE: c([
    ['Hamburg', 53.55, 10.0, 'DE600'], ['Berlin', 52.52, 13.4, 'DE300'], ['Kiel', 54.32, 10.14, 'DEF02'],
    ['Lübeck', 53.87, 10.69, 'DEF03'], ['Rostock', 54.09, 12.1, 'DE803'], ['München', 48.14, 11.58, 'DE212'],
  ]),
  EE: c([['Tallinn', 59.44, 24.75, 'EE001'], ['Tartu', 58.38, 26.72, 'EE008'], ['Pärnu', 58.39, 24.5, 'EE004'], ['Narva', 59.38, 28.19, 'EE00A']]),
  LT: c([['Vilnius', 54.69, 25.28, 'LT011'], ['Kaunas', 54.9, 23.9, 'LT022'], ['Klaipėda', 55.71, 21.14, 'LT023']]),
  LV: c([['Rīga', 56.95, 24.11, 'LV006'], ['Liepāja', 56.51, 21.01, 'LV003'], ['Ventspils', 57.39, 21.56, 'LV003']]),
  NL: c([['Amsterdam', 52.37, 4.9, 'NL329'], ['Rotterdam', 51.92, 4.48, 'NL33C'], ['Utrecht', 52.09, 5.12, 'NL310']]),
  FR: c([['Paris', 48.86, 2.35, 'FR101'], ['Rennes', 48.11, -1.68, 'FRH03'], ['Bordeaux', 44.84, -0.58, 'FRI12']]),
  BE: c([['Bruxelles', 50.85, 4.35, 'BE100'], ['Antwerpen', 51.22, 4.4, 'BE211'], ['Gent', 51.05, 3.72, 'BE234']]),
};

/** Share of organisations per country (sums to 1). */
export const COUNTRY_WEIGHTS: [string, number][] = [
  ['SE', 0.6], ['DK', 0.12], ['PL', 0.1], ['NO', 0.05], ['FI', 0.05], ['DE', 0.03],
  ['EE', 0.015], ['LT', 0.01], ['LV', 0.01], ['NL', 0.005], ['FR', 0.005], ['BE', 0.005],
];

export const COUNTRY_LANG: Record<string, Lang> = { SE: 'sv', DK: 'da', PL: 'pl' };
export const langOf = (country: string): Lang => COUNTRY_LANG[country] ?? 'en';

export const KIND_WEIGHTS: [string, number][] = [
  ['company', 0.8], ['association', 0.06], ['municipality', 0.03], ['agency', 0.03], ['network', 0.02],
  ['research', 0.02], ['other', 0.02], ['university', 0.01], ['region', 0.01],
];

// ---- names ----

export const SURNAMES: Record<Lang, string[]> = {
  sv: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
    'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Lindström', 'Åkerström', 'Öberg',
    'Ängström', 'Sjöberg', 'Håkansson', 'Björk', 'Söderström', 'Lundqvist', 'Ekström', 'Holmgren', 'Wästberg', 'Nyström',
    'Bäckström', 'Hägglund', 'Åström', 'Forsberg', 'Sandström', 'Löfgren', 'Öhman', 'Strömberg', 'Dahlén', 'Sundén'],
  da: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
    'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
    'Østergaard', 'Søgaard', 'Kjær', 'Bæk', 'Dahl', 'Lund', 'Holm', 'Skov', 'Frederiksen', 'Mølgaard', 'Højgaard', 'Nørgaard',
    'Bøgh', 'Kjærsgaard', 'Ravn', 'Brøndum'],
  pl: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak',
    'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Nowakowski',
    'Pawłowski', 'Michalski', 'Łukasiewicz', 'Żak', 'Ślusarczyk', 'Wróbel', 'Sikora', 'Błaszczyk', 'Gałązka', 'Chmielewski'],
  en: ['Smith', 'Walker', 'Hughes', 'Berg', 'Virtanen', 'Korhonen', 'Müller', 'Schmidt', 'Tamm', 'Kask', 'Kazlauskas',
    'Bērziņš', 'Ozoliņš', 'de Vries', 'Janssens', 'Martin', 'Hansen', 'Johansen', 'Nieminen', 'Mäkinen', 'Weber', 'Fischer'],
};

export const FIRST_NAMES: Record<Lang, string[]> = {
  sv: ['Anna', 'Erik', 'Åsa', 'Märta', 'Björn', 'Göran', 'Jörgen', 'Karin', 'Lars', 'Maria', 'Per', 'Sofia', 'Åke', 'Ingrid',
    'Mikael', 'Eva', 'Johan', 'Linnéa', 'Östen', 'Elin', 'Henrik', 'Malin', 'Sören', 'Helén', 'Oskar', 'Saga', 'Zlatan', 'Amira'],
  da: ['Mette', 'Søren', 'Jørgen', 'Anne', 'Lars', 'Hanne', 'Niels', 'Birgitte', 'Rasmus', 'Mads', 'Kirsten', 'Bjørn', 'Ærling',
    'Louise', 'Frederik', 'Sørine', 'Ida', 'Morten', 'Pernille', 'Thøger'],
  pl: ['Piotr', 'Łukasz', 'Małgorzata', 'Agnieszka', 'Paweł', 'Wojciech', 'Zofia', 'Katarzyna', 'Tomasz', 'Michał', 'Anna',
    'Krzysztof', 'Joanna', 'Grzegorz', 'Bożena', 'Jędrzej', 'Ewa', 'Przemysław', 'Dorota', 'Mirosław'],
  en: ['John', 'Emma', 'Mikko', 'Aino', 'Jonas', 'Lena', 'Kaspar', 'Liis', 'Tomas', 'Ieva', 'Jānis', 'Anke', 'Pieter', 'Sophie',
    'Ole', 'Ingvild', 'Jukka', 'Hanna', 'Matthias', 'Claire'],
};

/** Syllables for invented place names, as they occur in company names. */
export const PLACE_PARTS: Record<Lang, [string[], string[]]> = {
  sv: [['Norr', 'Söder', 'Väster', 'Öster', 'Ny', 'Björk', 'Ek', 'Gran', 'Sjö', 'Berg', 'Ål', 'Äng', 'Hög', 'Lå', 'Ström', 'Fors', 'Å', 'Ö', 'Mål', 'Kust', 'Fjäll', 'Skär', 'Hälsinge', 'Ljus'],
    ['vik', 'sund', 'holm', 'berg', 'dal', 'by', 'köping', 'ås', 'näs', 'fors', 'hamn', 'ström', 'torp', 'hult', 'åker', 'ö', 'bo', 'lund', 'mark', 'sjö']],
  da: [['Nord', 'Syd', 'Øst', 'Vest', 'Hjør', 'Fre', 'Skær', 'Bøg', 'Ege', 'Rø', 'Hol', 'Kø', 'Å', 'Ærø', 'Fål', 'Næs', 'Strand', 'Fjord', 'Lyng', 'Sø'],
    ['by', 'borg', 'havn', 'sted', 'lev', 'rup', 'strup', 'bæk', 'skov', 'holm', 'mark', 'ø', 'bjerg', 'købing', 'gård', 'næs']],
  pl: [['Biało', 'Czarno', 'Zielono', 'Staro', 'Nowo', 'Wysoko', 'Góro', 'Rybo', 'Leśno', 'Złoto', 'Krasno', 'Żabno', 'Łęko', 'Śnieżno'],
    ['gard', 'wice', 'ów', 'no', 'ice', 'sk', 'brzeg', 'kowo', 'lin', 'dół', 'wola', 'góra', 'łęka']],
  en: [['North', 'South', 'Blue', 'Green', 'Coastal', 'Arctic', 'Harbour', 'Pine', 'River', 'Bright', 'Nordic', 'Baltic', 'Silver', 'Oak', 'Fjord', 'Lake'],
    ['field', 'side', 'gate', 'wood', 'bay', 'point', 'stone', 'water', 'line', 'port', 'light', 'ridge']],
};

/** Polish regions and rivers, as in company names (Bałtyk Ryby Sp. z o.o.). */
export const PL_REGION_WORDS = ['Bałtyk', 'Pomorze', 'Mazowsze', 'Śląsk', 'Wisła', 'Odra', 'Warmia', 'Kaszuby', 'Żuławy', 'Podlasie', 'Mazury'];

export const PL_ADJ = ['Pomorskie', 'Bałtyckie', 'Łódzkie', 'Śląskie', 'Mazowieckie', 'Gdańskie', 'Kaszubskie', 'Warmińskie', 'Wielkopolskie', 'Zachodnie', 'Północne'];

/** Trade words in company names, paired with a NACE division they suggest. */
export const TRADES: Record<Lang, [string, string][]> = {
  sv: [['Mekaniska', '25'], ['Trä', '16'], ['Bygg', '41'], ['Fisk', '10'], ['Energi', '35'], ['Konsult', '70'], ['Elektronik', '26'],
    ['Plåt', '25'], ['Åkeri', '49'], ['Snickeri', '16'], ['Livs', '10'], ['Data', '62'], ['Måleri', '43'], ['Transport', '49'],
    ['Verkstad', '33'], ['Gjuteri', '24'], ['Bageri', '10'], ['Skog', '02'], ['Möbler', '31'], ['IT-konsult', '62'], ['Sågverk', '16'],
    ['Rör', '43'], ['Städ', '81'], ['Redovisning', '69'], ['Turism', '79'], ['Design', '74']],
  da: [['Maskinfabrik', '28'], ['Træ', '16'], ['Byg', '41'], ['Fisk', '10'], ['Energi', '35'], ['Rådgivning', '70'], ['Elektronik', '26'],
    ['Vognmand', '49'], ['Tømrer', '43'], ['Fødevarer', '10'], ['Data', '62'], ['Transport', '49'], ['Smedje', '25'], ['Bageri', '10'],
    ['Møbler', '31'], ['Vindmøller', '28'], ['Revision', '69'], ['Turisme', '79'], ['Design', '74'], ['Emballage', '17']],
  pl: [['Zakłady Mechaniczne', '25'], ['Przetwórstwo Ryb', '10'], ['Drewno', '16'], ['Budownictwo', '41'], ['Energia', '35'],
    ['Meble', '31'], ['Transport', '49'], ['Logistyka', '52'], ['Oprogramowanie', '62'], ['Elektronika', '26'], ['Piekarnia', '10'],
    ['Doradztwo', '70'], ['Opakowania', '17'], ['Turystyka', '79'], ['Stocznia', '30']],
  en: [['Robotics', '28'], ['Systems', '62'], ['Foods', '10'], ['Logistics', '52'], ['Energy', '35'], ['Solutions', '62'],
    ['Consulting', '70'], ['Engineering', '71'], ['Timber', '16'], ['Marine', '30'], ['Electronics', '26'], ['Furniture', '31'],
    ['Packaging', '17'], ['Travel', '79'], ['Design', '74'], ['Biotech', '72']],
};

export const COMPANY_FORMS: Record<string, string[]> = {
  SE: ['AB', 'AB', 'AB', 'AB', 'AB', 'AB', 'AB', 'AB', 'HB', 'HB', 'Ekonomisk förening', '& Söner AB'],
  DK: ['A/S', 'ApS', 'ApS', 'I/S', '& Søn A/S'],
  PL: ['Sp. z o.o.', 'Sp. z o.o.', 'S.A.', 'Sp.j.'],
  NO: ['AS', 'AS', 'ASA'], FI: ['Oy', 'Oy', 'Oyj', 'Ab'], DE: ['GmbH', 'GmbH', 'AG', 'KG'], EE: ['OÜ', 'AS'], LT: ['UAB', 'AB'],
  LV: ['SIA', 'AS'], NL: ['B.V.', 'N.V.'], FR: ['SAS', 'SARL'], BE: ['NV', 'BV'],
};

// ---- descriptions: templates with {product}, {topic}, {market}, {place}; one is picked per sentence ----

export interface DescriptionWords {
  company: string[];
  public: string[];
  research: string[];
  association: string[];
  products: string[];
  topics: string[];
  markets: string[];
  tags: string[];
}

export const DESCRIPTIONS: Record<Lang, DescriptionWords> = {
  sv: {
    company: [
      'Företaget tillverkar {product} för {market}.',
      'Vi säljer {product} till företag i {place} och exporterar till Norge och Danmark.',
      'Familjeföretaget har utvecklat {product} sedan 1980-talet.',
      'Tillverkning och försäljning av {product}; företagets kunder finns i hela Norden.',
      'Söker samarbetspartner inom {topic} för att nå nya marknader.',
      'Vi hjälper små och medelstora företag med {topic}.',
      'Underleverantör till fordons- och verkstadsindustrin med egen tillverkning av {product}.',
      'Företagen i koncernen arbetar med {topic} och {product}.',
      'Exporterar {product} till Tyskland, Polen och Baltikum.',
    ],
    public: [
      'Kommunen arbetar med {topic} tillsammans med företagen i {place}.',
      'Offentlig aktör med ansvar för {topic} och regional utveckling.',
      'Samverkar med näringslivet om {topic} och kompetensförsörjning.',
      'Deltar i EU-projekt om {topic} inom Interreg Östersjöprogrammet.',
    ],
    research: [
      'Forskning om {topic} i samarbete med företag och kommuner.',
      'Forskargruppen utvecklar metoder för {topic}.',
      'Utbildning och forskning inom {topic}; partner i flera EU-projekt.',
    ],
    association: [
      'Ideell förening som samlar företagare i {place} kring {topic}.',
      'Branschförening för företag inom {topic}.',
      'Föreningen arrangerar nätverksträffar om {topic}.',
    ],
    products: ['trävaror', 'möbler', 'livsmedel', 'fiskprodukter', 'maskindelar', 'programvara', 'byggmaterial', 'textilier',
      'förpackningar', 'solpaneler', 'elmotorer', 'betongelement', 'plåtdetaljer', 'hydraulik', 'kylsystem', 'ostar', 'bröd',
      'vindkraftverk', 'båtar', 'pellets'],
    topics: ['energiomställning', 'digitalisering', 'cirkulär ekonomi', 'turism', 'kompetensförsörjning', 'vätgas',
      'hållbara transporter', 'livsmedelsförädling', 'skogsindustri', 'besöksnäring', 'förnybar energi', 'innovation',
      'exportrådgivning', 'företagsutveckling', 'klimatanpassning', 'kulturutbyte'],
    markets: ['byggbranschen', 'energisektorn', 'offentlig sektor', 'hotell och restauranger', 'industriföretag',
      'jordbruket', 'sjöfarten', 'detaljhandeln'],
    tags: ['export', 'trä', 'industri', 'digitalisering', 'livsmedel', 'energi', 'turism', 'innovation', 'hållbarhet'],
  },
  da: {
    company: [
      'Virksomheden producerer {product} til {market}.',
      'Vi sælger {product} til virksomheder i {place} og eksporterer til Sverige og Tyskland.',
      'Familievirksomheden har udviklet {product} siden 1970erne.',
      'Produktion og salg af {product}; virksomhedens kunder findes i hele Norden.',
      'Søger samarbejdspartnere inden for {topic}.',
      'Vi hjælper små og mellemstore virksomheder med {topic}.',
      'Underleverandør til industrien med egen produktion af {product}.',
      'Samarbejder med virksomhederne i {place} om {topic}.',
      'Eksporterer {product} til Polen og de baltiske lande.',
    ],
    public: [
      'Kommunen arbejder med {topic} sammen med virksomhederne i {place}.',
      'Offentlig myndighed med ansvar for {topic} og regional udvikling.',
      'Samarbejder med erhvervslivet om {topic} og kompetenceudvikling.',
      'Deltager i EU-projekter om {topic} i Interreg Østersøprogrammet.',
    ],
    research: [
      'Forskning i {topic} i samarbejde med virksomheder og kommuner.',
      'Forskningsgruppen udvikler metoder til {topic}.',
      'Uddannelse og forskning inden for {topic}; partner i flere EU-projekter.',
    ],
    association: [
      'Forening der samler erhvervsdrivende i {place} om {topic}.',
      'Brancheforening for virksomheder inden for {topic}.',
      'Foreningen arrangerer netværksmøder om {topic}.',
    ],
    products: ['træprodukter', 'fødevarer', 'fisk', 'maskiner', 'software', 'byggematerialer', 'vindmøller', 'emballage',
      'møbler', 'skibsudstyr', 'elektronik', 'ost', 'brød', 'stålkonstruktioner', 'pumper', 'biogas'],
    topics: ['grøn omstilling', 'digitalisering', 'cirkulær økonomi', 'turisme', 'energi', 'brint', 'bæredygtig transport',
      'fiskeri', 'landbrug', 'innovation', 'eksport', 'havvind', 'kompetenceudvikling', 'kulturudveksling'],
    markets: ['byggeriet', 'energisektoren', 'den offentlige sektor', 'hoteller og restauranter', 'industrien', 'landbruget',
      'søfarten', 'detailhandlen'],
    tags: ['eksport', 'træ', 'industri', 'digitalisering', 'fødevarer', 'energi', 'turisme', 'innovation'],
  },
  pl: {
    company: [
      'Firma produkuje {product} dla klientów z branży {market}.',
      'Przedsiębiorstwo zajmuje się {topic} i eksportem do Szwecji.',
      'Eksport {product} do krajów skandynawskich.',
      'Przetwórstwo i handel hurtowy: {product}.',
      'Szukamy partnerów w zakresie {topic}.',
      'Rodzinna firma z tradycjami; produkcja {product} od 1990 roku.',
      'Dostawca {product} dla przemysłu stoczniowego i budowlanego.',
    ],
    public: [
      'Gmina współpracuje z przedsiębiorcami w zakresie {topic}.',
      'Instytucja publiczna odpowiedzialna za {topic} i rozwój regionalny.',
      'Miasto partnerskie: współpraca gospodarcza, kultura i wymiana młodzieży.',
      'Uczestniczy w projektach Interreg dotyczących {topic}.',
    ],
    research: [
      'Badania nad {topic} we współpracy z przemysłem.',
      'Instytut prowadzi badania i szkolenia w zakresie {topic}.',
    ],
    association: [
      'Stowarzyszenie przedsiębiorców z regionu {place}.',
      'Izba gospodarcza wspierająca firmy w zakresie {topic}.',
    ],
    products: ['wyrobów z drewna', 'żywności', 'ryb', 'części maszyn', 'oprogramowania', 'materiałów budowlanych', 'mebli',
      'opakowań', 'konstrukcji stalowych', 'łodzi', 'pieczywa', 'urządzeń elektrycznych'],
    topics: ['transformacji energetycznej', 'cyfryzacji', 'gospodarki o obiegu zamkniętym', 'turystyki', 'logistyki',
      'energii odnawialnej', 'innowacji', 'przetwórstwa spożywczego', 'energetyki morskiej', 'wodoru'],
    markets: ['budowlanej', 'energetycznej', 'spożywczej', 'stoczniowej', 'motoryzacyjnej', 'meblarskiej'],
    tags: ['eksport', 'drewno', 'przemysł', 'cyfryzacja', 'żywność', 'energia', 'turystyka'],
  },
  en: {
    company: [
      'The company manufactures {product} for {market}.',
      'We sell {product} to customers in {place} and across the Baltic Sea region.',
      'Manufacturing and distribution of {product}.',
      'Family-owned manufacturer of {product} since 1985.',
      'Looking for partners in {topic} to reach new markets.',
      'We help small and medium-sized enterprises with {topic}.',
      'Supplier of {product} to manufacturers in the automotive and energy industries.',
      'Exports {product} to Sweden, Denmark and Poland.',
    ],
    public: [
      'The municipality works on {topic} together with local businesses in {place}.',
      'Public body responsible for {topic} and regional development.',
      'Takes part in Interreg projects on {topic}.',
    ],
    research: [
      'Research on {topic} in cooperation with companies and cities.',
      'The research group develops methods for {topic}.',
      'Education and research in {topic}; partner in several EU projects.',
    ],
    association: [
      'Business association bringing together companies in {place} around {topic}.',
      'Industry association for companies working on {topic}.',
      'Network of European cities and regions working on {topic}.',
    ],
    products: ['timber products', 'food products', 'machine parts', 'software', 'building materials', 'wind turbines',
      'packaging', 'furniture', 'electric motors', 'boats', 'sensors', 'medical devices', 'batteries', 'steel structures'],
    topics: ['energy transition', 'digitalisation', 'circular economy', 'tourism', 'skills development', 'hydrogen',
      'sustainable transport', 'food processing', 'forestry', 'renewable energy', 'innovation', 'export promotion',
      'climate adaptation', 'cultural exchange', 'offshore wind'],
    markets: ['the construction sector', 'the energy sector', 'the public sector', 'hotels and restaurants', 'industrial customers',
      'agriculture', 'shipping', 'retail'],
    tags: ['export', 'timber', 'industry', 'digital', 'food', 'energy', 'tourism', 'innovation'],
  },
};

export const TITLES: Record<Lang, string[]> = {
  sv: ['VD', 'Ekonomichef', 'Försäljningschef', 'Projektledare', 'Kommunikatör', 'Näringslivsutvecklare', 'Inköpare', 'Ordförande'],
  da: ['Direktør', 'Salgschef', 'Projektleder', 'Erhvervskonsulent', 'Indkøber', 'Formand', 'Økonomichef'],
  pl: ['Prezes zarządu', 'Dyrektor handlowy', 'Kierownik projektu', 'Specjalista ds. eksportu', 'Księgowa', 'Przewodniczący'],
  en: ['CEO', 'Sales manager', 'Project manager', 'Export manager', 'Head of research', 'Chair', 'Procurement officer'],
};
