import { REGISTER_CATALOG } from '../registers/register-catalog.js';
import type { Permission } from './permissions.js';

export interface SystemRole {
  code: string;
  name: string;
  description: string;
  permissions: Permission[];
}

const everywhere = (action: Permission['action'], subject: Permission['subject']): Permission => ({ action, subject, scope: 'all' });
const inUnit = (action: Permission['action'], subject: Permission['subject']): Permission => ({ action, subject, scope: 'unit' });
const own = (action: Permission['action'], subject: Permission['subject']): Permission => ({ action, subject, scope: 'own' });

/** What every clerk needs to fill in a form: the units and the classification plan. */
const REFERENCE_DATA: Permission[] = [everywhere('read', 'OrgUnit'), everywhere('read', 'ClassificationMark')];

/**
 * The keeper of one register: reads, creates, changes and exports its entries and sees the
 * personal identifiers in them. Changes are further bound to cases the keeper may process.
 */
function registerKeeper(code: string, name: string, description: string, subject: Permission['subject']): SystemRole[] {
  const actions: Permission['action'][] = ['read', 'create', 'update', 'export', 'readPersonalData'];
  return [{ code, name, description, permissions: [...REFERENCE_DATA, ...actions.map((action) => everywhere(action, subject))] }];
}

/** Case states the archive works with: closed a/a and later. */
export const ARCHIVE_CASE_STATES = ['closed', 'archived', 'lent', 'destroyed', 'handed_over'];

/**
 * The built-in roles, kept in code and synchronised to the database at every start (so they grow
 * with the software). Administrators attach them to positions and may define further roles.
 * Names are Serbian (Latin), as users see them.
 */
export const SYSTEM_ROLES: SystemRole[] = [
  {
    code: 'administrator',
    name: 'Administrator sistema',
    description: 'Manages units, users, positions, roles, the classification plan and numbering; reads the audit trail. Does not read case contents.',
    permissions: [
      ...['OrgUnit', 'User', 'Position', 'Role', 'ClassificationMark', 'NumberingBook'].map((subject) => everywhere('manage', subject as Permission['subject'])),
      everywhere('read', 'AuditEntry'),
    ],
  },
  {
    code: 'registry-clerk',
    name: 'Službenik pisarnice',
    description: 'Registers submissions and cases for every unit, hands them to units, dispatches outgoing mail.',
    permissions: [
      ...REFERENCE_DATA,
      everywhere('register', 'Case'),
      // To choose the book a case is registered in.
      everywhere('read', 'NumberingBook'),
      everywhere('read', 'Case'),
      everywhere('assign', 'Case'),
      everywhere('create', 'Attachment'),
      everywhere('read', 'Attachment'),
    ],
  },
  {
    code: 'head-of-unit',
    name: 'Rukovodilac organizacione jedinice',
    description: 'Sees and assigns the cases of the unit and its sub-units, and the officials working there.',
    permissions: [
      ...REFERENCE_DATA,
      inUnit('read', 'User'),
      inUnit('read', 'Position'),
      inUnit('read', 'Case'),
      inUnit('assign', 'Case'),
      inUnit('process', 'Case'),
      inUnit('read', 'Attachment'),
      inUnit('create', 'Attachment'),
      inUnit('read', 'Report'),
    ],
  },
  {
    code: 'official',
    name: 'Obrađivač predmeta',
    description: 'Sees the cases of the unit and processes the cases assigned to them.',
    permissions: [
      ...REFERENCE_DATA,
      inUnit('read', 'Case'),
      own('process', 'Case'),
      inUnit('read', 'Attachment'),
      own('create', 'Attachment'),
    ],
  },
  {
    code: 'archivist',
    name: 'Arhivar',
    description: 'Takes closed cases of every unit into the archive, lends and takes them back, drafts disposal and handover lists.',
    permissions: [
      ...REFERENCE_DATA,
      { action: 'read', subject: 'Case', scope: 'all', conditions: { status: { $in: ARCHIVE_CASE_STATES } } },
      { action: 'read', subject: 'Attachment', scope: 'all', conditions: { caseStatus: { $in: ARCHIVE_CASE_STATES } } },
      everywhere('archive', 'Case'),
      everywhere('read', 'ArchiveEntry'),
      everywhere('lend', 'ArchiveEntry'),
      everywhere('create', 'DisposalList'),
      everywhere('read', 'DisposalList'),
    ],
  },
  {
    code: 'disposal-committee',
    name: 'Komisija za izlučivanje',
    description: 'Approves disposal lists drawn up by the archivist.',
    permissions: [everywhere('read', 'DisposalList'), everywhere('approve', 'DisposalList'), everywhere('read', 'ArchiveEntry')],
  },
  {
    code: 'management',
    name: 'Rukovodstvo uprave',
    description: 'The head of the administration and those reporting to the inspection: every report, for every unit.',
    permissions: [...REFERENCE_DATA, everywhere('read', 'Report'), everywhere('export', 'Report')],
  },
  ...REGISTER_CATALOG.flatMap(({ keeper, subject }) => registerKeeper(keeper.code, keeper.name, keeper.description, subject)),
];
