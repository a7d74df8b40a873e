import type { ForcedSubject, MongoAbility, MongoQuery } from '@casl/ability';
import { REGISTER_CATALOG, type RegisterSubject } from '../registers/register-catalog.js';

/** What a user may do. `manage` means every action. */
export const ACTIONS = [
  'manage', 'read', 'create', 'update', 'register', 'assign', 'process', 'archive', 'lend', 'dispose',
  'approve', 'export', 'readPersonalData',
] as const;
export type Action = (typeof ACTIONS)[number];

const CORE_SUBJECTS = [
  'all', 'OrgUnit', 'User', 'Position', 'Role', 'ClassificationMark', 'NumberingBook', 'AuditEntry',
  'Case', 'Attachment', 'ArchiveEntry', 'DisposalList', 'Report',
] as const;

/** What it is done to. `all` means every subject; each register's subject comes from the register catalogue. */
export type Subject = (typeof CORE_SUBJECTS)[number] | RegisterSubject;
export const SUBJECTS: readonly Subject[] = [...CORE_SUBJECTS, ...REGISTER_CATALOG.map((register) => register.subject)];

/**
 * How far a permission reaches: `all` everywhere; `unit` the records of the position's unit and
 * its sub-units; `own` the records assigned to the user.
 */
export const SCOPES = ['all', 'unit', 'own'] as const;
export type Scope = (typeof SCOPES)[number];

/** One entry of a role: e.g. `{ action: 'read', subject: 'Case', scope: 'unit' }`. */
export interface Permission {
  action: Action;
  subject: Subject;
  scope: Scope;
  /** Extra conditions on the record's fields, e.g. `{ status: { $in: ['closed', 'archived'] } }`. */
  conditions?: Record<string, unknown>;
}

/** A record checked against the rules, tagged with its subject: by CASL's `subject()` helper, or as `__type`. */
export type SubjectRecord = ForcedSubject<Subject> | ({ __type: Subject } & Record<string, unknown>);

/** What positions allow: an action on a subject type, or on a record of that type (its fields meet the conditions). */
export type AppAbility = MongoAbility<[Action, Subject | SubjectRecord], MongoQuery>;
