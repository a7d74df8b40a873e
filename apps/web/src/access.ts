import type { Session } from './auth/session';

/**
 * Which screens a user sees, from the permissions of their positions (GET /api/me). The API
 * checks every request anyway; this only keeps the menus to what the user can use.
 */
export const ACCESS = {
  search: (s: Session) => s.can('read', 'Case'),
  registry: (s: Session) => s.can('register', 'Case'),
  myWork: (s: Session) => s.can('process', 'Case'),
  unitHead: (s: Session) => s.headOfUnits.length > 0,
  archive: (s: Session) => s.can('read', 'ArchiveEntry'),
  archiveWork: (s: Session) => s.can('archive', 'Case'),
  lending: (s: Session) => s.can('lend', 'ArchiveEntry'),
  disposal: (s: Session) => s.can('read', 'DisposalList'),
  reports: (s: Session) => s.can('read', 'Report'),
  users: (s: Session) => s.can('read', 'User') && s.can('manage', 'User'),
  positions: (s: Session) => s.can('manage', 'Position'),
  roles: (s: Session) => s.can('read', 'Role') || s.can('manage', 'Role'),
  units: (s: Session) => s.can('manage', 'OrgUnit'),
  classification: (s: Session) => s.can('manage', 'ClassificationMark'),
  numbering: (s: Session) => s.can('manage', 'NumberingBook'),
  audit: (s: Session) => s.can('read', 'AuditEntry'),
} as const;
