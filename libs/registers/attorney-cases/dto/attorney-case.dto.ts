import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { IsJmbg } from '../../../shared/jmbg.js';
import { CalendarDay, TrimmedString } from '../../../shared/validation.js';
import { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from '../../shared/index.js';
import {
  ATTORNEY_CASE_KINDS,
  ATTORNEY_CASE_STATUSES,
  HEARING_STATES,
  MUNICIPALITY_ROLES,
  OUTCOMES,
  SETTABLE_STATUSES,
  type AttorneyCaseKind,
  type AttorneyCaseStatus,
  type HearingState,
  type MunicipalityRole,
  type Outcome,
} from '../attorney-case-rules.js';


/** An instant with its offset, so the hour is not guessed: `2026-03-10T09:30:00+01:00` or `…Z`. */
const Instant = () => (target: object, property: string | symbol) => {
  IsISO8601({ strict: true })(target, property);
  Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, { message: '$property must be a date and time with its offset, e.g. 2026-03-10T09:30:00+01:00' })(target, property);
};

const Text = (max: number) => (target: object, property: string | symbol) => {
  TrimmedString()(target, property);
  IsString()(target, property);
  MinLength(1)(target, property);
  MaxLength(max)(target, property);
};

/** A party is a person (JMBG) or a company (registration number), never both. */
function NotWithPersonalId(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notWithPersonalId',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'a party has either a personalId or a registrationNumber, not both' },
      validator: { validate: (_value: unknown, args: ValidationArguments) => (args.object as OpposingPartyDto).personalId === undefined },
    });
}

/** Most a value in dispute can be: a trillion dinars, in para. */
const MAX_VALUE = 100_000_000_000_000;

export class OpposingPartyDto {
  @ApiProperty({ example: 'Petar Petrović' }) @Text(300)
  name: string;

  @ApiPropertyOptional({ description: 'A person\'s JMBG (date of birth and check digit verified); personal data', example: '0101990710006' })
  @IsOptional() @TrimmedString() @IsString() @IsJmbg()
  personalId?: string;

  @ApiPropertyOptional({ description: 'A company\'s registration number (matični broj), eight digits', example: '07012345' })
  @IsOptional() @TrimmedString() @IsString() @Matches(/^\d{8}$/, { message: 'registrationNumber must be eight digits' })
  @NotWithPersonalId()
  registrationNumber?: string;
}

/** What an attorney case says; creating one and changing one share it. */
class AttorneyCaseFields {
  @ApiProperty({ enum: ATTORNEY_CASE_KINDS, description: 'Decides the register mark of the registry number (P, I, U, UP, Pr, R, K, O)' })
  @IsIn(ATTORNEY_CASE_KINDS)
  kind: AttorneyCaseKind;

  @ApiProperty({ example: 'Osnovni sud u Nišu', description: 'The court or authority before which the case runs' }) @Text(300)
  court: string;

  @ApiPropertyOptional({ example: 'P 1234/2026', description: 'The court\'s own number; unique per court' })
  @IsOptional() @Text(100)
  courtCaseNumber?: string;

  @ApiProperty({ enum: MUNICIPALITY_ROLES }) @IsIn(MUNICIPALITY_ROLES)
  municipalityRole: MunicipalityRole;

  @ApiProperty({ type: [OpposingPartyDto] })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => OpposingPartyDto)
  opposingParties: OpposingPartyDto[];

  @ApiProperty({ example: 'Naknada štete zbog pada na zaleđenom trotoaru' }) @Text(2000)
  subject: string;

  @ApiPropertyOptional({ description: 'Value in dispute in para (1/100 RSD): 15000000 is 150 000,00 din.', example: 15000000 })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_VALUE)
  valueInDispute?: number;
}

/** A new attorney case, entered within the case in which the attorney took it on. */
export class CreateAttorneyCaseDto extends IntersectionType(WithinCaseDto, AttorneyCaseFields) {}

/** A change within a case: each field given replaces it; `opposingParties` replaces the whole list. */
export class UpdateAttorneyCaseDto extends VersionedChangeDto {
  @ApiPropertyOptional({ enum: ATTORNEY_CASE_KINDS, description: 'Keeps the registry number it was given' }) @IsOptional() @IsIn(ATTORNEY_CASE_KINDS)
  kind?: AttorneyCaseKind;

  @ApiPropertyOptional() @IsOptional() @Text(300)
  court?: string;

  @ApiPropertyOptional({ nullable: true, description: 'null removes it' }) @IsOptional() @ValidateIf((_dto, value) => value !== null) @Text(100)
  courtCaseNumber?: string | null;

  @ApiPropertyOptional({ enum: MUNICIPALITY_ROLES }) @IsOptional() @IsIn(MUNICIPALITY_ROLES)
  municipalityRole?: MunicipalityRole;

  @ApiPropertyOptional({ type: [OpposingPartyDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => OpposingPartyDto)
  opposingParties?: OpposingPartyDto[];

  @ApiPropertyOptional() @IsOptional() @Text(2000)
  subject?: string;

  @ApiPropertyOptional({ nullable: true, description: 'In para; null removes it' }) @IsOptional() @ValidateIf((_dto, value) => value !== null) @IsInt() @Min(0) @Max(MAX_VALUE)
  valueInDispute?: number | null;

  @ApiPropertyOptional({ enum: SETTABLE_STATUSES, description: 'Suspended (prekid, mirovanje) or open again; final and closed come from decisions and closing' })
  @IsOptional() @IsIn(SETTABLE_STATUSES)
  status?: (typeof SETTABLE_STATUSES)[number];

  @ApiPropertyOptional({ description: 'The day an appeal against the latest decision was lodged; its deadline is then met' }) @IsOptional() @CalendarDay()
  appealLodgedOn?: string;
}

/** A hearing scheduled, within a case. */
export class ScheduleHearingDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-03-10T09:30:00+01:00' }) @Instant()
  startsAt: string;

  @ApiPropertyOptional({ example: 'sudnica 12' }) @IsOptional() @Text(100)
  courtroom?: string;

  @ApiPropertyOptional({ example: 'Saslušanje svedoka' }) @IsOptional() @Text(2000)
  note?: string;
}

/** A scheduled hearing marked held or postponed, within a case; a postponed one may get its new date. */
export class MarkHearingDto extends VersionedChangeDto {
  @ApiProperty({ enum: ['held', 'postponed'] }) @IsIn(['held', 'postponed'])
  state: 'held' | 'postponed';

  @ApiPropertyOptional({ example: 'Odloženo zbog nedolaska tužioca' }) @IsOptional() @Text(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'Postponed only: the new hearing, scheduled at once', example: '2026-04-14T10:00:00+02:00' })
  @IsOptional() @Instant()
  nextStartsAt?: string;
}

/** A decision received, within a case: its outcome and, unless final, the appeal deadline it starts. */
export class RecordDecisionDto extends VersionedChangeDto {
  @ApiProperty({ enum: OUTCOMES }) @IsIn(OUTCOMES)
  outcome: Outcome;

  @ApiProperty({ example: '2026-03-02' }) @CalendarDay()
  decidedOn: string;

  @ApiProperty({ example: '2026-03-04', description: 'The day the attorney received it; the appeal period runs from it. Not in the future' }) @CalendarDay()
  receivedOn: string;

  @ApiPropertyOptional({ description: 'Final (pravnosnažna): no appeal deadline, the case becomes final' }) @IsOptional() @IsBoolean()
  final?: boolean;

  @ApiPropertyOptional({ description: 'Days for an appeal when the decision says otherwise than the kind\'s default (15; 8 for enforcement and misdemeanours)' })
  @IsOptional() @IsInt() @Min(1) @Max(365)
  appealDays?: number;

  @ApiProperty({ example: 'Presudom se odbija tužbeni zahtev.' }) @Text(5000)
  text: string;
}

/** The attorney's case closed a/a, within a case. */
export class CloseAttorneyCaseDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-06-01', description: 'Not in the future' }) @CalendarDay()
  closedOn: string;

  @ApiPropertyOptional({ example: 'Presuda izvršena; a/a' }) @IsOptional() @Text(2000)
  note?: string;
}

/** The register's own filters, beside the text search and the case. */
class AttorneyCaseFilters {
  @ApiPropertyOptional({ enum: ATTORNEY_CASE_KINDS }) @IsOptional() @IsIn(ATTORNEY_CASE_KINDS)
  kind?: AttorneyCaseKind;

  @ApiPropertyOptional({ enum: ATTORNEY_CASE_STATUSES }) @IsOptional() @IsIn(ATTORNEY_CASE_STATUSES)
  status?: AttorneyCaseStatus;

  @ApiPropertyOptional({ description: 'Words of the court\'s name, either script' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(300)
  court?: string;

  @ApiPropertyOptional({ description: 'With a hearing on or after this day (Belgrade)' }) @IsOptional() @CalendarDay()
  hearingFrom?: string;

  @ApiPropertyOptional({ description: 'With a hearing on or before this day (Belgrade)' }) @IsOptional() @CalendarDay()
  hearingTo?: string;

  @ApiPropertyOptional({ description: 'With an appeal deadline running out on or before this day (none lodged, not closed)' }) @IsOptional() @CalendarDay()
  deadlineBefore?: string;
}

export class AttorneyCaseListQueryDto extends IntersectionType(RegisterListQueryDto, AttorneyCaseFilters) {}
export class AttorneyCaseExportQueryDto extends IntersectionType(RegisterExportQueryDto, AttorneyCaseFilters) {}

/** The hearings calendar: every case's hearings on the Belgrade days from–to. */
export class HearingCalendarQueryDto extends RegisterListQueryDto {
  @ApiProperty({ example: '2026-03-01' }) @CalendarDay()
  from: string;

  @ApiProperty({ example: '2026-03-31' }) @CalendarDay()
  to: string;

  @ApiPropertyOptional({ enum: HEARING_STATES }) @IsOptional() @IsIn(HEARING_STATES)
  state?: HearingState;
}

/** The appeal deadlines running out on or before `before` (default: within 15 days). */
export class DeadlineQueryDto extends RegisterListQueryDto {
  @ApiPropertyOptional({ example: '2026-03-31', description: 'Default: 15 days from today' }) @IsOptional() @CalendarDay()
  before?: string;
}
