// Funding programmes shipped with Samverkan: the Interreg 2021–2027 programmes that cover Sweden,
// Denmark and Poland, and the EU's direct programmes. Every workspace sees them; workspaces add
// their own (national and regional funds) beside them. A code or rate is given only where it is
// published; otherwise it is null, never guessed.
//
// Sources: the programmes' own websites (the `url` of each entry); the Polish national
// Interreg portal ewt.gov.pl (managing authorities and areas of the programmes with Poland);
// eufonder.se (areas and rates of the programmes with Sweden); the approved programme documents of
// Interreg Europe (CCI 2021TC16RFIR001) and URBACT IV (CCI 2021TC16FFIR001); cz-pl.eu (CCI
// 2021TC16RFCB024); keep.eu programme records (ESPON 2030, URBACT IV) and the Interreg list of the
// French partnership agreement 2021–2027 (North Sea, 2021TC16RFTN004), both as republished in public
// repositories. NUTS codes are those of the NUTS 2021 vocabulary (nuts.ts). `eligibleNuts` lists
// only regions that are eligible as a whole; regions eligible in part are named in a comment.
import type { ProgrammeSeed } from './types.ts';

export const FUNDS = [
  'interreg',
  'erdf',
  'esf_plus',
  'horizon_europe',
  'erasmus_plus',
  'life',
  'cerv',
  'creative_europe',
  'interreg_europe',
  'urbact',
  'national',
  'regional',
  'other',
] as const;

const interreg2127 = { fund: 'interreg', periodStart: 2021, periodEnd: 2027, currency: 'EUR' } as const;
/** An EU programme under direct management, open EU-wide; rates differ by action and call. */
function direct2127(fund: ProgrammeSeed['fund'], code: string, name: string): ProgrammeSeed {
  return {
    code,
    name,
    fund,
    periodStart: 2021,
    periodEnd: 2027,
    cci: null,
    managingAuthority: null,
    eligibleNuts: [],
    maxCofinancingRate: null,
    currency: 'EUR',
    url: null,
  };
}

const POLISH_MINISTRY = 'Ministry of Development Funds and Regional Policy (Poland)';

export const programmeCatalogue: readonly ProgrammeSeed[] = [
  // --- Interreg A: cross-border ---------------------------------------------------------------
  {
    ...interreg2127,
    code: 'interreg-oks-2021-2027',
    name: 'Interreg Öresund-Kattegat-Skagerrak 2021–2027',
    cci: null,
    managingAuthority: null,
    // Nordjylland, Midtjylland, Sjælland, Hovedstaden; Skåne, Halland, Västra Götaland; Oslo og
    // Viken (Oslo, Østfold, Akershus, Buskerud), Vestfold og Telemark, Agder.
    eligibleNuts: ['DK01', 'DK02', 'DK04', 'DK05', 'SE224', 'SE231', 'SE232', 'NO08', 'NO09'],
    // Up to 60 % for Danish and Swedish partners; Norwegian partners at most 50 % national funding.
    maxCofinancingRate: 60,
    url: 'https://interreg-oks.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-sverige-norge-2021-2027',
    name: 'Interreg Sverige-Norge 2021–2027',
    cci: null,
    managingAuthority: 'Länsstyrelsen i Jämtlands län',
    // Nordens Gröna Bälte: Jämtland, Västernorrland, Trøndelag; Centrala Skandinavien: Värmland,
    // Dalarna, Innlandet. Also eligible in part: Västra Götaland (SE232) and Viken (NO082).
    eligibleNuts: ['SE322', 'SE321', 'NO060', 'SE311', 'SE312', 'NO020'],
    maxCofinancingRate: null,
    url: null,
  },
  {
    ...interreg2127,
    code: 'interreg-aurora-2021-2027',
    name: 'Interreg Aurora 2021–2027',
    cci: null,
    managingAuthority: 'Länsstyrelsen i Norrbottens län',
    // NUTS 3 list of the final programme draft (June 2021), Sápmi sub-area included. Idre sameby in
    // Dalarna (SE312) and Elgå reinbeitedistrikt in Innlandet (NO020) belong to the Sápmi sub-area
    // only; Kainuu and Pohjois-Karjala are named by some regional sources but not by the draft.
    eligibleNuts: [
      'FI194', 'FI195', 'FI1D5', 'FI1D9', 'FI1D7',
      'NO020', 'NO060', 'NO071', 'NO074',
      'SE312', 'SE321', 'SE322', 'SE331', 'SE332',
    ],
    maxCofinancingRate: null,
    url: 'https://interregaurora.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-south-baltic-2021-2027',
    name: 'Interreg South Baltic 2021–2027',
    cci: null,
    managingAuthority: POLISH_MINISTRY,
    eligibleNuts: [
      'PL42', 'PL63', 'PL621',
      'DE80N', 'DE803', 'DE80M', 'DE80L', 'DE80K',
      'DK014', 'DK021', 'DK022',
      'SE221', 'SE224', 'SE213', 'SE212',
      'LT023', 'LT028', 'LT027',
    ],
    maxCofinancingRate: null,
    url: 'https://southbaltic.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-central-baltic-2021-2027',
    name: 'Interreg Central Baltic 2021–2027',
    cci: null,
    managingAuthority: 'Regional Council of Southwest Finland',
    // Area as in the programme document of the public hearing (8 February 2021); the programme
    // states that the area is unchanged from 2014–2020.
    eligibleNuts: [
      'EE',
      'FI196', 'FI1C1', 'FI1B1', 'FI1C4', 'FI197', 'FI1C2', 'FI1C3', 'FI1C5', 'FI200',
      'LV003', 'LV006', 'LV007', 'LV008', 'LV009',
      'SE313', 'SE121', 'SE110', 'SE122', 'SE123', 'SE214', 'SE125', 'SE124',
    ],
    maxCofinancingRate: null,
    url: 'https://centralbaltic.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-deutschland-danmark-2021-2027',
    name: 'Interreg 6A Deutschland-Danmark 2021–2027',
    cci: null,
    managingAuthority: 'Investitionsbank Schleswig-Holstein',
    eligibleNuts: [
      'DK02', 'DK03',
      'DEF07', 'DEF0C', 'DEF0B', 'DEF0A', 'DEF08', 'DEF01', 'DEF02', 'DEF04', 'DEF03',
    ],
    maxCofinancingRate: 65,
    url: 'https://www.interreg-de-dk.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-polska-saksonia-2021-2027',
    name: 'Interreg Polska–Saksonia 2021–2027',
    cci: null,
    managingAuthority: POLISH_MINISTRY,
    // Jeleniogórski subregion, Bautzen, Görlitz. Also eligible: powiat żarski (part of PL432).
    eligibleNuts: ['PL515', 'DED2C', 'DED2D'],
    maxCofinancingRate: null,
    url: 'https://pl.plsn.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-brandenburg-polska-2021-2027',
    name: 'Interreg VI A Brandenburg – Poland 2021–2027',
    cci: null,
    managingAuthority: 'Ministry of Finance and European Affairs of the State of Brandenburg',
    eligibleNuts: ['PL43', 'DE409', 'DE40C', 'DE40G', 'DE403', 'DE402'],
    maxCofinancingRate: 80,
    url: 'https://interreg-brandenburg-polska.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-mv-brandenburg-polska-2021-2027',
    name: 'Interreg VI A Mecklenburg-Vorpommern / Brandenburg / Polen 2021–2027',
    cci: null,
    managingAuthority: null,
    eligibleNuts: ['DE80J', 'DE80N', 'DE80L', 'DE405', 'DE40I', 'DE409', 'PL426', 'PL427', 'PL428', 'PL424'],
    maxCofinancingRate: 80,
    url: 'https://www.interreg6a.net',
  },
  {
    ...interreg2127,
    code: 'interreg-cesko-polsko-2021-2027',
    name: 'Interreg Česko–Polsko 2021–2027',
    cci: '2021TC16RFCB024',
    managingAuthority: 'Ministry for Regional Development of the Czech Republic',
    // Also eligible: powiat strzeliński (part of PL518) and powiat pszczyński (part of PL22C).
    eligibleNuts: [
      'PL225', 'PL227', 'PL515', 'PL517', 'PL523', 'PL524',
      'CZ051', 'CZ052', 'CZ053', 'CZ071', 'CZ080',
    ],
    maxCofinancingRate: null,
    url: 'https://www.cz-pl.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-polska-slowacja-2021-2027',
    name: 'Interreg Polska–Słowacja 2021–2027',
    cci: null,
    managingAuthority: POLISH_MINISTRY,
    // Polish subregions whose powiaty are all in the area. Further powiaty in Małopolskie
    // (myślenicki) and Podkarpackie, and the Slovak side, are not listed here.
    eligibleNuts: ['PL225', 'PL21A', 'PL219', 'PL218'],
    maxCofinancingRate: null,
    url: 'https://pl.plsk.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-lietuva-polska-2021-2027',
    name: 'Interreg VI-A Lithuania–Poland 2021–2027',
    cci: null,
    managingAuthority: 'Ministry of the Interior of the Republic of Lithuania',
    // Białostocki, Suwalski, Ełcki; Marijampolė, Alytus, Tauragė, Kaunas counties. Also eligible:
    // Vilnius county without the city of Vilnius (part of LT011). An amendment submitted in
    // October 2023 adds the Olsztyński and Łomżyński subregions.
    eligibleNuts: ['PL841', 'PL843', 'PL623', 'LT024', 'LT021', 'LT027', 'LT022'],
    maxCofinancingRate: null,
    url: 'https://lietuva-polska.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-next-polska-ukraina-2021-2027',
    name: 'Interreg NEXT Poland–Ukraine 2021–2027',
    cci: null,
    managingAuthority: POLISH_MINISTRY,
    // Lubelskie, Podkarpackie, Podlaskie. Also eligible: part of Mazowieckie, and the Volyn, Lviv,
    // Zakarpattia, Rivne, Ternopil and Ivano-Frankivsk oblasts of Ukraine (not in NUTS).
    eligibleNuts: ['PL81', 'PL82', 'PL84'],
    maxCofinancingRate: 90,
    url: 'https://www.pbu2020.eu',
  },
  // --- Interreg B: transnational --------------------------------------------------------------
  {
    ...interreg2127,
    code: 'interreg-baltic-sea-region-2021-2027',
    name: 'Interreg Baltic Sea Region 2021–2027',
    cci: null,
    managingAuthority: 'Investitionsbank Schleswig-Holstein',
    eligibleNuts: [
      'DK', 'EE', 'FI', 'LV', 'LT', 'PL', 'SE',
      'DE3', 'DE4', 'DE5', 'DE6', 'DE8', 'DEF', 'DE93',
      'NO02', 'NO06', 'NO08', 'NO09', 'NO0A',
    ],
    // ERDF up to 80 %; Norwegian partners up to 50 % national funding (priorities 1–3).
    maxCofinancingRate: 80,
    url: 'https://interreg-baltic.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-north-sea-2021-2027',
    name: 'Interreg North Sea 2021–2027',
    cci: '2021TC16RFTN004',
    managingAuthority: 'Danish Business Authority',
    // Denmark and the Netherlands; in Sweden Värmland, Västra Götaland, Halland, Skåne, Kronoberg.
    // Also eligible: parts of Belgium (Flanders), Germany, France and Norway, not listed here.
    eligibleNuts: ['DK', 'NL', 'SE311', 'SE232', 'SE231', 'SE224', 'SE212'],
    maxCofinancingRate: 60,
    url: 'https://interregnorthsea.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-central-europe-2021-2027',
    name: 'Interreg CENTRAL EUROPE 2021–2027',
    cci: null,
    managingAuthority: 'City of Vienna',
    eligibleNuts: [
      'AT', 'HR', 'CZ', 'HU', 'PL', 'SK', 'SI',
      'DE1', 'DE2', 'DE3', 'DE4', 'DE8', 'DED', 'DEE', 'DEG', 'DE91',
      'ITC1', 'ITC2', 'ITC3', 'ITC4', 'ITH1', 'ITH2', 'ITH3', 'ITH4', 'ITH5',
    ],
    maxCofinancingRate: null,
    url: 'https://www.interreg-central.eu',
  },
  {
    ...interreg2127,
    code: 'interreg-npa-2021-2027',
    name: 'Interreg Northern Periphery and Arctic 2021–2027',
    cci: null,
    managingAuthority: 'Länsstyrelsen i Västerbottens län',
    // EU part as published by the programme (Keski-Suomi only of Länsi-Suomi). Also eligible: the
    // Faroe Islands, Greenland, Iceland and northern Norway, of which only Svalbard and Jan Mayen
    // is listed here.
    eligibleNuts: ['FI193', 'FI1D', 'IE04', 'IE051', 'IE053', 'SE32', 'SE33', 'NO0B'],
    maxCofinancingRate: null,
    url: 'https://www.interreg-npa.eu',
  },
  // --- Interreg C: interregional (the whole EU) -----------------------------------------------
  {
    ...interreg2127,
    fund: 'interreg_europe',
    code: 'interreg-europe-2021-2027',
    name: 'Interreg Europe 2021–2027',
    cci: '2021TC16RFIR001',
    managingAuthority: null,
    eligibleNuts: [],
    maxCofinancingRate: null,
    url: 'https://www.interregeurope.eu',
  },
  {
    ...interreg2127,
    fund: 'urbact',
    code: 'urbact-iv-2021-2027',
    name: 'URBACT IV',
    cci: '2021TC16FFIR001',
    managingAuthority: 'Agence nationale de la cohésion des territoires (ANCT)',
    eligibleNuts: [],
    maxCofinancingRate: null,
    url: 'https://urbact.eu',
  },
  {
    ...interreg2127,
    code: 'espon-2030',
    name: 'ESPON 2030',
    cci: '2021TC16RFIR004',
    managingAuthority: null,
    eligibleNuts: [],
    maxCofinancingRate: null,
    url: null,
  },
  {
    ...interreg2127,
    code: 'interact-2021-2027',
    name: 'Interact 2021–2027',
    cci: null,
    managingAuthority: null,
    eligibleNuts: [],
    maxCofinancingRate: null,
    url: null,
  },
  // --- EU direct programmes ------------------------------------------------------------------
  direct2127('horizon_europe', 'horizon-europe', 'Horizon Europe'),
  direct2127('erasmus_plus', 'erasmus-plus', 'Erasmus+'),
  direct2127('life', 'life', 'LIFE Programme'),
  direct2127('cerv', 'cerv', 'Citizens, Equality, Rights and Values (CERV)'),
  direct2127('creative_europe', 'creative-europe', 'Creative Europe'),
];
