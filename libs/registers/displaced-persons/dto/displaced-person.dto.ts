import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsJmbg } from '../../../shared/jmbg.js';
import { CalendarDay, TrimmedString } from '../../../shared/validation.js';
import { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from '../../shared/index.js';
import {
  ASSISTANCE_KINDS,
  DISPLACEMENT_STATUSES,
  DOCUMENT_KINDS,
  FAMILY_RELATIONS,
  type AssistanceKind,
  type DisplacementStatus,
  type DocumentKind,
  type FamilyRelation,
} from '../displaced-person-terms.js';


/** Text of 1–`max` characters, trimmed. */
const Text = (max: number) => (target: object, property: string | symbol) => {
  TrimmedString()(target, property);
  IsString()(target, property);
  MinLength(1)(target, property);
  MaxLength(max)(target, property);
};

/** A field a change may set to `null` to remove it. */
const NullableOptional = () => (target: object, property: string | symbol) => {
  IsOptional()(target, property);
  ValidateIf((_dto, value) => value !== null)(target, property);
};

const FOREIGN_ID = { description: 'Number of a foreign identity document (e.g. a Croatian OIB, a passport), 3–30 characters; personal data', example: 'HR-47163120054' };
const PERSONAL_ID = { description: 'JMBG: 13 digits, date of birth and check digit verified; personal data. A person needs a JMBG or a foreignId.', example: '0101990710008' };

/** What is recorded about the person; creating and changing share it. */
class PersonFields {
  @ApiProperty({ example: 'Dragana' }) @Text(100)
  firstName: string;

  @ApiProperty({ example: 'Marković' }) @Text(100)
  lastName: string;

  @ApiPropertyOptional(PERSONAL_ID) @IsOptional() @TrimmedString() @IsString() @IsJmbg()
  personalId?: string;

  @ApiPropertyOptional(FOREIGN_ID) @IsOptional() @TrimmedString() @IsString() @MinLength(3) @MaxLength(30)
  foreignId?: string;

  @ApiProperty({ example: '1990-01-01', description: 'Must be the date the JMBG states, when there is one' }) @CalendarDay()
  dateOfBirth: string;

  @ApiPropertyOptional({ example: 'Knin' }) @IsOptional() @Text(200)
  placeOfBirth?: string;

  @ApiProperty({ example: 'Knin, Hrvatska', description: 'Where the person fled or was driven from' }) @Text(200)
  placeOfOrigin: string;

  @ApiProperty({ example: 'Njegoševa 12, Demo', description: 'Where the person lives in the municipality' }) @Text(300)
  address: string;
}

/** A person entered in the register, with the status the decision in the case grants. */
export class CreateDisplacedPersonDto extends IntersectionType(WithinCaseDto, PersonFields) {
  @ApiProperty({ enum: DISPLACEMENT_STATUSES }) @IsIn(DISPLACEMENT_STATUSES)
  status: DisplacementStatus;

  @ApiProperty({ example: 'Rešenje Komesarijata za izbeglice br. 019-1234/1995', description: 'The legal basis of the status' }) @Text(500)
  legalBasis: string;

  @ApiProperty({ example: '1995-08-10', description: 'The status holds from this day (not after today)' }) @CalendarDay()
  statusFrom: string;
}

/** A change of the person's data within a case; fields left out stay, `null` removes an optional one. */
export class UpdateDisplacedPersonDto extends VersionedChangeDto {
  @ApiPropertyOptional() @IsOptional() @Text(100)
  firstName?: string;

  @ApiPropertyOptional() @IsOptional() @Text(100)
  lastName?: string;

  @ApiPropertyOptional({ ...PERSONAL_ID, nullable: true }) @NullableOptional() @TrimmedString() @IsString() @IsJmbg()
  personalId?: string | null;

  @ApiPropertyOptional({ ...FOREIGN_ID, nullable: true }) @NullableOptional() @TrimmedString() @IsString() @MinLength(3) @MaxLength(30)
  foreignId?: string | null;

  @ApiPropertyOptional() @IsOptional() @CalendarDay()
  dateOfBirth?: string;

  @ApiPropertyOptional({ nullable: true }) @NullableOptional() @Text(200)
  placeOfBirth?: string | null;

  @ApiPropertyOptional() @IsOptional() @Text(200)
  placeOfOrigin?: string;

  @ApiPropertyOptional() @IsOptional() @Text(300)
  address?: string;
}

/** A new status from a day on; the current one ends the day before. */
export class ChangeStatusDto extends VersionedChangeDto {
  @ApiProperty({ enum: DISPLACEMENT_STATUSES }) @IsIn(DISPLACEMENT_STATUSES)
  status: DisplacementStatus;

  @ApiProperty({ example: 'Rešenje o prestanku statusa br. 019-77/2026' }) @Text(500)
  legalBasis: string;

  @ApiProperty({ example: '2026-03-01', description: 'First day of the new status: after the current one began, not after today' }) @CalendarDay()
  from: string;
}

export class AddDocumentDto extends VersionedChangeDto {
  @ApiProperty({ enum: DOCUMENT_KINDS }) @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  @ApiProperty({ example: 'IL-204518', description: 'Unique among documents of its kind (letter case aside)' }) @Text(50)
  number: string;

  @ApiProperty({ example: '2026-03-02', description: 'Not after today' }) @CalendarDay()
  issuedOn: string;

  @ApiPropertyOptional({ example: '2028-03-01', description: 'Last day of validity; left out: valid without a term' }) @IsOptional() @CalendarDay()
  validUntil?: string;

  @ApiPropertyOptional({ example: 'Komesarijat za izbeglice i migracije' }) @IsOptional() @Text(200)
  issuedBy?: string;
}

/** Links another person of the register as a family member: "the relative is this person's `relation`". */
export class LinkFamilyMemberDto extends VersionedChangeDto {
  @ApiProperty({ format: 'uuid', description: 'The family member, a person in this register' }) @IsUUID()
  relativeId: string;

  @ApiProperty({ enum: FAMILY_RELATIONS, description: 'What the relative is to this person (e.g. `child`); the relative\'s entry shows the inverse' }) @IsIn(FAMILY_RELATIONS)
  relation: FamilyRelation;
}

export class RecordAssistanceDto extends VersionedChangeDto {
  @ApiProperty({ enum: ASSISTANCE_KINDS }) @IsIn(ASSISTANCE_KINDS)
  kind: AssistanceKind;

  @ApiPropertyOptional({ example: 1500000, description: 'Cash amount in minor units (para, cents): 1500000 = 15 000.00; left out for assistance in kind' })
  @IsOptional() @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amount?: number;

  @ApiPropertyOptional({ example: 'RSD', description: 'ISO 4217 code of the amount (default RSD); only with an amount' })
  @IsOptional() @IsString() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as RSD' })
  currency?: string;

  @ApiProperty({ example: '2026-03-02', description: 'Not after today' }) @CalendarDay()
  providedOn: string;

  @ApiProperty({ example: 'Komesarijat za izbeglice i migracije' }) @Text(200)
  providedBy: string;

  @ApiPropertyOptional({ example: 'Paket građevinskog materijala' }) @IsOptional() @Text(1000)
  note?: string;
}

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The register's own filters, beside the text search and the case. */
class DisplacedPersonFilters {
  @ApiPropertyOptional({ enum: DISPLACEMENT_STATUSES, description: 'Current status' }) @IsOptional() @IsIn(DISPLACEMENT_STATUSES)
  status?: DisplacementStatus;

  @ApiPropertyOptional({ description: 'Place of origin contains this, in either script, with or without diacritics' }) @IsOptional() @Text(200)
  placeOfOrigin?: string;

  @ApiPropertyOptional({ description: 'true: only persons holding a document valid today (Belgrade); false: only those holding none' })
  @IsOptional() @Transform(bool) @IsBoolean()
  hasValidDocument?: boolean;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Only persons with a document valid today whose validity ends before this day' })
  @IsOptional() @CalendarDay()
  documentExpiringBefore?: string;
}

export class DisplacedPersonListQueryDto extends IntersectionType(RegisterListQueryDto, DisplacedPersonFilters) {}
export class DisplacedPersonExportQueryDto extends IntersectionType(RegisterExportQueryDto, DisplacedPersonFilters) {}
export type DisplacedPersonFilterQuery = DisplacedPersonListQueryDto | DisplacedPersonExportQueryDto;
