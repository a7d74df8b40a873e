import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsJmbg } from '../../../shared/jmbg.js';
import { cyrillicToLatin } from '../../../i18n/transliterate.js';
import { CalendarDay, DATE_ONLY, TrimmedString } from '../../../shared/validation.js';
import { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from '../../shared/index.js';
import { AgreesWithJmbg } from '../holder-identity.js';
import { DUPLICATE_REASONS, RECIPIENT_KINDS, WORK_BOOK_STATUSES, type DuplicateReason, type RecipientKind, type WorkBookStatus } from '../work-book.entity.js';


/** A series in Latin capitals, whichever script it was typed in. */
const SeriesText = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cyrillicToLatin(value.trim()).toUpperCase() : value));
const Series = () => (target: object, property: string | symbol) => {
  SeriesText()(target, property);
  IsString()(target, property);
  Matches(/^[\p{L}\p{N}-]{1,10}$/u, { message: '$property must be 1–10 letters or digits' })(target, property);
};
const BookNumber = () => (target: object, property: string | symbol) => {
  TrimmedString()(target, property);
  IsString()(target, property);
  Matches(/^[\p{L}\p{N}/-]{1,20}$/u, { message: '$property must be 1–20 letters, digits, "/" or "-"' })(target, property);
};

/** The holder as the book states them. */
export class HolderDto {
  @ApiProperty({ example: 'Petar Petrović' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  name: string;

  @ApiProperty({ description: 'Ime roditelja', example: 'Marko' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  parentName: string;

  @ApiProperty({ description: 'JMBG (13 digits, date of birth and check digit verified); personal data', example: '0101990710006' })
  @TrimmedString() @IsString() @IsJmbg()
  personalId: string;

  @ApiPropertyOptional({ description: 'Must be the date the JMBG states; taken from it when left out', example: '1990-01-01' })
  @IsOptional() @CalendarDay() @AgreesWithJmbg('personalId')
  dateOfBirth?: string;

  @ApiProperty({ example: 'Beograd' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(200)
  placeOfBirth: string;
}

/** What the book says: its form's series and number, the day it was issued, the holder. */
class WorkBookFields {
  @ApiProperty({ description: 'Series of the form; Cyrillic is stored in Latin capitals', example: 'AB' }) @Series()
  series: string;

  @ApiProperty({ example: '123456' }) @BookNumber()
  number: string;

  @ApiProperty({ example: '2026-03-02' }) @CalendarDay()
  issuedOn: string;

  @ApiProperty({ type: HolderDto }) @ValidateNested() @Type(() => HolderDto)
  holder: HolderDto;
}

/** A work book issued, entered within the case that decided it. */
export class CreateWorkBookDto extends IntersectionType(WithinCaseDto, WorkBookFields) {}

/** A correction of the entry, within a case; `holder` given replaces the holder whole. */
export class UpdateWorkBookDto extends VersionedChangeDto {
  @ApiPropertyOptional() @IsOptional() @Series()
  series?: string;

  @ApiPropertyOptional() @IsOptional() @BookNumber()
  number?: string;

  @ApiPropertyOptional() @IsOptional() @CalendarDay()
  issuedOn?: string;

  @ApiPropertyOptional({ type: HolderDto }) @IsOptional() @ValidateNested() @Type(() => HolderDto)
  holder?: HolderDto;
}

/** A duplicate issued for a lost or damaged book: a new form, with its own series and number. */
export class IssueDuplicateDto extends VersionedChangeDto {
  @ApiProperty({ example: 'AB' }) @Series()
  series: string;

  @ApiProperty({ example: '123999' }) @BookNumber()
  number: string;

  @ApiProperty({ example: '2026-04-01' }) @CalendarDay()
  issuedOn: string;

  @ApiProperty({ enum: DUPLICATE_REASONS }) @IsIn(DUPLICATE_REASONS)
  reason: DuplicateReason;
}

const toEmployer = (dto: RecordHandoverDto) => dto.to === 'employer';

/** The book handed to its holder or to an employer on a day. */
export class RecordHandoverDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-04-01', description: 'Not before the book was issued, not in the future' }) @CalendarDay()
  handedOverOn: string;

  @ApiProperty({ enum: RECIPIENT_KINDS }) @IsIn(RECIPIENT_KINDS)
  to: RecipientKind;

  @ApiPropertyOptional({ description: 'Who received it: required for an employer (its name); the holder\'s name otherwise', example: 'Demo d.o.o.' })
  @ValidateIf((dto: RecordHandoverDto, value) => toEmployer(dto) || value !== undefined) @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  recipientName?: string;

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MaxLength(1000)
  note?: string;
}

/** The book returned to its holder for good (e.g. since work books ceased to be kept by employers). */
export class RecordReturnDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-04-01', description: 'Not before the book was issued, not in the future' }) @CalendarDay()
  returnedOn: string;

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MaxLength(1000)
  note?: string;
}

/** An entry made by mistake (storno): the book stays in the register as cancelled. */
export class CancelWorkBookDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-04-01', description: 'Not before the book was issued, not in the future' }) @CalendarDay()
  cancelledOn: string;

  @ApiProperty({ example: 'Upisano greškom' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  reason: string;
}

/** The register's own filters, beside the text search and the case. */
class WorkBookFilters {
  @ApiPropertyOptional({ enum: WORK_BOOK_STATUSES }) @IsOptional() @IsIn(WORK_BOOK_STATUSES)
  status?: WorkBookStatus;

  @ApiPropertyOptional({ description: 'Series, in either script' }) @IsOptional() @Series()
  series?: string;

  @ApiPropertyOptional({ description: 'Issued on or after this day' }) @IsOptional() @CalendarDay()
  issuedFrom?: string;

  @ApiPropertyOptional({ description: 'Issued on or before this day' }) @IsOptional() @CalendarDay()
  issuedTo?: string;
}

export class WorkBookListQueryDto extends IntersectionType(RegisterListQueryDto, WorkBookFilters) {}
export class WorkBookExportQueryDto extends IntersectionType(RegisterExportQueryDto, WorkBookFilters) {}
