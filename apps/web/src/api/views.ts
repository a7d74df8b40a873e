/**
 * What the API answers. Requests (paths, parameters, bodies) are typed from the generated
 * schema.d.ts; the API's OpenAPI document does not describe response bodies yet (no
 * @ApiOkResponse on the controllers), so the fields the screens read are listed here, named as the
 * API names them. When the controllers document their responses, these become aliases of
 * `components['schemas'][...]` and this file shrinks.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];

/**
 * A server-side type as it arrives over JSON (dates become ISO strings). Where the API's own code
 * declares the shape of an answer (reports, archive views), the web app imports that type and
 * reads it through this, instead of writing it again.
 */
export type Json<T> = T extends Date ? string : T extends Array<infer I> ? Array<Json<I>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** A text search counts its matches only up to a limit: `total` is then "more than". */
  totalCapped?: boolean;
}

export type Action = 'manage' | 'read' | 'create' | 'update' | 'register' | 'assign' | 'process' | 'archive' | 'lend' | 'dispose' | 'approve' | 'export' | 'readPersonalData';

export interface Me {
  id: string;
  username: string;
  fullName: string;
  locale: string;
  positions: Array<{ id: string; title: string; orgUnit: { id: string; code: string }; roles: Array<{ code: string; name: string }> }>;
  permissions: Array<{ action: Action; subject: string; conditions?: Record<string, unknown> }>;
}

export interface LoginAnswer {
  accessToken: string;
  refreshToken: string;
  user: Me;
}

export type CaseStatus =
  | 'registered' | 'assigned' | 'in_progress' | 'on_hold' | 'resolved' | 'closed'
  | 'archived' | 'lent' | 'destroyed' | 'handed_over' | 'cancelled';

export type CaseAction =
  | 'assign' | 'accept' | 'hold' | 'resume' | 'resolve' | 'close' | 'reopen'
  | 'archive' | 'lend' | 'return' | 'dispose' | 'hand_over' | 'cancel';

export type DeadlineState = 'ok' | 'near' | 'overdue' | 'paused' | 'met' | 'missed';

export interface CaseSummary {
  id: string;
  number: string;
  year: number;
  serial: number;
  classificationCode: string;
  orgUnitId: string;
  orgUnit: { id: string; code: string; name: string };
  assigneeId: string | null;
  assignee: { id: string; username: string | null; fullName: string | null } | null;
  subject: string;
  partyName: string;
  receivedAt: string;
  receivedVia: string;
  status: CaseStatus;
  administrativeProcedure: boolean;
  examinationProcedure: boolean;
  dueDate: string | null;
  deadline: { dueDate: string; state: DeadlineState; daysOverdue: number } | null;
  resolution: string | null;
  resolutionKind: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  registeredAt: string;
  version: number;
  availableActions: CaseAction[];
}

export interface CaseAct {
  id: string;
  subNumber: number;
  number: string;
  direction: 'incoming' | 'outgoing' | 'internal';
  subject: string;
  correspondent: string | null;
  receivedVia: string | null;
  actDate: string;
  attachmentsCount: number;
  createdAt: string;
  createdBy: string;
  dispatch: { id: string; recipientName: string; recipientAddress: string | null; method: string; status: string; sentOn: string | null; deliveredOn: string | null } | null;
}

export interface CaseEvent {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  details: Record<string, unknown> | null;
}

export interface CaseDelivery {
  id: string;
  handedAt: string;
  fromUsername: string;
  toOrgUnitCode: string;
  toUsername: string | null;
  note: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  supersededAt: string | null;
}

export interface ArchiveLocation {
  room: string;
  shelf: string | null;
  box: string | null;
}

export interface Loan {
  id: string;
  borrower: { name: string; userId: string | null };
  purpose: string | null;
  dueOn: string | null;
  overdue: boolean;
  lentAt: string;
  lentBy: string;
  returnedAt: string | null;
  receivedBy: string | null;
}

export interface ArchiveBookEntry {
  id: string;
  caseId: string;
  number: string;
  year: number;
  classCode: string;
  subject: string;
  partyName: string;
  retentionYears: number | null;
  permanent: boolean;
  location: ArchiveLocation;
  archivedAt: string;
  archivedBy: string;
  closedYear: number;
  eligibleFromYear: number;
  status: CaseStatus;
  openLoan: Loan | null;
}

export interface CaseDetail extends CaseSummary {
  party: { name: string; address: string | null; personalId?: string | null };
  attachmentsCount: number;
  feeAmount: string | number | null;
  deadlineDays: number | null;
  retention: { years: number | null; permanent: boolean } | null;
  cancelReason: string | null;
  cancelledAt: string | null;
  documents: CaseAct[];
  holds: Array<{ id: string; from: string; to: string | null; reason: string | null; expectedUntil: string | null }>;
  deliveries: CaseDelivery[];
  archive: { entry: ArchiveBookEntry; openLoan: Loan | null; loans: Loan[] } | null;
  history: CaseEvent[];
  warnings?: Array<{ code: string; cases: DuplicateCase[] }>;
}

export interface DuplicateCase {
  id: string;
  number: string;
  subject: string;
  partyName: string;
  receivedAt?: string;
  status?: CaseStatus;
}

export interface Attachment {
  id: string;
  caseId: string;
  actId: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  version: number;
  createdAt: string;
  uploadedBy?: string;
}

export interface Delivery {
  id: string;
  caseId: string;
  caseNumber: string;
  subject: string;
  from: { userId: string; username: string; fullName: string; orgUnitCode: string };
  to: { orgUnitId: string; orgUnitCode: string; userId: string | null; username: string | null; fullName: string | null };
  handedAt: string;
  note: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  supersededAt: string | null;
}

export type MailStatus = 'pending' | 'sent' | 'delivered' | 'returned';

export interface OutgoingMail {
  id: string;
  caseId: string;
  caseNumber: string;
  actId: string;
  actNumber: string;
  actSubject: string;
  recipientName: string;
  recipientAddress: string | null;
  method: string;
  status: MailStatus;
  sentOn: string | null;
  deliveredOn: string | null;
  receiptNote: string | null;
  createdAt: string;
  version: number;
  sentBy: string | null;
}

export interface DisposalList {
  id: string;
  kind: 'disposal' | 'handover';
  status: 'draft' | 'approved' | 'rejected';
  note: string | null;
  createdAt: string;
  createdBy?: string;
  approvedAt?: string | null;
  approvedBy?: string | null;
  decisionNumber?: string | null;
  archiveConsent?: string | null;
  rejectedAt?: string | null;
  rejectionReason?: string | null;
  itemCount?: number;
  version: number;
  items?: ArchiveBookEntry[];
}

export interface OrgUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  active: boolean;
  version: number;
}

export interface ClassificationMark {
  id: string;
  code: string;
  title: string;
  retentionYears: number | null;
  permanent: boolean;
  validFromYear: number;
  validToYear: number | null;
  version: number;
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  locale: string;
  disabled: boolean;
  version: number;
  positions?: Array<{ id: string; title: string; orgUnitId: string; orgUnitCode: string; active: boolean }>;
}

export interface Position {
  id: string;
  title: string;
  orgUnitId: string;
  userId: string | null;
  active: boolean;
  version: number;
  roles: Array<{ id: string; code: string; name: string }>;
}

export interface Permission {
  action: Action;
  subject: string;
  scope: 'all' | 'unit' | 'own';
  conditions?: Record<string, unknown>;
}

export interface Role {
  id: string;
  code: string;
  name: string;
  description: string | null;
  permissions: Permission[];
  system: boolean;
  version: number;
}

export interface NumberingBook {
  id: string;
  code: string;
  name: string;
  template: string;
  counterScope: string;
  isDefault: boolean;
  version: number;
}

export interface NumberFormat {
  country: string;
  template: string;
  scope: string;
  description: string;
  example: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
