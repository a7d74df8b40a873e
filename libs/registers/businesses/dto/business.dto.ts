import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, registerDecorator, ValidateNested, type ValidationArguments } from 'class-validator';
import { IsJmbg } from '../../../shared/jmbg.js';
import { CalendarDay, DATE_ONLY, TrimmedString } from '../../../shared/validation.js';
import { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from '../../shared/index.js';
import { activityCodePrefix, isActivityCode, normalizeActivityCode } from '../activity-code.js';
import { BUSINESS_STATUSES, type BusinessStatus } from '../business-status.js';


/** An activity class of the classification (`47.11`, also typed `4711`) in an existing division. */
const ActivityCode = () => (target: object, property: string | symbol) => {
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (normalizeActivityCode(value) ?? value) : value))(target, property);
  registerDecorator({
    name: 'activityCode',
    target: target.constructor,
    propertyName: String(property),
    options: { message: '$property must be a class of the classification of activities (KD 2010), e.g. 47.11' },
    validator: { validate: (value: unknown) => typeof value === 'string' && isActivityCode(value) },
  });
};

const RegistrationNumber = () => (target: object, property: string | symbol) => {
  TrimmedString()(target, property);
  IsString()(target, property);
  Matches(/^\d{8}$/, { message: '$property must be the eight digits of the registration number (matični broj)' })(target, property);
};

/** A day not before the day in `property` of the same object. */
function NotBefore(property: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [property],
      options: { message: `$property must not be before ${property}` },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[property];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}

/** The entrepreneur who owns the shop. */
export class OwnerDto {
  @ApiProperty({ example: 'Petar Petrović' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  name: string;

  @ApiProperty({ description: 'JMBG (13 digits, date of birth and check digit verified); personal data', example: '1503985710126' })
  @TrimmedString() @IsString() @IsJmbg()
  personalId: string;
}

/** What the register says about the shop. */
class BusinessFields {
  @ApiProperty({ description: 'Matični broj, eight digits', example: '64123456' }) @RegistrationNumber()
  registrationNumber: string;

  @ApiProperty({ example: 'Frizerska radnja „Ana“ Petar Petrović PR Demo' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  tradeName: string;

  @ApiProperty({ type: OwnerDto }) @ValidateNested() @Type(() => OwnerDto)
  owner: OwnerDto;

  @ApiProperty({ description: 'Šifra delatnosti (KD 2010): 47.11 or 4711', example: '96.02' }) @ActivityCode()
  activityCode: string;

  @ApiProperty({ example: 'Njegoševa 12, Demo' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  address: string;

  @ApiProperty({ description: 'The day the shop started; not after today', example: '2020-01-15' }) @CalendarDay()
  startedOn: string;
}

/** A shop entered, within the case that decided it; active from its start. */
export class CreateBusinessDto extends IntersectionType(WithinCaseDto, BusinessFields) {}

/** A change of what the register says, within a case; `owner` given replaces the owner whole. */
export class UpdateBusinessDto extends VersionedChangeDto {
  @ApiPropertyOptional() @IsOptional() @RegistrationNumber()
  registrationNumber?: string;

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  tradeName?: string;

  @ApiPropertyOptional({ type: OwnerDto }) @IsOptional() @ValidateNested() @Type(() => OwnerDto)
  owner?: OwnerDto;

  @ApiPropertyOptional() @IsOptional() @ActivityCode()
  activityCode?: string;

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ description: 'A corrected start; not after the first status change' }) @IsOptional() @CalendarDay()
  startedOn?: string;
}

/** Privremena odjava: from a day, until a day or until resumed. */
export class SuspendBusinessDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-04-01' }) @CalendarDay()
  from: string;

  @ApiPropertyOptional({ description: 'The last day of the suspension; without it, until a resumption', example: '2026-06-30' })
  @IsOptional() @CalendarDay() @NotBefore('from')
  to?: string;

  @ApiProperty({ example: 'Bolovanje preduzetnika' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  reason: string;
}

/** Nastavak obavljanja delatnosti. */
export class ResumeBusinessDto extends VersionedChangeDto {
  @ApiProperty({ description: 'The first day active again', example: '2026-05-15' }) @CalendarDay()
  on: string;

  @ApiPropertyOptional() @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  reason?: string;
}

/** Brisanje radnje: for good. */
export class RemoveBusinessDto extends VersionedChangeDto {
  @ApiProperty({ description: 'The first day the shop no longer exists', example: '2026-06-01' }) @CalendarDay()
  on: string;

  @ApiProperty({ example: 'Odjava preduzetnika' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(1000)
  reason: string;
}

/** The register's own filters, beside the text search and the case. */
class BusinessFilters {
  @ApiPropertyOptional({ enum: BUSINESS_STATUSES, description: 'The status today (Belgrade calendar)' }) @IsOptional() @IsIn(BUSINESS_STATUSES)
  status?: BusinessStatus;

  @ApiPropertyOptional({ description: 'Codes starting so: 47, 47.1, 471, 47.11', example: '47.1' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (activityCodePrefix(value) ?? value) : value))
  @IsString()
  @Matches(/^(\d{1,2}|\d{2}\.\d{1,2})$/, { message: '$property must be the start of an activity code, e.g. 47 or 47.1' })
  activityCode?: string;

  @ApiPropertyOptional({ description: 'Started on or after this day' }) @IsOptional() @CalendarDay()
  startedFrom?: string;

  @ApiPropertyOptional({ description: 'Started on or before this day' }) @IsOptional() @CalendarDay()
  startedTo?: string;
}

export class BusinessListQueryDto extends IntersectionType(RegisterListQueryDto, BusinessFilters) {}
export class BusinessExportQueryDto extends IntersectionType(RegisterExportQueryDto, BusinessFilters) {}
