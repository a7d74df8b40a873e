/**
 * Names for what the API answers, each an alias of the type generated from its OpenAPI document
 * (schema.d.ts, `npm run api:types`): the response DTOs the controllers declare. Nothing here is
 * written by hand; a field the screens read that the API does not declare fails the typecheck.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];

export type Action = Schemas['Action'];
export type CaseStatus = Schemas['CaseStatus'];
export type CaseAction = Schemas['CaseAction'];
export type DeadlineState = Schemas['DeadlineState'];
export type MailStatus = Schemas['MailStatus'];

export type Me = Schemas['MeDto'];
export type LoginAnswer = Schemas['LoginAnswerDto'];

export type CaseSummary = Schemas['CaseListItemDto'];
export type CasePage = Schemas['CasePageDto'];
export type CaseDetail = Schemas['CaseDetailDto'];
export type RegisteredCase = Schemas['RegisteredCaseDto'];
export type CaseAct = Schemas['CaseActDto'];
export type CaseEvent = Schemas['CaseEventDto'];
export type CaseHandOver = Schemas['CaseHandOverDto'];
export type DuplicateCase = Schemas['PossibleDuplicateDto'];

export type Attachment = Schemas['AttachmentDto'];
export type AttachmentListItem = Schemas['AttachmentListItemDto'];
export type AttachmentPage = Schemas['AttachmentPageDto'];

export type Delivery = Schemas['DeliveryDto'];
export type OutgoingMail = Schemas['OutgoingMailDto'];

export type ArchiveLocation = Schemas['ArchiveLocationDto'];
export type ArchiveBookEntry = Schemas['ArchiveBookEntryDto'];
export type Loan = Schemas['LoanDto'];
export type LoanListItem = Schemas['LoanListItemDto'];
export type DisposalCandidate = Schemas['DisposalCandidateDto'];
export type DisposalList = Schemas['DisposalListDto'];
export type DisposalListDetail = Schemas['DisposalListDetailDto'];

export type OrgUnit = Schemas['OrgUnitDto'];
export type ClassificationMark = Schemas['ClassificationMarkDto'];
export type User = Schemas['UserDto'];
export type UserDetail = Schemas['UserDetailDto'];
export type Position = Schemas['PositionDto'];
export type Permission = Schemas['PermissionDto'];
export type Role = Schemas['RoleDto'];
export type NumberingBook = Schemas['NumberingBookDto'];
export type NumberFormat = Schemas['NumberFormatDto'];
export type AuditEntry = Schemas['AuditEntryDto'];

export type MonthlyReport = Schemas['MonthlyReportDto'];
export type InspectionReport = Schemas['InspectionReportDto'];
export type UnresolvedReport = Schemas['UnresolvedReportDto'];
export type OverdueReport = Schemas['OverdueReportDto'];
export type OverdueCase = Schemas['OverdueCaseDto'];
export type Dashboard = Schemas['DashboardDto'];

/** Any register's list page, for the screens all registers share: the kit's page shape with the register's own rows. */
export type Page<T> = Omit<Schemas['WorkBookPageDto'], 'items'> & { items: T[] };
