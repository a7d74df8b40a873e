import type { Subject } from '../../access/permissions.js';

/** Each register's name (its path under /api/registers) and the permission subject guarding it. */
export const REGISTER_SUBJECTS = {
  'real-estate': 'RealEstate',
  'work-books': 'WorkBook',
  businesses: 'Business',
  'housing-buyouts': 'HousingBuyout',
  'displaced-persons': 'DisplacedPerson',
  'attorney-cases': 'AttorneyCase',
} as const satisfies Record<string, Subject>;

export type RegisterName = keyof typeof REGISTER_SUBJECTS;
