/**
 * The register's closed lists of values, as the API and the database (CHECKs) name them.
 * Printed words for each are in displaced-person-labels.ts.
 */

/**
 * izbeglo lice, prognano lice, interno raseljeno lice; then how the status may end: return to the
 * place of origin (povratak), local integration (integracija), or cessation by decision (prestanak).
 */
export const DISPLACEMENT_STATUSES = ['refugee', 'expelled', 'internally-displaced', 'returned', 'integrated', 'ceased'] as const;
export type DisplacementStatus = (typeof DISPLACEMENT_STATUSES)[number];

/** izbeglička legitimacija, prognanička legitimacija, legitimacija interno raseljenog lica, uverenje o statusu. */
export const DOCUMENT_KINDS = ['refugee-card', 'expelled-card', 'idp-card', 'status-certificate', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const FAMILY_RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'grandchild', 'grandparent', 'other'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

const INVERSE: Record<FamilyRelation, FamilyRelation> = {
  spouse: 'spouse',
  child: 'parent',
  parent: 'child',
  sibling: 'sibling',
  grandchild: 'grandparent',
  grandparent: 'grandchild',
  other: 'other',
};

/** If B is A's `relation`, A is B's `inverseRelation(relation)`: a link reads both ways. */
export function inverseRelation(relation: FamilyRelation): FamilyRelation {
  return INVERSE[relation];
}

export const ASSISTANCE_KINDS = ['cash', 'food', 'hygiene', 'housing', 'building-material', 'income-generation', 'medical', 'other'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];
