import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../shared/response-dto.js';
import { RegisterLinksDto } from '../../shared/index.js';
import {
  ATTORNEY_CASE_KINDS,
  ATTORNEY_CASE_STATUSES,
  HEARING_STATES,
  MUNICIPALITY_ROLES,
  OUTCOMES,
  type AttorneyCaseKind,
  type AttorneyCaseStatus,
  type HearingState,
  type MunicipalityRole,
  type Outcome,
} from '../attorney-case-rules.js';

/** An opposing party: a person (JMBG, null unless you may read personal data), a company, or a name. */
export class OpposingPartyViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'JMBG; null unless you may read personal data' }) personalId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A company\'s registration number (matični broj)' }) registrationNumber!: string | null;
}

/** What the list row and the entry both show of a case. */
class AttorneyCaseBaseDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'P-12/2026' }) registryNumber!: string;
  @ApiProperty({ enum: ATTORNEY_CASE_KINDS }) kind!: AttorneyCaseKind;
  @ApiProperty() court!: string;
  @ApiProperty({ type: String, nullable: true }) courtCaseNumber!: string | null;
  @ApiProperty({ enum: MUNICIPALITY_ROLES }) municipalityRole!: MunicipalityRole;
  @ApiProperty({ type: OpposingPartyViewDto, isArray: true }) opposingParties!: OpposingPartyViewDto[];
  @ApiProperty() subject!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'In para (1/100 dinar)' }) valueInDispute!: number | null;
  @ApiProperty({ enum: ['RSD'] }) currency!: 'RSD';
  @ApiProperty({ enum: ATTORNEY_CASE_STATUSES }) status!: AttorneyCaseStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appealDeadline!: string | null;
  @ApiProperty({ description: 'The appeal deadline ran out with no appeal lodged, in a case still running' }) appealPastDue!: boolean;
}

/** A case as the list shows it. */
export class AttorneyCaseListItemDto extends AttorneyCaseBaseDto {
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome!: Outcome | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The next scheduled hearing from now on' }) nextHearing!: Date | null;
}

export class AttorneyCasePageDto extends PageOf(AttorneyCaseListItemDto) {}

/** The latest decision's outcome. */
export class AttorneyCaseOutcomeDto {
  @ApiProperty({ enum: OUTCOMES }) outcome!: Outcome;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) receivedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
}

/** A hearing: when (the instant, and the Belgrade day and time), where, and how it went. */
export class HearingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: Date;
  @ApiProperty({ format: 'date', description: 'Belgrade day' }) day!: string;
  @ApiProperty({ example: '09:30', description: 'Belgrade time, HH:mm' }) time!: string;
  @ApiProperty({ type: String, nullable: true }) courtroom!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: HEARING_STATES }) state!: HearingState;
  @ApiProperty({ type: String, nullable: true }) stateNote!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The case it was scheduled in' }) caseId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The case it was marked in' }) markedCaseId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) markedAt!: Date | null;
}

/** A hearing on the entry, with the number of the case it was scheduled in. */
export class EntryHearingDto extends HearingDto {
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: OUTCOMES }) outcome!: Outcome;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty() final!: boolean;
  @ApiProperty({ type: Number, nullable: true }) appealDays!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appealDeadline!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: Date;
}

/** One case: what it is, where it stands, its hearings and decisions, its cases. */
export class AttorneyCaseDto extends AttorneyCaseBaseDto {
  @ApiProperty({ type: AttorneyCaseOutcomeDto, nullable: true }) outcome!: AttorneyCaseOutcomeDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appealLodgedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) closingNote!: string | null;
  @ApiProperty({ type: EntryHearingDto, isArray: true }) hearings!: EntryHearingDto[];
  @ApiProperty({ type: DecisionDto, isArray: true }) decisions!: DecisionDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

/** How a hearing or deadline names its entry. */
export class AttorneyCaseRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() registryNumber!: string;
  @ApiProperty({ enum: ATTORNEY_CASE_KINDS }) kind!: AttorneyCaseKind;
  @ApiProperty() court!: string;
  @ApiProperty({ type: String, nullable: true }) courtCaseNumber!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: ATTORNEY_CASE_STATUSES }) status!: AttorneyCaseStatus;
}

/** A hearing of the calendar, with its entry. */
export class CalendarHearingDto extends HearingDto {
  @ApiProperty({ type: AttorneyCaseRefDto }) attorneyCase!: AttorneyCaseRefDto;
}

export class HearingCalendarPageDto extends PageOf(CalendarHearingDto) {}

/** A running appeal deadline of an entry. */
export class AppealDeadlineDto extends AttorneyCaseRefDto {
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome!: Outcome | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) receivedOn!: string | null;
  @ApiProperty({ format: 'date' }) appealDeadline!: string;
  @ApiProperty({ description: 'Days from today to the deadline; negative once past' }) daysLeft!: number;
  @ApiProperty() pastDue!: boolean;
}

export class AppealDeadlinePageDto extends PageOf(AppealDeadlineDto) {
  @ApiProperty({ format: 'date', description: 'Deadlines on or before this day' }) before!: string;
  @ApiProperty({ format: 'date', description: 'Today in Belgrade, the day deadlines are reckoned from' }) today!: string;
}
