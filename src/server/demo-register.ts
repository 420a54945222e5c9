// Demo content for the relations register: our municipality, local companies, twin towns in
// Denmark, Poland and Estonia, networks, universities, and the relations between them.
import type { Tx } from './db/tenancy.ts';
import type { Actor } from './modules/members/service.ts';
import { createOrganisation } from './modules/organisations/service.ts';
import { createRelation } from './modules/relations/service.ts';
import { createPerson } from './modules/people/service.ts';
import { addActivity } from './modules/activities/service.ts';
import type { OrganisationInput } from './modules/organisations/schema.ts';

/** Swedish organisation number with its Luhn check digit, from the first nine digits. */
function seOrgnr(nine: string) {
  const sum = [...nine].reduce((acc, ch, i) => {
    let d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    return acc + d;
  }, 0);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
}

type Demo = Omit<Partial<OrganisationInput>, 'name' | 'kind' | 'country'> & Pick<OrganisationInput, 'name' | 'kind' | 'country'> & { key: string };

const ORGS: Demo[] = [
  { key: 'own', name: 'Östanviks kommun', kind: 'municipality', country: 'SE', city: 'Östanvik', lat: 61.9, lon: 17.25, nutsCode: 'SE313', isOwn: true, isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('212000240') }], description: 'Vår kommun: näringslivsenheten, EU-samordning och internationella relationer.', themes: ['po1', 'po5'], sdgs: [8, 11, 17] },
  { key: 'sagverk', name: 'Östanviks Sågverk AB', kind: 'company', country: 'SE', city: 'Östanvik', lat: 61.91, lon: 17.27, nutsCode: 'SE313', naceCode: '16.11', isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('556123456') }], description: 'Sågverk och hyvleri som exporterar trävaror till Danmark och Polen.', tags: ['trä', 'export'], themes: ['po2'], sdgs: [12, 15] },
  { key: 'fisk', name: 'Kustfisk i Norrland AB', kind: 'company', country: 'SE', city: 'Östanvik', lat: 61.88, lon: 17.32, nutsCode: 'SE313', naceCode: '10.20', isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('556234567') }], description: 'Förädlar fisk från Bottenhavet; söker leverantörer och kunder i Baltikum.', tags: ['livsmedel'], sdgs: [14] },
  { key: 'mek', name: 'Åkerströms Mekaniska AB', kind: 'company', country: 'SE', city: 'Bergsjö', lat: 61.98, lon: 17.06, nutsCode: 'SE313', naceCode: '25.62', isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('556345678') }], description: 'Legotillverkning och maskinbearbetning för fordons- och energiindustrin.', tags: ['industri'], themes: ['po1'] },
  { key: 'energi', name: 'Hälsinge Vindkraft AB', kind: 'company', country: 'SE', city: 'Östanvik', lat: 61.93, lon: 17.2, nutsCode: 'SE313', naceCode: '35.11', isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('556456789') }], description: 'Förnybar energi: vindkraftsparker och lokal energiomställning.', themes: ['po2'], sdgs: [7, 13] },
  { key: 'it', name: 'Norrkust IT-konsult AB', kind: 'company', country: 'SE', city: 'Hudiksvall', lat: 61.73, lon: 17.1, nutsCode: 'SE313', naceCode: '62.10', isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('559012345') }], description: 'Digitalisering för små företag; exporterar tjänster till Norge och Finland.', tags: ['digitalisering', 'export'], themes: ['po1'] },
  { key: 'turism', name: 'Ödmårdens Turism & Event', kind: 'company', country: 'SE', city: 'Östanvik', lat: 61.95, lon: 17.35, nutsCode: 'SE313', naceCode: '79.90', isLocal: true, identifiers: [{ scheme: 'se_orgnr', value: seOrgnr('559123456') }], description: 'Besöksnäring, evenemang och studiebesök för delegationer.', themes: ['po4'] },
  { key: 'frederikshavn', name: 'Frederikshavn Kommune', kind: 'municipality', country: 'DK', city: 'Frederikshavn', lat: 57.44, lon: 10.54, nutsCode: 'DK050', identifiers: [{ scheme: 'dk_cvr', value: '29189730' }], description: 'Vänort i Nordjylland: havn, energi og erhvervssamarbejde med virksomhederne.', themes: ['po2', 'po5'] },
  { key: 'slupsk', name: 'Miasto Słupsk', names: { sv: 'Słupsk stad' }, kind: 'municipality', country: 'PL', city: 'Słupsk', lat: 54.46, lon: 17.03, nutsCode: 'PL636', description: 'Miasto partnerskie: współpraca gospodarcza, kultura i wymiana młodzieży.', themes: ['po4', 'po5'] },
  { key: 'parnu', name: 'Pärnu linn', names: { en: 'City of Pärnu' }, kind: 'municipality', country: 'EE', city: 'Pärnu', lat: 58.39, lon: 24.5, nutsCode: 'EE004', description: 'Twin town on the Estonian coast: tourism, culture and small business exchange.', themes: ['po4'] },
  { key: 'hig', name: 'Högskolan i Gävle', kind: 'university', country: 'SE', city: 'Gävle', lat: 60.67, lon: 17.14, nutsCode: 'SE313', description: 'Forskning om energisystem och samhällsbyggnad; partner i triple helix-arenan.', themes: ['po1', 'po2'], sdgs: [4, 7] },
  { key: 'gdansk', name: 'Politechnika Gdańska', names: { en: 'Gdańsk University of Technology' }, kind: 'university', country: 'PL', city: 'Gdańsk', lat: 54.37, lon: 18.62, nutsCode: 'PL634', description: 'Badania nad energią morską i współpraca z przemysłem.', themes: ['po1', 'po2'], sdgs: [9, 14] },
  { key: 'tartu', name: 'Tartu Ülikool', names: { en: 'University of Tartu' }, kind: 'university', country: 'EE', city: 'Tartu', lat: 58.38, lon: 26.72, nutsCode: 'EE008', description: 'Research university: digital society and renewable energy.', themes: ['po1'] },
  { key: 'cpmr', name: 'CPMR – Conference of Peripheral Maritime Regions', kind: 'network', country: 'FR', city: 'Rennes', lat: 48.11, lon: -1.68, description: 'European network of coastal regions; Baltic Sea Commission.', themes: ['iso1'] },
  { key: 'eurocities', name: 'Eurocities', kind: 'network', country: 'BE', city: 'Bruxelles', lat: 50.85, lon: 4.35, description: 'Network of European cities.', themes: ['iso1'] },
  { key: 'string', name: 'STRING Network', kind: 'network', country: 'DK', city: 'København', lat: 55.68, lon: 12.57, description: 'Politisk netværk for grøn vækst i korridoren Hamburg–Öresund–Oslo.', themes: ['po2', 'po3'] },
  { key: 'almi', name: 'Almi Företagspartner Gävleborg', kind: 'agency', country: 'SE', city: 'Gävle', lat: 60.67, lon: 17.15, nutsCode: 'SE313', description: 'Regional rådgivning och finansiering för företag.', themes: ['po1'] },
  { key: 'danskfirma', name: 'Nordjysk Træ A/S', kind: 'company', country: 'DK', city: 'Aalborg', lat: 57.05, lon: 9.92, nutsCode: 'DK050', identifiers: [{ scheme: 'dk_cvr', value: '10150817' }], description: 'Grossist i træ og byggematerialer; køber fra svenske savværker.', naceCode: '46.73' },
  { key: 'polskafirma', name: 'Bałtyk Ryby Sp. z o.o.', kind: 'company', country: 'PL', city: 'Gdynia', lat: 54.52, lon: 18.53, nutsCode: 'PL633', identifiers: [{ scheme: 'pl_nip', value: '5260250274' }], description: 'Hurtownia ryb i przetwórstwo.', naceCode: '46.38' },
];

const RELATIONS: [string, string, string, string, string | null][] = [
  ['own', 'frederikshavn', 'twin_town', 'active', '1972-05-01'],
  ['own', 'slupsk', 'twin_town', 'active', '1991-09-15'],
  ['own', 'parnu', 'twin_town', 'dormant', '1994-06-01'],
  ['own', 'cpmr', 'network_membership', 'active', '2015-01-01'],
  ['own', 'eurocities', 'network_membership', 'proposed', null],
  ['own', 'string', 'network_membership', 'active', '2019-03-01'],
  ['own', 'hig', 'memorandum_of_understanding', 'active', '2021-02-01'],
  ['hig', 'gdansk', 'research_collaboration', 'active', '2022-01-01'],
  ['hig', 'tartu', 'research_collaboration', 'proposed', null],
  ['sagverk', 'danskfirma', 'export_agreement', 'active', '2023-04-01'],
  ['fisk', 'polskafirma', 'export_agreement', 'active', '2024-08-01'],
  ['energi', 'gdansk', 'eu_project_partnership', 'active', '2024-01-01'],
  ['own', 'almi', 'other', 'active', '2018-01-01'],
  ['mek', 'energi', 'import_supplier', 'active', '2020-05-01'],
];

export async function seedDemoRegister(tx: Tx, actor: Actor) {
  const ids = new Map<string, string>();
  for (const { key, ...o } of ORGS) {
    const created = await createOrganisation(tx, actor, { names: {}, identifiers: [], themes: [], sdgs: [], description: '', tags: [], isLocal: false, isOwn: false, ...o } as OrganisationInput);
    ids.set(key, created.id);
  }
  for (const [from, to, type, status, start] of RELATIONS) {
    await createRelation(tx, actor, { fromId: ids.get(from)!, toId: ids.get(to)!, type, status: status as 'active', startDate: start, notes: '' });
  }
  await createPerson(tx, actor, { name: 'Karin Sjöberg', title: 'VD', email: 'karin@sagverk.example', phone: '+46 650 123 45', language: 'sv', legalBasis: 'legitimate_interest', legalBasisDate: '2024-03-01', notes: '', organisations: [{ organisationId: ids.get('sagverk')!, role: 'VD' }] });
  await createPerson(tx, actor, { name: 'Mette Østergaard', title: 'Erhvervskonsulent', email: 'mette@frederikshavn.example', language: 'da', legalBasis: 'public_task', legalBasisDate: '2023-09-01', notes: '', organisations: [{ organisationId: ids.get('frederikshavn')!, role: 'Kontaktperson for venskabsbysamarbejdet' }] });
  await createPerson(tx, actor, { name: 'Piotr Wiśniewski', title: 'Dyrektor handlowy', email: 'piotr@baltykryby.example', language: 'pl', legalBasis: 'consent', legalBasisDate: '2024-08-15', notes: '', organisations: [{ organisationId: ids.get('polskafirma')!, role: null }] });
  await addActivity(tx, actor, ids.get('sagverk')!, { kind: 'visit', occurredOn: '2026-09-12', title: 'Företagsbesök: exportplaner för Polen', notes: 'Intresse för exportrådgivning och kontakt med Słupsk.' });
  await addActivity(tx, actor, ids.get('frederikshavn')!, { kind: 'delegation', occurredOn: '2026-05-20', title: 'Delegation från Frederikshavn', notes: 'Tre företag och två politiker besökte hamnen och vindkraftsparken.' });
  await addActivity(tx, actor, ids.get('fisk')!, { kind: 'call', occurredOn: '2026-10-02', title: 'Samtal om leverantörsträff i Gdynia', notes: '' });
  return ids;
}
