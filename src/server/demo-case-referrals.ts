// Demo content for routing, referrals and secrecy: the partner organisations the desk refers to,
// routing rules that suggest a unit or a partner, one case referred to the police whose receipt
// the partner confirmed, one suggestion accepted, and one case that was marked secret
// and then unmarked after review (each with its reason). Written through the same services as real
// work, each at its own time after the case came in, and without sending any mail.
import type { Tx } from './db/tenancy.ts';
import type { Actor } from './modules/members/service.ts';
import { changeSecrecy } from './modules/cases/public-register-secrecy.ts';
import { recordReceipt } from './modules/cases/referral-public.ts';
import { ReferBody } from './modules/cases/referral-schema.ts';
import { referCase } from './modules/cases/referral-service.ts';
import { CreateRoutingRuleBody } from './modules/cases/routing-schema.ts';
import { createRoutingRule, decideRouting } from './modules/cases/routing-service.ts';
import { CreateOrganisationBody } from './modules/organisations/schema.ts';
import { createOrganisation } from './modules/organisations/service.ts';

const HOUR = 3_600_000;

const PARTNERS = [
  { key: 'af', name: 'Arbetsförmedlingen', kind: 'agency', country: 'SE', city: 'Hudiksvall', description: 'Statlig myndighet: arbetssökande, rekrytering, validering av utländsk utbildning.' },
  { key: 'lansstyrelsen', name: 'Länsstyrelsen Gävleborg', kind: 'agency', country: 'SE', city: 'Gävle', description: 'Regional statlig myndighet: miljötillstånd, landsbygdsstöd, regional tillväxt.' },
  { key: 'polisen', name: 'Polismyndigheten, region Mitt', kind: 'agency', country: 'SE', city: 'Gävle', description: 'Tillstånd för offentliga tillställningar, allmänna sammankomster och att använda offentlig plats.' },
  { key: 'handelskammaren', name: 'Mittsvenska Handelskammaren', kind: 'association', country: 'SE', city: 'Sundsvall', description: 'Näringslivets organisation för export: ursprungsintyg, exportrådgivning, kontakter i andra länder.' },
] as const;

/** Each rule: what it looks for and whom it suggests (a unit code, or a partner key). */
const RULES: { name: string; priority: number; category?: string; words?: string[]; language?: string; unit?: string; partner?: string }[] = [
  { name: 'Nyanlända: arbete och etablering', priority: 10, category: 'ny-i-kommunen', unit: 'arbetsmarknad' },
  { name: 'Engelskspråkiga om jobb och validering → Arbetsförmedlingen', priority: 20, category: 'kompetens', language: 'en', partner: 'af' },
  { name: 'Lån och företagsfinansiering → Almi', priority: 30, category: 'finansiering', words: ['lån', 'kredit', 'riskkapital', 'digitalisering'], partner: 'almi' },
  { name: 'Miljötillstånd och landsbygdsstöd → Länsstyrelsen', priority: 40, words: ['miljötillstånd', 'landsbygdsstöd', 'vattenverksamhet'], partner: 'lansstyrelsen' },
  { name: 'Export och leverantörer → Näringslivsenheten', priority: 50, words: ['export', 'eksport', 'leverantör', 'leverandør', 'dostaw'], unit: 'naringsliv' },
];

export async function seedDemoReferrals(tx: Tx, ctx: { workspaceId: string; staff: string[]; organisations: Map<string, string>; now: Date }) {
  const actor = (i: number): Actor => ({ workspaceId: ctx.workspaceId, userId: ctx.staff[i]!, requestId: 'demo' });
  const [anna, erik] = [actor(0), actor(1)];
  const orgs = new Map(ctx.organisations);
  for (const p of PARTNERS) {
    const { key, ...fields } = p;
    orgs.set(key, (await createOrganisation(tx, erik, CreateOrganisationBody.parse(fields))).id);
  }
  const rules = new Map<string, string>();
  for (const r of RULES) {
    const input = CreateRoutingRuleBody.parse({ name: r.name, priority: r.priority, category: r.category ?? null, words: r.words ?? [], language: r.language ?? null, unit: r.unit ?? null, organisationId: r.partner ? orgs.get(r.partner)! : null });
    rules.set(r.name, (await createRoutingRule(tx, anna, input, new Date(ctx.now.getTime() - 60 * 24 * HOUR))).id);
  }

  const byTitle = async (title: string) => tx.selectFrom('cases').select(['id', 'received_at']).where('title', '=', title).executeTakeFirstOrThrow();
  const at = (c: { received_at: Date }, hours: number) => new Date(Math.min(c.received_at.getTime() + hours * HOUR, ctx.now.getTime()));

  // Referred to the police (a market needs their permit), who confirmed receipt through the link.
  // The requester gave no e-mail address, so the workflow's notice to them is not mailed either.
  const market = await byTitle('Tillstånd för marknad i Bergsjö i augusti');
  const referral = await referCase(
    tx,
    erik,
    market.id,
    ReferBody.parse({
      organisationId: orgs.get('polisen'),
      email: 'tillstand.mitt@polisen.example',
      note: 'Marknaden på torget behöver tillstånd för offentlig tillställning. Livsmedelsregistreringen sköter vi; Britt Olsson nås per brev.',
      language: 'sv',
    }),
    { now: at(market, 60), locale: 'sv', baseUrl: '', sendMail: false },
  );
  await recordReceipt(
    tx,
    { id: referral.id, workspaceId: ctx.workspaceId, caseId: market.id, organisationId: orgs.get('polisen')! },
    { name: 'Jonas Berg, tillståndsenheten', note: 'Vi skickar ansökningsblanketten till föreningen.' },
    at(market, 75),
    'demo',
  );

  // A suggestion accepted: the Polish fish wholesaler's question goes to business development.
  const fishCase = await byTitle('Szukamy dostawców ryb z regionu');
  await decideRouting(tx, erik, fishCase.id, { action: 'accept', ruleId: rules.get('Export och leverantörer → Näringslivsenheten')! }, at(fishCase, 7));

  // Marked secret when it came in, unmarked after the registrar's review.
  const complaint = await byTitle('Klagomål på lång handläggningstid för bygglov');
  await changeSecrecy(tx, anna, complaint.id, { secret: true, reason: 'OSL 31:16 – kan innehålla uppgifter om affärsförhållanden (preliminärt)' }, at(complaint, 2));
  await changeSecrecy(tx, anna, complaint.id, { secret: false, reason: 'Prövat av registrator: klagomålet innehåller inga uppgifter om affärs- eller driftförhållanden. Allmän handling.' }, at(complaint, 26));
}
