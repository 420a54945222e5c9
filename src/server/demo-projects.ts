// Demo content for the EU project portfolio: a dozen projects of a Swedish coastal municipality
// across the whole lifecycle, on catalogue programmes and on one regional fund of its own, with
// partners from the demo register (so their partnerships show on the register's map) and a dated
// history. Written through the same services as real work, each move on its own day.
import type { Tx } from './db/tenancy.ts';
import type { Actor } from './modules/members/service.ts';
import type { OrganisationInput } from './modules/organisations/schema.ts';
import { createOrganisation } from './modules/organisations/service.ts';
import type { OurRole, PartnerRole, ProjectStatus } from './modules/projects/lifecycle.ts';
import { moveProject, reopenProject } from './modules/projects/moves.ts';
import { addPartner } from './modules/projects/partners.ts';
import { createProgramme } from './modules/projects/programmes.ts';
import { createCall, followCall } from './modules/calls/service.ts';
import { createProject } from './modules/projects/service.ts';

const DAY = 86_400_000;
type Staff = 'anna' | 'erik' | 'asa' | 'zlatan';
const STAFF_INDEX: Record<Staff, number> = { anna: 0, erik: 1, asa: 2, zlatan: 3 };

interface DemoProject {
  acronym: string;
  title: string;
  summary: string;
  /** A catalogue code, or 'own' for the workspace's regional fund. */
  programme: string;
  themes: string[];
  sdgs: number[];
  ourRole: OurRole;
  officer: Staff;
  /** Start and end, in days from today. */
  runs: [number, number];
  partners: [string, PartnerRole][];
  /** The moves after the idea, each this many days ago; the first entry is when the idea came up. */
  history: [ProjectStatus, number, string?][];
  /** Reopened as a new idea this many days ago. */
  reopened?: number;
}

const PROJECTS: DemoProject[] = [
  {
    acronym: 'BALTIC-H2', title: 'Grön vätgas för små hamnar runt Östersjön', programme: 'interreg-baltic-sea-region-2021-2027',
    summary: 'Små hamnar i Sverige, Danmark, Polen och Tyskland testar lokal produktion av grön vätgas från vindkraft för arbetsfartyg och hamnmaskiner.',
    themes: ['po2'], sdgs: [7, 9, 13], ourRole: 'partner', officer: 'asa', runs: [-400, 700],
    partners: [['gdansk', 'lead'], ['energi', 'partner'], ['aalborg', 'partner'], ['rostock', 'partner']],
    history: [['idea', 1100], ['in_preparation', 1040, 'Partnerskapet klart efter mötet i Gdańsk.'], ['submitted', 900, 'Ansökan inlämnad i Jems.'], ['approved', 760, 'Beviljad av övervakningskommittén.'], ['contracted', 700], ['running', 400, 'Startmöte i Östanviks hamn.']],
  },
  {
    acronym: 'WINDCOAST', title: 'Kompetens för havsbaserad vindkraft i kustföretag', programme: 'interreg-central-baltic-2021-2027',
    summary: 'Små och medelstora företag längs kusten utbildas för att bli leverantörer till havsbaserad vindkraft, tillsammans med universitet i Estland och Sverige.',
    themes: ['po1', 'po2'], sdgs: [4, 7, 8], ourRole: 'lead_partner', officer: 'asa', runs: [270, 1350],
    partners: [['tartu', 'partner'], ['saaremaa', 'partner'], ['energi', 'associated'], ['hig', 'partner']],
    history: [['idea', 200], ['in_preparation', 150, 'Beslut i kommunstyrelsen om att vara huvudpartner.'], ['submitted', 21, 'Ansökan inlämnad före stängningsdagen.']],
  },
  {
    acronym: 'FORESTCLIM', title: 'Klimatanpassat skogsbruk i Hälsingland', programme: 'life',
    summary: 'Idé: visa hur blandskog och hyggesfria metoder gör skogen tåligare mot torka och stormar, med sågverket och Högskolan i Gävle.',
    themes: ['po2'], sdgs: [13, 15], ourRole: 'lead_partner', officer: 'erik', runs: [500, 1960],
    partners: [['sagverk', 'partner'], ['hig', 'partner']],
    history: [['idea', 30]],
  },
  {
    acronym: 'YOUTH-BRIDGE', title: 'Ungdomsutbyte mellan Östanvik och Kołobrzeg', programme: 'erasmus-plus',
    summary: 'Ungdomar från båda kuststäderna arbetade med entreprenörskap och demokrati under två sommarläger.',
    themes: ['po4'], sdgs: [4, 16], ourRole: 'lead_partner', officer: 'zlatan', runs: [-1200, -600],
    partners: [['kolobrzeg', 'partner']],
    history: [['idea', 1500], ['in_preparation', 1450], ['submitted', 1400], ['approved', 1300], ['contracted', 1250], ['running', 1200], ['final_report', 580, 'Slutrapporten skickad till det nationella programkontoret.'], ['closed', 480, 'Slutrapporten godkänd.']],
  },
  {
    acronym: 'DIGI-SME', title: 'Digitalisering av småföretag på landsbygden', programme: 'interreg-europe-2021-2027',
    summary: 'Erfarenhetsutbyte om regionala stöd för digitalisering i småföretag, med IT-företag och universitet som kunskapspartner.',
    themes: ['po1'], sdgs: [8, 9], ourRole: 'partner', officer: 'erik', runs: [-60, 1400],
    partners: [['tartu', 'lead'], ['it', 'associated'], ['eurocities', 'partner']],
    history: [['idea', 420], ['in_preparation', 380], ['submitted', 300], ['rejected', 120, 'Avslag: för svag koppling till regionala styrdokument.']],
    reopened: 40,
  },
  {
    acronym: 'BLUEFOOD', title: 'Hållbara värdekedjor för fisk från Bottenhavet', programme: 'interreg-baltic-sea-region-2021-2027',
    summary: 'Fiskförädlare och grossister i Sverige och Polen utvecklar spårbara och klimatsmarta värdekedjor för fisk.',
    themes: ['po2'], sdgs: [12, 14], ourRole: 'partner', officer: 'zlatan', runs: [120, 1200],
    partners: [['gdansk', 'lead'], ['fisk', 'partner'], ['polskafirma', 'associated']],
    history: [['idea', 500], ['in_preparation', 430], ['submitted', 260], ['approved', 14, 'Beviljad; kontraktet skickas i januari.']],
  },
  {
    acronym: 'TIMBER-LINK', title: 'Trähusbyggande för export till Danmark', programme: 'own',
    summary: 'Sågverket och en dansk grossist tar fram ett gemensamt system för prefabricerade trähus, med rådgivning från Almi.',
    themes: ['po1', 'po2'], sdgs: [9, 12], ourRole: 'lead_partner', officer: 'erik', runs: [25, 750],
    partners: [['sagverk', 'partner'], ['danskfirma', 'partner'], ['almi', 'associated']],
    history: [['idea', 320], ['in_preparation', 280], ['submitted', 200], ['approved', 90], ['contracted', 10, 'Kontraktet undertecknat av kommundirektören.']],
  },
  {
    acronym: 'SMARTPORT', title: 'Smarta och utsläppsfria hamnar', programme: 'horizon-europe',
    summary: 'Forsknings- och innovationsprojekt om digital styrning av el till fartyg i hamn; kommunen deltar som testplats.',
    themes: ['po1', 'po3'], sdgs: [9, 11, 13], ourRole: 'associated_partner', officer: 'asa', runs: [400, 1860],
    partners: [['gdansk', 'lead'], ['aalborg', 'partner'], ['string', 'associated']],
    history: [['idea', 90], ['in_preparation', 45, 'Bjudna av Politechnika Gdańska att delta.']],
  },
  {
    acronym: 'COASTTRAIL', title: 'Kulturled längs kusten från Östanvik till Saaremaa', programme: 'creative-europe',
    summary: 'En gemensam kulturled för besökare med berättelser om sjöfart och fiske. Drogs tillbaka när huvudpartnern på Saaremaa inte fick medfinansiering.',
    themes: ['po4'], sdgs: [8, 11], ourRole: 'partner', officer: 'zlatan', runs: [-200, 500],
    partners: [['saaremaa', 'lead'], ['turism', 'partner']],
    history: [['idea', 600], ['in_preparation', 540], ['withdrawn', 470, 'Saaremaa fick ingen nationell medfinansiering.']],
  },
  {
    acronym: 'GREEN-CITIES', title: 'Gröna mötesplatser i små städer', programme: 'urbact-iv-2021-2027',
    summary: 'Nätverk av små städer som gör om torg och hamnområden till gröna mötesplatser, med en lokal handlingsplan i varje stad.',
    themes: ['po5'], sdgs: [11, 13], ourRole: 'partner', officer: 'zlatan', runs: [-900, -20],
    partners: [['eurocities', 'associated'], ['kolobrzeg', 'lead'], ['aalborg', 'partner']],
    history: [['idea', 1300], ['in_preparation', 1250], ['submitted', 1150], ['approved', 1000], ['contracted', 950], ['running', 900], ['final_report', 15, 'Slutrapporten skrivs; lokala handlingsplanen antagen.']],
  },
  {
    acronym: 'ENERGYCOM', title: 'Energigemenskaper för hushåll och företag', programme: 'interreg-europe-2021-2027',
    summary: 'Regionerna lär av varandra hur energigemenskaper kan få hushåll och småföretag att dela på sol- och vindel.',
    themes: ['po2'], sdgs: [7, 11], ourRole: 'partner', officer: 'asa', runs: [-250, 1200],
    partners: [['string', 'lead'], ['aalborg', 'partner'], ['hig', 'associated']],
    history: [['idea', 800], ['in_preparation', 760], ['submitted', 640], ['approved', 430], ['contracted', 300], ['running', 250]],
  },
];

const EXTRA_ORGS: (Pick<OrganisationInput, 'name' | 'kind' | 'country'> & Partial<OrganisationInput> & { key: string })[] = [
  { key: 'rostock', name: 'Hanse- und Universitätsstadt Rostock', kind: 'municipality', country: 'DE', city: 'Rostock', lat: 54.09, lon: 12.13, nutsCode: 'DE803', description: 'Hafenstadt an der Ostsee: Wasserstoff, Hafenwirtschaft und Energiewende.', themes: ['po2'] },
  { key: 'aalborg', name: 'Aalborg Kommune', kind: 'municipality', country: 'DK', city: 'Aalborg', lat: 57.05, lon: 9.92, nutsCode: 'DK050', description: 'Kommune i Nordjylland med erfaring i grøn omstilling, fjernvarme og byudvikling ved havnen.', themes: ['po2', 'po5'] },
  { key: 'kolobrzeg', name: 'Gmina Miasto Kołobrzeg', kind: 'municipality', country: 'PL', city: 'Kołobrzeg', lat: 54.18, lon: 15.58, nutsCode: 'PL426', description: 'Nadmorskie miasto uzdrowiskowe: turystyka, kultura i wymiana młodzieży.', themes: ['po4'] },
  { key: 'saaremaa', name: 'Saaremaa vald', names: { en: 'Saaremaa Municipality' }, kind: 'municipality', country: 'EE', city: 'Kuressaare', lat: 58.25, lon: 22.48, nutsCode: 'EE004', description: 'Island municipality: coastal tourism, maritime heritage and offshore wind.', themes: ['po2', 'po4'] },
];

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

export async function seedDemoProjects(tx: Tx, ctx: { workspaceId: string; staff: string[]; organisations: Map<string, string>; now: Date }) {
  const actor = (s: Staff): Actor => ({ workspaceId: ctx.workspaceId, userId: ctx.staff[STAFF_INDEX[s]]!, requestId: 'demo' });
  const ago = (days: number) => new Date(ctx.now.getTime() - days * DAY);
  const orgs = new Map(ctx.organisations);
  for (const { key, ...o } of EXTRA_ORGS) {
    const created = await createOrganisation(tx, actor('asa'), { names: {}, identifiers: [], themes: [], sdgs: [], description: '', tags: [], isLocal: false, isOwn: false, ...o } as OrganisationInput);
    orgs.set(key, created.id);
  }
  const own = await createProgramme(tx, actor('anna'), {
    name: 'Regionala utvecklingsmedel Gävleborg',
    fund: 'regional',
    periodStart: 2021,
    periodEnd: 2027,
    cci: null,
    managingAuthority: 'Region Gävleborg',
    eligibleNuts: ['SE313'],
    maxCofinancingRate: 50,
    currency: 'SEK',
    url: null,
  });
  const catalogue = new Map((await tx.selectFrom('programmes').select(['id', 'code']).where('workspace_id', 'is', null).execute()).map((p) => [p.code, p.id]));
  for (const p of PROJECTS) {
    const [first, ...moves] = p.history;
    const by = actor(p.officer);
    const project = await createProject(
      tx,
      by,
      {
        acronym: p.acronym,
        title: p.title,
        summary: p.summary,
        // A catalogue entry this release does not ship leaves the project without a programme.
        programmeId: p.programme === 'own' ? own.id : (catalogue.get(p.programme) ?? null),
        themes: p.themes,
        sdgs: p.sdgs,
        ourRole: p.ourRole,
        officerId: by.userId,
        startDate: isoDay(ago(-p.runs[0])),
        endDate: isoDay(ago(-p.runs[1])),
      },
      ago(first![1]),
      'sv',
    );
    for (const [key, role] of p.partners) await addPartner(tx, by, project.id, { organisationId: orgs.get(key)!, role }, ago(first![1]), 'sv');
    for (const [to, daysAgo, note] of moves) await moveProject(tx, by, project.id, { to, note: note ?? '' }, ago(daysAgo), 'sv');
    if (p.reopened) await reopenProject(tx, by, project.id, ago(p.reopened), 'sv');
  }
  await seedDemoCalls(tx, { catalogue, actor, ago });
}

/**
 * Three calls around today: two open (one followed by Åsa, so its reminders come; one in two
 * stages), and one that closed last month. Deadlines at 17:00 Brussels time, as EU
 * calls state them.
 */
async function seedDemoCalls(tx: Tx, ctx: { catalogue: Map<string | null, string>; actor: (s: Staff) => Actor; ago: (days: number) => Date }) {
  const wall = (daysAhead: number) => `${isoDay(ctx.ago(-daysAhead))}T17:00`;
  const now = ctx.ago(0);
  const calls = [
    {
      programme: 'interreg-baltic-sea-region-2021-2027', identifier: 'BSR-C5', title: 'Femte utlysningen: små projekt för klimatneutrala hamnar',
      opensOn: isoDay(ctx.ago(20)), deadline: wall(40), stage2Deadline: null, policyObjectives: ['PO2'], budget: { amountMinor: 1_200_000_000, currency: 'EUR' },
      url: 'https://interreg-baltic.eu/', notes: 'Småprojekt, högst 500 000 euro. Kontakta Region Gävleborg om medfinansiering.', follow: true,
    },
    {
      programme: 'horizon-europe', identifier: 'HORIZON-CL5-2027-D6-01', title: 'Zero-emission ports and their hinterland',
      opensOn: isoDay(ctx.ago(10)), deadline: wall(70), stage2Deadline: wall(190), policyObjectives: [], budget: { amountMinor: 2_500_000_000, currency: 'EUR' },
      url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/', notes: '', follow: false,
    },
    {
      programme: 'interreg-central-baltic-2021-2027', identifier: 'CB-4', title: 'Fjärde utlysningen: kompetens och arbetsmarknad',
      opensOn: isoDay(ctx.ago(120)), deadline: wall(-30), stage2Deadline: null, policyObjectives: ['PO4'], budget: null,
      url: null, notes: 'WINDCOAST sökte här.', follow: false,
    },
  ];
  for (const { programme, follow, ...c } of calls) {
    const programmeId = ctx.catalogue.get(programme);
    if (!programmeId) continue;
    const call = await createCall(tx, ctx.actor('asa'), { ...c, programmeId, timeZone: 'Europe/Brussels', themes: [] }, now);
    if (follow) await followCall(tx, ctx.actor('asa'), call.id, true, now);
  }
}
