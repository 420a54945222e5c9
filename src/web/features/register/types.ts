// Types of the register's API payloads, inferred from the server's Zod schemas (type-only imports:
// nothing from the server ends up in the browser bundle). Enum values the pages loop over are
// repeated here as plain arrays; labels.test.ts checks they match the server's.
import type { z } from 'zod';
import type {
  CreateOrganisationBody,
  Organisation as OrganisationSchema,
  OrganisationListItem as OrganisationListItemSchema,
  OrganisationPage as OrganisationPageSchema,
} from '../../../server/modules/organisations/schema.ts';
import type { CreatePersonBody, Person as PersonSchema, PeoplePage as PeoplePageSchema, PersonSummary as PersonSummarySchema } from '../../../server/modules/people/schema.ts';
import type { CreateRelationBody, Relation as RelationSchema, RelationList as RelationListSchema } from '../../../server/modules/relations/schema.ts';
import type { Activity as ActivitySchema, CreateActivityBody } from '../../../server/modules/activities/schema.ts';
import type { PartnerHit as PartnerHitSchema, PartnerSearchBody, PartnerReason as PartnerReasonSchema } from '../../../server/modules/partners/schema.ts';
import type { NaceClass as NaceSchema, NutsRegion as NutsSchema, SdgGoal as SdgSchema, VocabularyEntry as VocabularyEntrySchema, WorkspaceVocabularies } from '../../../server/modules/vocabularies/schema.ts';

export type Organisation = z.infer<typeof OrganisationSchema>;
export type OrganisationListItem = z.infer<typeof OrganisationListItemSchema>;
export type OrganisationPage = z.infer<typeof OrganisationPageSchema>;
export type OrganisationBody = z.input<typeof CreateOrganisationBody>;
export type OrgKind = Organisation['kind'];
export type MatchReason = OrganisationListItem['reasons'][number];
export type IdentifierSchemeCode = Organisation['identifiers'][number]['scheme'];
export type RegistrySchemeCode = Exclude<IdentifierSchemeCode, 'wikidata' | 'eu_pic'>;

export type Person = z.infer<typeof PersonSchema>;
export type PersonSummary = z.infer<typeof PersonSummarySchema>;
export type PeoplePage = z.infer<typeof PeoplePageSchema>;
export type PersonBody = z.input<typeof CreatePersonBody>;
export type LegalBasis = Person['legalBasis'];

export type Relation = z.infer<typeof RelationSchema>;
export type RelationList = z.infer<typeof RelationListSchema>;
export type RelationBody = z.input<typeof CreateRelationBody>;
export type RelationStatus = Relation['status'];

export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityBody = z.input<typeof CreateActivityBody>;
export type ActivityKind = Activity['kind'];

export type PartnerQuery = z.input<typeof PartnerSearchBody>;
export type PartnerHit = z.infer<typeof PartnerHitSchema>;
export type PartnerReason = z.infer<typeof PartnerReasonSchema>;

export type Vocabularies = z.infer<typeof WorkspaceVocabularies>;
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;
export type NutsRegion = z.infer<typeof NutsSchema>;
export type NaceClass = z.infer<typeof NaceSchema>;
export type SdgGoal = z.infer<typeof SdgSchema>;

export const ORG_KINDS: readonly OrgKind[] = ['company', 'municipality', 'region', 'university', 'research', 'agency', 'network', 'association', 'other'];
export const MATCH_REASONS: readonly MatchReason[] = ['name', 'similar_name', 'description', 'theme', 'tag', 'place'];
export const RELATION_STATUSES: readonly RelationStatus[] = ['proposed', 'active', 'dormant', 'ended'];
export const LEGAL_BASES: readonly LegalBasis[] = ['consent', 'public_task', 'legitimate_interest'];
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['meeting', 'call', 'visit', 'note', 'delegation'];
export const PARTNER_REASONS: readonly PartnerReason['kind'][] = ['text', 'theme', 'sector', 'region', 'cooperation'];
/** Business registers' numbers, with check digits (a requester's organisation number is one). */
export const REGISTRY_SCHEME_CODES = ['se_orgnr', 'dk_cvr', 'pl_nip', 'no_orgnr', 'fi_ytunnus', 'eu_vat'] as const satisfies readonly IdentifierSchemeCode[];
/** Every identifier an organisation can have: the registry numbers, a Wikidata item and the EU's PIC. */
export const IDENTIFIER_SCHEME_CODES: readonly IdentifierSchemeCode[] = [...REGISTRY_SCHEME_CODES, 'wikidata', 'eu_pic'];
export const BUILTIN_RELATION_TYPES = [
  'twin_town',
  'friendship_city',
  'eu_project_partnership',
  'export_agreement',
  'import_supplier',
  'research_collaboration',
  'network_membership',
  'memorandum_of_understanding',
  'other',
] as const;
