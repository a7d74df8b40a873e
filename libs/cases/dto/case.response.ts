import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIONS, type Action } from '../../access/permissions.js';
import { PageOf } from '../../shared/response-dto.js';
import { ACT_DIRECTIONS, type ActDirection } from '../case-act.entity.js';
import { RECEIVED_VIA, RESOLUTION_KINDS, type ReceivedVia, type ResolutionKind } from '../case-file.entity.js';
import { CASE_ACTIONS, CASE_STATES, type CaseAction, type CaseStatus, type TransitionField } from '../case-state-machine.js';
import { DISPATCH_METHODS, type DispatchMethod, type OutgoingMailStatus } from '../outgoing-mail.entity.js';
import { MAIL_STATUSES } from './books.response.js';
import { CaseArchivePartDto } from './case-archive-part.response.js';

const DEADLINE_STATES = ['ok', 'near', 'overdue', 'paused', 'met', 'missed'] as const;

export class CaseOrgUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class CaseAssigneeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
}

/** Where the case stands against its legal deadline (ZUP) today. */
export class DeadlineDto {
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: DEADLINE_STATES, enumName: 'DeadlineState', description: 'running: ok, near, overdue; waiting for the party: paused; decided: met or missed' })
  state!: (typeof DEADLINE_STATES)[number];
  @ApiProperty({ description: 'Days past the due date (0 when not late)' }) daysOverdue!: number;
}

/** The columns every case view shows: the list's rows, and the head of the detail. */
export class CaseListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '01-351-17/2026' }) number!: string;
  @ApiProperty() year!: number;
  @ApiProperty() serial!: number;
  @ApiProperty({ format: 'uuid' }) bookId!: string;
  @ApiProperty() classificationCode!: string;
  @ApiProperty({ format: 'uuid' }) classificationMarkId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ type: CaseOrgUnitDto }) orgUnit!: CaseOrgUnitDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId!: string | null;
  @ApiProperty({ type: CaseAssigneeDto, nullable: true }) assignee!: CaseAssigneeDto | null;
  @ApiProperty() subject!: string;
  @ApiProperty() partyName!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({ enum: RECEIVED_VIA, enumName: 'ReceivedVia' }) receivedVia!: ReceivedVia;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty() administrativeProcedure!: boolean;
  @ApiProperty() examinationProcedure!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ type: DeadlineDto, nullable: true, description: 'Null without a deadline and for cancelled cases' }) deadline!: DeadlineDto | null;
  @ApiProperty({ type: String, nullable: true }) resolution!: string | null;
  @ApiProperty({ enum: RESOLUTION_KINDS, enumName: 'ResolutionKind', nullable: true }) resolutionKind!: ResolutionKind | null;
  @ApiProperty({ type: Date, nullable: true }) resolvedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt!: Date | null;
  @ApiProperty() registeredAt!: Date;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: CASE_ACTIONS, enumName: 'CaseAction', isArray: true, description: 'What the caller may do to the case now' })
  availableActions!: CaseAction[];
}

export class CasePageDto extends PageOf(CaseListItemDto) {
  @ApiProperty({ description: 'A text search counts its matches only up to a limit: `total` is then "at least"' }) totalCapped!: boolean;
}

export class CasePartyDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'JMBG or PIB; only for those who work with the case' }) personalId?: string | null;
}

export class RetentionDto {
  @ApiProperty({ type: Number, nullable: true }) years!: number | null;
  @ApiProperty() permanent!: boolean;
}

/** How an outgoing act is sent, as its act shows it. */
export class ActDispatchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty({ type: String, nullable: true }) recipientAddress!: string | null;
  @ApiProperty({ enum: DISPATCH_METHODS, enumName: 'DispatchMethod' }) method!: DispatchMethod;
  @ApiProperty({ enum: MAIL_STATUSES, enumName: 'MailStatus' }) status!: OutgoingMailStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) sentOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deliveredOn!: string | null;
}

/** An act (akt) of the case: a document received, sent or written inside, numbered under the case. */
class ActFields {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() subNumber!: number;
  @ApiProperty({ example: '01-351-17/2026/2' }) number!: string;
  @ApiProperty({ enum: ACT_DIRECTIONS, enumName: 'ActDirection' }) direction!: ActDirection;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, nullable: true }) correspondent!: string | null;
  @ApiProperty({ enum: RECEIVED_VIA, enumName: 'ReceivedVia', nullable: true }) receivedVia!: ReceivedVia | null;
  @ApiProperty() actDate!: Date;
  @ApiProperty() attachmentsCount!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: ActDispatchDto, nullable: true }) dispatch!: ActDispatchDto | null;
}

/** An act as the case's page lists it. */
export class CaseActDto extends ActFields {
  @ApiProperty({ description: 'Username of who recorded it' }) createdBy!: string;
}

/** The act just added (`POST /cases/:id/documents`). */
export class AddedActDto extends ActFields {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
}

export class CaseHoldDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expectedUntil!: string | null;
}

/** A hand-over of the case, as its page lists them. */
export class CaseHandOverDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() handedAt!: Date;
  @ApiProperty() fromUsername!: string;
  @ApiProperty({ format: 'uuid' }) toOrgUnitId!: string;
  @ApiProperty() toOrgUnitCode!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) toUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) toUsername!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: Date, nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) confirmedBy!: string | null;
  @ApiProperty({ type: Date, nullable: true }) supersededAt!: Date | null;
}

/** A line of the case's timeline. */
export class CaseEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, nullable: true }) actor!: string | null;
  @ApiProperty({ example: 'assign' }) action!: string;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus', nullable: true }) fromStatus!: CaseStatus | null;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus', nullable: true }) toStatus!: CaseStatus | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
}

/** The whole case: summary, party, acts, holds, hand-overs, archive, history. */
export class CaseDetailDto extends CaseListItemDto {
  @ApiProperty({ type: CasePartyDto }) party!: CasePartyDto;
  @ApiProperty() attachmentsCount!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The fee paid, in dinars' }) feeAmount!: number | null;
  @ApiProperty({ type: Number, nullable: true }) deadlineDays!: number | null;
  @ApiProperty({ type: RetentionDto, nullable: true }) retention!: RetentionDto | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) cancelledAt!: Date | null;
  @ApiProperty({ type: [CaseActDto] }) documents!: CaseActDto[];
  @ApiProperty({ type: [CaseHoldDto] }) holds!: CaseHoldDto[];
  @ApiProperty({ type: [CaseHandOverDto] }) deliveries!: CaseHandOverDto[];
  @ApiProperty({ type: CaseArchivePartDto, nullable: true }) archive!: CaseArchivePartDto | null;
  @ApiProperty({ type: [CaseEventDto] }) history!: CaseEventDto[];
}

/** A case of the same party about a similar matter, registered lately. */
export class PossibleDuplicateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() partyName!: string;
  @ApiProperty() registeredAt!: Date;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus' }) status!: CaseStatus;
}

export class PossibleDuplicateListDto {
  @ApiProperty({ type: [PossibleDuplicateDto] }) items!: PossibleDuplicateDto[];
}

export class RegistrationWarningDto {
  @ApiProperty({ enum: ['POSSIBLE_DUPLICATE'] }) code!: 'POSSIBLE_DUPLICATE';
  @ApiProperty({ type: [PossibleDuplicateDto] }) cases!: PossibleDuplicateDto[];
}

/** The case just registered, with what the clerk should look at. */
export class RegisteredCaseDto extends CaseDetailDto {
  @ApiProperty({ type: [RegistrationWarningDto] }) warnings!: RegistrationWarningDto[];
}

export class TransitionPermissionDto {
  @ApiProperty({ enum: ACTIONS, enumName: 'Action' }) action!: Action;
  @ApiProperty({ enum: ['Case', 'ArchiveEntry', 'DisposalList'] }) subject!: 'Case' | 'ArchiveEntry' | 'DisposalList';
}

export class TransitionDto {
  @ApiProperty({ enum: CASE_ACTIONS, enumName: 'CaseAction' }) action!: CaseAction;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus', isArray: true }) from!: readonly CaseStatus[];
  @ApiProperty({ enum: [...CASE_STATES, 'same'], description: '`same` keeps the state the case is in' }) to!: CaseStatus | 'same';
  @ApiProperty({ type: TransitionPermissionDto }) permission!: TransitionPermissionDto;
  @ApiPropertyOptional({ enum: ['resolution', 'reason', 'assigneeId', 'location', 'borrower'], isArray: true }) requires?: readonly TransitionField[];
  @ApiProperty() label!: string;
  @ApiPropertyOptional({ description: 'Taken only through an approved disposal or handover list' }) throughList?: boolean;
}

/** The case state machine as data. */
export class CaseWorkflowDto {
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus', isArray: true }) states!: readonly CaseStatus[];
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseStatus', isArray: true }) terminalStates!: readonly CaseStatus[];
  @ApiProperty({ enum: CASE_ACTIONS, enumName: 'CaseAction', isArray: true }) actions!: readonly CaseAction[];
  @ApiProperty({ type: [TransitionDto] }) transitions!: readonly TransitionDto[];
}
