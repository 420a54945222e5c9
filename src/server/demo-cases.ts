// Demo content for the case desk: questions from the public form, the phone, visits, e-mail, chat
// and a letter, in Swedish, Danish, English and Polish, in every status, linked to the demo
// register. Registered and moved through the same services as real cases, each at its own time
// (so numbers follow the order they came in), without sending any mail.
import type { Tx } from './db/tenancy.ts';
import type { Actor } from './modules/members/service.ts';
import { categoryByCode, registerByCode } from './modules/cases/categories.ts';
import { addMessage, addNote } from './modules/cases/entries.ts';
import { checkOrganisationNumber } from './modules/cases/fields.ts';
import { registerCase, workspaceFacts } from './modules/cases/register.ts';
import { organisationByNumber } from './modules/cases/requester.ts';
import { RegisterCaseBody, TransitionBody } from './modules/cases/schema.ts';
import { createCase } from './modules/cases/service.ts';
import { moveCase } from './modules/cases/transitions.ts';
import { seedDemoReferrals } from './demo-case-referrals.ts';

type Staff = 'anna' | 'erik' | 'asa' | 'zlatan' | 'marta';
const STAFF_INDEX: Record<Staff, number> = { anna: 0, erik: 1, asa: 2, zlatan: 3, marta: 4 };

interface Step {
  /** Hours after the case came in. */
  after: number;
  by: Staff;
  status?: string;
  unit?: string;
  assignee?: Staff;
  referredTo?: string;
  comment?: string;
  note?: string;
  /** A message recorded by phone (no mail is sent in the demo). */
  phoned?: { direction: 'in' | 'out'; body: string };
}

interface DemoCase {
  daysAgo: number;
  by: Staff | null; // null: the public form
  channel: 'web' | 'phone' | 'visit' | 'email' | 'chat' | 'letter';
  language: string;
  category: string;
  title: string;
  description: string;
  requester: { kind: 'company' | 'newcomer' | 'other'; name?: string; email?: string; phone?: string; organisationName?: string; organisationNumber?: string; scheme?: 'dk_cvr'; org?: string; personEmail?: string };
  links?: string[];
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  secret?: string;
  steps?: Step[];
}

const CASES: DemoCase[] = [
  { daysAgo: 40, by: 'marta', channel: 'visit', language: 'sv', category: 'natverk-evenemang', title: 'Vill presentera sommarens evenemang på frukostmötet', description: 'Ödmårdens Turism vill få tio minuter på frukostmötet första torsdagen i december för att berätta om sommarens evenemang och söka samarbetspartner.', requester: { kind: 'company', name: 'Jonas Ödmark', phone: '070-311 22 33', org: 'turism' }, steps: [{ after: 4, by: 'erik', status: 'in_progress' }, { after: 26, by: 'erik', status: 'answered', comment: 'Inbjuden att tala på frukostmötet den 4 december.' }, { after: 30, by: 'erik', status: 'closed' }] },
  { daysAgo: 30, by: 'marta', channel: 'visit', language: 'sv', category: 'lokaler-mark', title: 'Behöver större lokal och mark i industriområdet', description: 'Åkerströms Mekaniska växer och behöver 2 000 m² verkstadsyta med möjlighet att bygga ut. Frågar efter lediga tomter på Norra industriområdet.', requester: { kind: 'company', name: 'Eva Åkerström', phone: '0652-100 20', org: 'mek' }, steps: [{ after: 2, by: 'marta', status: 'assigned', unit: 'naringsliv', assignee: 'erik' }, { after: 20, by: 'erik', status: 'in_progress', phoned: { direction: 'out', body: 'Ringde tillbaka: två tomter är lediga, skickar kartor. Bokat platsbesök.' } }, { after: 96, by: 'erik', status: 'answered', comment: 'Platsbesök gjort, intresseanmälan för tomt 4 skickad till markenheten.' }] },
  { daysAgo: 25, by: 'marta', channel: 'phone', language: 'sv', category: 'synpunkter', title: 'Klagomål på lång handläggningstid för bygglov', description: 'Ringer om att bygglovet för en ny butikslokal har tagit fyra månader. Vill veta varför och när beslut kommer.', requester: { kind: 'company', name: 'Gunnar Ek', phone: '070-555 10 20', organisationName: 'Eks Järn & Färg' }, priority: 'high', steps: [{ after: 1, by: 'marta', status: 'assigned', unit: 'bygg-miljo', comment: 'Till bygg- och miljöförvaltningen för svar.' }] },
  { daysAgo: 20, by: 'zlatan', channel: 'email', language: 'da', category: 'export', title: 'Studiebesøg for virksomheder fra Frederikshavn i maj', description: 'Frederikshavn Kommune ønsker at komme på studiebesøg med fem virksomheder inden for havn og energi i maj og spørger, om vi kan arrangere virksomhedsbesøg og et netværksmøde.', requester: { kind: 'other', personEmail: 'mette@frederikshavn.example', org: 'frederikshavn' }, links: ['energi', 'sagverk'], steps: [{ after: 3, by: 'zlatan', status: 'in_progress', note: 'Fråga Hälsinge Vindkraft och Sågverket om de kan ta emot besök 12–14 maj.' }] },
  { daysAgo: 18, by: 'marta', channel: 'letter', language: 'sv', category: 'tillstand', title: 'Tillstånd för marknad i Bergsjö i augusti', description: 'Brev från bygdegårdsföreningen om tillstånd för en tvådagarsmarknad med matförsäljning på torget i augusti.', requester: { kind: 'other', name: 'Britt Olsson', organisationName: 'Stiftelsen Bergsjö Bygdegård' }, steps: [{ after: 5, by: 'marta', status: 'assigned', unit: 'bygg-miljo' }, { after: 50, by: 'erik', status: 'in_progress', assignee: 'erik', comment: 'Samordnar polistillstånd och livsmedelsregistrering.' }] },
  { daysAgo: 15, by: 'marta', channel: 'chat', language: 'sv', category: 'upphandling', title: 'Hur säljer jag städtjänster till kommunen?', description: 'Frågar i chatten hur upphandling går till och var man hittar kommunens pågående upphandlingar.', requester: { kind: 'company', name: 'Linnea Berg', organisationName: 'Bergs Städ' }, steps: [{ after: 0.2, by: 'marta', status: 'answered', comment: 'Besvarat i chatten: länk till upphandlingsportalen och inbjudan till leverantörsträffen.' }, { after: 48, by: 'marta', status: 'closed' }] },
  { daysAgo: 12, by: 'marta', channel: 'phone', language: 'sv', category: 'export', title: 'Exportrådgivning inför etablering i Polen', description: 'Sågverket vill börja sälja trävaror i Polen och frågar om exportrådgivning, kontakter i vänorten Słupsk och finansiering av en mässresa.', requester: { kind: 'company', personEmail: 'karin@sagverk.example', org: 'sagverk' }, links: ['slupsk'], steps: [{ after: 1, by: 'marta', status: 'assigned', unit: 'naringsliv' }, { after: 22, by: 'erik', status: 'in_progress', note: 'Kolla med Business Sweden om exportcheckar; Słupsk har en näringslivsavdelning vi kan introducera.' }] },
  { daysAgo: 10, by: 'erik', channel: 'email', language: 'pl', category: 'export', title: 'Szukamy dostawców ryb z regionu', description: 'Bałtyk Ryby szuka nowych dostawców świeżych ryb z Zatoki Botnickiej i prosi o kontakt z lokalnymi firmami.', requester: { kind: 'company', personEmail: 'piotr@baltykryby.example', org: 'polskafirma' }, links: ['fisk'], steps: [{ after: 6, by: 'erik', status: 'in_progress', assignee: 'erik', phoned: { direction: 'out', body: 'Ringde Kustfisk: de vill gärna ha kontakt. Skickar presentation till Piotr.' } }] },
  { daysAgo: 8, by: 'asa', channel: 'phone', language: 'sv', category: 'eu-projekt', title: 'Partner till Interreg-ansökan om havsbaserad vindkraft', description: 'Hälsinge Vindkraft vill vara med i en Interreg Central Baltic-ansökan och söker en forskningspartner i Polen eller Estland.', requester: { kind: 'company', name: 'Oskar Hälsing', email: 'oskar@halsingevind.example', org: 'energi' }, links: ['gdansk', 'tartu'], priority: 'high', steps: [{ after: 2, by: 'asa', status: 'in_progress', unit: 'eu-samordning', assignee: 'asa', note: 'Politechnika Gdańska har liknande projekt; fråga om de kan vara leadpartner.' }] },
  { daysAgo: 6, by: null, channel: 'web', language: 'sv', category: 'finansiering', title: 'Stöd för digitalisering av småföretag', description: 'Vi är ett IT-konsultbolag som vill hjälpa lokala företag att digitalisera. Finns det stöd vi eller våra kunder kan söka?', requester: { kind: 'company', name: 'Sofia Nyström', phone: '0650-22 33 44', organisationName: 'Norrkust IT-konsult AB', org: 'it' }, steps: [{ after: 20, by: 'marta', status: 'referred', referredTo: 'almi', comment: 'Almi har digitaliseringscheckar; de kontaktar Sofia.' }] },
  { daysAgo: 5, by: null, channel: 'web', language: 'en', category: 'kompetens', title: 'Getting my nursing degree recognised and finding work', description: 'I moved here from Poland with my family. I am a nurse and would like to know how to get my degree recognised in Sweden and where to look for work.', requester: { kind: 'newcomer', name: 'Maria Kowalska', phone: '+46 73 444 55 66' }, steps: [{ after: 3, by: 'marta', status: 'assigned', unit: 'arbetsmarknad' }] },
  { daysAgo: 4, by: 'erik', channel: 'phone', language: 'sv', category: 'finansiering', title: 'Rådgivning om företagets ekonomiska situation', description: 'Företaget har tappat en stor kund och behöver rådgivning om finansiering och eventuell rekonstruktion.', requester: { kind: 'company', name: 'Per Lind', phone: '070-888 77 66', org: 'fisk' }, secret: 'OSL 31:16 – uppgift om enskilds affärs- eller driftförhållanden', priority: 'urgent', steps: [{ after: 1, by: 'erik', status: 'in_progress', assignee: 'erik' }] },
  { daysAgo: 3, by: null, channel: 'web', language: 'en', category: 'ny-i-kommunen', title: 'Moving to Östanvik to work as an engineer', description: 'I have been offered a job at a local company and will move here in February with my family. Where do I find housing, Swedish courses and a preschool place?', requester: { kind: 'newcomer', name: 'Ahmed Rahimi', email: 'ahmed.rahimi@example.org' }, steps: [{ after: 5, by: 'marta', status: 'assigned', unit: 'kontaktcenter', assignee: 'marta' }] },
  { daysAgo: 2, by: null, channel: 'web', language: 'da', category: 'export', title: 'Vi søger flere svenske leverandører af træ', description: 'Nordjysk Træ A/S søger flere leverandører af høvlet træ fra Hälsingland og spørger, om kommunen kan formidle kontakter.', requester: { kind: 'company', name: 'Lars Kristensen', email: 'lars@nordjysktrae.example', organisationName: 'Nordjysk Træ A/S', organisationNumber: '10150817', scheme: 'dk_cvr' } },
  { daysAgo: 1, by: null, channel: 'web', language: 'sv', category: 'starta-foretag', title: 'Vill öppna kafé i hamnen', description: 'Jag vill öppna ett säsongskafé i gästhamnen. Vilka tillstånd behöver jag och finns det lokaler att hyra?', requester: { kind: 'company', name: 'Elin Strand', email: 'elin@strandlyckan.example', organisationName: 'Kafé Strandlyckan' } },
  { daysAgo: 0.1, by: null, channel: 'web', language: 'sv', category: 'ovrigt', title: 'Vem ska jag prata med om fiber till verkstaden?', description: 'Vem ska jag prata med om fiber till verkstaden?', requester: { kind: 'company', name: 'Rolf Bäck', phone: '070-123 98 76', organisationName: 'Bäcks Bil & Motor' } },
];

const HOUR = 3_600_000;

export async function seedDemoCases(tx: Tx, ctx: { workspaceId: string; staff: string[]; organisations: Map<string, string>; now?: Date }) {
  const now = ctx.now ?? new Date();
  const ws = await workspaceFacts(tx, ctx.workspaceId);
  const actor = (who: Staff): Actor => ({ workspaceId: ctx.workspaceId, userId: ctx.staff[STAFF_INDEX[who]]!, requestId: 'demo' });
  const org = (key: string) => ctx.organisations.get(key)!;
  const personByEmail = async (email: string) => (await tx.selectFrom('people').select(['id', 'name']).where('email', '=', email).executeTakeFirstOrThrow());
  for (const d of CASES) {
    const receivedAt = new Date(now.getTime() - d.daysAgo * 24 * HOUR);
    const person = d.requester.personEmail ? await personByEmail(d.requester.personEmail) : null;
    const requester = {
      kind: d.requester.kind,
      name: d.requester.name ?? person?.name ?? null,
      email: d.requester.email ?? d.requester.personEmail ?? null,
      phone: d.requester.phone ?? null,
      organisationName: d.requester.organisationName ?? null,
    };
    let id: string;
    if (d.by === null) {
      const num = checkOrganisationNumber(d.requester.organisationNumber, d.requester.scheme, ws.country);
      const created = await registerCase(
        tx,
        ws,
        { userId: null, requestId: 'demo' },
        {
          register: await registerByCode(tx, ws.id, undefined, 'register'),
          channel: 'web',
          receivedAt,
          language: d.language,
          category: await categoryByCode(tx, d.category, 'category'),
          title: d.title,
          description: d.description,
          priority: d.priority ?? 'normal',
          unitId: null,
          assigneeId: null,
          requester: {
            ...requester,
            organisationNumber: num.number,
            organisationNumberScheme: num.scheme,
            personId: null,
            organisationId: d.requester.org ? org(d.requester.org) : num.number ? await organisationByNumber(tx, num.scheme!, num.number) : null,
            consentAt: receivedAt,
          },
          organisationIds: (d.links ?? []).map(org),
          secret: false,
          secretReason: null,
        },
        receivedAt,
      );
      id = created.id;
    } else {
      const input = RegisterCaseBody.parse({
        channel: d.channel,
        receivedAt: receivedAt.toISOString(),
        language: d.language,
        category: d.category,
        title: d.title,
        description: d.description,
        priority: d.priority ?? 'normal',
        requester: { ...requester, personId: person?.id ?? null, organisationId: d.requester.org ? org(d.requester.org) : null },
        organisationIds: (d.links ?? []).map(org),
        secret: Boolean(d.secret),
        secretReason: d.secret ?? null,
      });
      id = (await createCase(tx, actor(d.by), input, receivedAt)).id;
    }
    for (const s of d.steps ?? []) {
      const at = new Date(Math.min(receivedAt.getTime() + s.after * HOUR, now.getTime()));
      if (s.note) await addNote(tx, actor(s.by), id, s.note, at);
      if (s.phoned) await addMessage(tx, actor(s.by), id, { direction: s.phoned.direction, channel: 'phone', subject: null, body: s.phoned.body }, at);
      if (s.status) {
        const move = TransitionBody.parse({
          status: s.status,
          comment: s.comment ?? null,
          unit: s.unit ?? null,
          assigneeId: s.assignee ? ctx.staff[STAFF_INDEX[s.assignee]] : null,
          referredToId: s.referredTo ? org(s.referredTo) : null,
        });
        await moveCase(tx, actor(s.by), id, move, at, 'sv');
      }
    }
  }
  await seedDemoReferrals(tx, { ...ctx, now });
  return CASES.length;
}
