// The register's fixed vocabularies, shared by the server's schemas and the web app's labels.
export const ORG_KINDS = ['company', 'municipality', 'region', 'university', 'research', 'agency', 'network', 'association', 'other'] as const;
export type OrgKindCode = (typeof ORG_KINDS)[number];

/** Built-in relation types; a workspace adds its own in `relation_types`. */
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

/** Types whose direction means nothing: A twin town of B is B twin town of A. */
export const SYMMETRIC_RELATION_TYPES = ['twin_town', 'friendship_city', 'eu_project_partnership', 'research_collaboration', 'memorandum_of_understanding'] as const;

export const RELATION_STATUSES = ['proposed', 'active', 'dormant', 'ended'] as const;
export const ACTIVITY_KINDS = ['meeting', 'call', 'visit', 'note', 'delegation'] as const;
export const LEGAL_BASES = ['consent', 'public_task', 'legitimate_interest'] as const;
export const MATCH_REASONS = ['name', 'similar_name', 'description', 'theme', 'tag', 'place'] as const;
