import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { IsJmbg } from '../../../shared/jmbg.js';
import { CalendarDay, DATE_ONLY, TrimmedString } from '../../../shared/validation.js';
import { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from '../../shared/index.js';
import {
  CURRENCIES,
  ENCUMBRANCE_KINDS,
  isArea,
  PROPERTY_KINDS,
  RECORDED_STATUSES,
  STATUSES,
  type Currency,
  type EncumbranceKind,
  type PropertyKind,
  type PropertyStatus,
  type RecordedStatus,
} from '../real-estate-rules.js';


/** Null is a value here: it clears the field. */
const Nullable = () => ValidateIf((_dto, value) => value !== null);

/** A text field: trimmed, not blank, at most `max` characters. */
const Text = (max: number) => (target: object, property: string | symbol) => {
  TrimmedString()(target, property);
  IsString()(target, property);
  MinLength(1)(target, property);
  MaxLength(max)(target, property);
};

/** Compares the field with another field of the same object; the rule is reported as `name`. */
function ComparedWith(name: string, other: string, holds: (value: never, otherValue: never) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options: { message, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const otherValue = (args.object as Record<string, unknown>)[other];
          return value === null || value === undefined || otherValue === null || otherValue === undefined || holds(value as never, otherValue as never);
        },
      },
    });
}

/** Broj katastarske parcele: `1234` or `1234/5`. */
const PARCEL = /^[1-9][0-9]{0,6}(\/[1-9][0-9]{0,4})?$/;
/** Broj posebnog dela: `7`, `L-2`, `12a`. */
const UNIT = /^[0-9A-Za-z][0-9A-Za-z/.-]{0,19}$/;
/** Matični broj of a company or entrepreneur: eight digits. */
const REGISTRATION_NUMBER = /^[0-9]{8}$/;

export class OwnershipShareDto {
  @ApiProperty({ example: 1, minimum: 1 })
  @IsInt() @Min(1) @Max(1_000_000)
  @ComparedWith('notAboveDenominator', 'denominator', (numerator: number, denominator: number) => numerator <= denominator, 'numerator must not be greater than denominator')
  numerator: number;

  @ApiProperty({ example: 2, minimum: 1 }) @IsInt() @Min(1) @Max(1_000_000)
  denominator: number;
}

/** An amount in minor units (para): an integer, never a JSON fraction that JavaScript would round. */
export class MoneyDto {
  @ApiProperty({ example: 1250000000, description: 'Minor units (para): 1250000000 is 12,500,000.00 dinars' })
  @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER)
  amountMinor: number;

  @ApiPropertyOptional({ enum: CURRENCIES, default: 'RSD' }) @IsOptional() @IsIn(CURRENCIES)
  currency?: Currency;
}

const AREA_MESSAGE = 'area must be m² above zero written as text with at most two decimals, e.g. "54.37"';
const IsAreaText = () => (target: object, propertyName: string | symbol) =>
  registerDecorator({ name: 'areaText', target: target.constructor, propertyName: String(propertyName), options: { message: AREA_MESSAGE }, validator: { validate: isArea } });

/** What a property's entry says; entering one and changing one share it. */
class PropertyFields {
  @ApiProperty({ example: 'Demo', description: 'Katastarska opština' }) @Text(100)
  cadastralMunicipality: string;

  @ApiProperty({ example: '1234/5', description: 'Broj katastarske parcele' }) @IsString() @Matches(PARCEL, { message: 'parcelNumber must be a parcel number such as 1234 or 1234/5' })
  parcelNumber: string;

  @ApiPropertyOptional({ example: 1, description: 'Broj zgrade on the parcel: for buildings, flats and business premises' }) @IsOptional() @IsInt() @Min(1) @Max(9999)
  buildingNumber?: number;

  @ApiPropertyOptional({ example: '7', description: 'Broj posebnog dela: for flats and business premises' }) @IsOptional() @IsString() @Matches(UNIT, { message: 'unitNumber must be 1–20 letters, digits, / . or -' })
  unitNumber?: string;

  @ApiPropertyOptional({ example: 'Njegoševa 12, Demo' }) @IsOptional() @Text(500)
  address?: string;

  @ApiProperty({ enum: PROPERTY_KINDS }) @IsIn(PROPERTY_KINDS)
  kind: PropertyKind;

  @ApiProperty({ example: '54.37', description: 'm², at most two decimals, as text' }) @IsAreaText()
  area: string;

  @ApiPropertyOptional({ type: OwnershipShareDto, description: 'The municipality\'s share (default 1/1)' }) @IsOptional() @ValidateNested() @Type(() => OwnershipShareDto)
  ownershipShare?: OwnershipShareDto;

  @ApiProperty({ example: 'Rešenje o eksproprijaciji 465-12/2019-05', description: 'Pravni osnov' }) @Text(1000)
  legalBasis: string;

  @ApiPropertyOptional({ example: 'Mesna zajednica Centar', description: 'Korisnik: who uses it without a lease' }) @IsOptional() @Text(300)
  userName?: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Book value' }) @IsOptional() @ValidateNested() @Type(() => MoneyDto)
  value?: MoneyDto;

  @ApiPropertyOptional() @IsOptional() @Text(2000)
  note?: string;
}

/** A new property, entered within the case that decided it; it starts `active`. */
export class CreateRealEstateDto extends IntersectionType(WithinCaseDto, PropertyFields) {}

/** A change of the entry within a case: each field given replaces it; null clears an optional one. */
export class UpdateRealEstateDto extends VersionedChangeDto {
  @ApiPropertyOptional() @IsOptional() @Text(100)
  cadastralMunicipality?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(PARCEL, { message: 'parcelNumber must be a parcel number such as 1234 or 1234/5' })
  parcelNumber?: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Nullable() @IsInt() @Min(1) @Max(9999)
  buildingNumber?: number | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Nullable() @IsString() @Matches(UNIT, { message: 'unitNumber must be 1–20 letters, digits, / . or -' })
  unitNumber?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Nullable() @Text(500)
  address?: string | null;

  @ApiPropertyOptional({ enum: PROPERTY_KINDS }) @IsOptional() @IsIn(PROPERTY_KINDS)
  kind?: PropertyKind;

  @ApiPropertyOptional({ example: '54.37' }) @IsOptional() @IsAreaText()
  area?: string;

  @ApiPropertyOptional({ type: OwnershipShareDto }) @IsOptional() @ValidateNested() @Type(() => OwnershipShareDto)
  ownershipShare?: OwnershipShareDto;

  @ApiPropertyOptional() @IsOptional() @Text(1000)
  legalBasis?: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Nullable() @Text(300)
  userName?: string | null;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true }) @IsOptional() @Nullable() @ValidateNested() @Type(() => MoneyDto)
  value?: MoneyDto | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Nullable() @Text(2000)
  note?: string | null;

  @ApiPropertyOptional({ enum: RECORDED_STATUSES, description: '`leased` is not set here: it follows from the leases' }) @IsOptional() @IsIn(RECORDED_STATUSES)
  status?: RecordedStatus;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'The day the alienation, demolition or write-off took effect; required with those statuses' })
  @IsOptional() @CalendarDay()
  statusDate?: string;
}

export class LesseeDto {
  @ApiProperty({ example: 'Petar Petrović' }) @Text(300)
  name: string;

  @ApiPropertyOptional({ description: 'JMBG of a person (13 digits, date of birth and check digit verified); personal data', example: '0101990710008' })
  @IsOptional() @TrimmedString() @IsString() @IsJmbg()
  personalId?: string;

  @ApiPropertyOptional({ description: 'Matični broj of a company or entrepreneur (8 digits); not with personalId', example: '20084693' })
  @IsOptional() @TrimmedString() @IsString() @Matches(REGISTRATION_NUMBER, { message: 'registrationNumber must be eight digits' })
  @ComparedWith('notWithPersonalId', 'personalId', () => false, 'a lessee has either a personalId or a registrationNumber, not both')
  registrationNumber?: string;
}

/** A lease of the property, entered within the case of its contract. */
export class AddLeaseDto extends VersionedChangeDto {
  @ApiProperty({ type: LesseeDto }) @ValidateNested() @Type(() => LesseeDto)
  lessee: LesseeDto;

  @ApiPropertyOptional({ example: '464-3/2026' }) @IsOptional() @Text(100)
  contractNumber?: string;

  @ApiProperty({ example: '2026-04-01', description: 'First day of the lease' }) @CalendarDay()
  termFrom: string;

  @ApiPropertyOptional({ example: '2031-03-31', description: 'Last day of the term; left out: without a fixed term' })
  @IsOptional() @CalendarDay()
  @ComparedWith('notBeforeTermFrom', 'termFrom', (to: string, from: string) => to >= from, 'termTo must not be before termFrom')
  termTo?: string;

  @ApiProperty({ type: MoneyDto, description: 'Monthly rent' }) @ValidateNested() @Type(() => MoneyDto)
  monthlyRent: MoneyDto;
}

/** The end of a lease (early termination, or recording that it ran out), within a case. */
export class EndLeaseDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-09-30', description: 'The last day the lease is in force: within its term' }) @CalendarDay()
  endedOn: string;

  @ApiPropertyOptional({ example: 'Sporazumni raskid ugovora' }) @IsOptional() @Text(1000)
  reason?: string;
}

/** An encumbrance on the property, entered within a case. */
export class AddEncumbranceDto extends VersionedChangeDto {
  @ApiProperty({ enum: ENCUMBRANCE_KINDS }) @IsIn(ENCUMBRANCE_KINDS)
  kind: EncumbranceKind;

  @ApiProperty({ example: 'Banka Intesa a.d. Beograd', description: 'In whose favour' }) @Text(300)
  inFavourOf: string;

  @ApiPropertyOptional() @IsOptional() @Text(2000)
  description?: string;

  @ApiPropertyOptional({ example: '952-02-3-123/2026', description: 'The cadastre decision or court case it is written in' }) @IsOptional() @Text(200)
  reference?: string;

  @ApiProperty({ example: '2026-03-02', description: 'The day it was registered; not in the future' }) @CalendarDay()
  registeredOn: string;
}

/** The removal of an encumbrance (brisanje tereta), within a case. */
export class RemoveEncumbranceDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-03-02', description: 'The day it was removed; not in the future, not before it was registered' }) @CalendarDay()
  removedOn: string;

  @ApiPropertyOptional() @IsOptional() @Text(1000)
  reason?: string;
}

const yesNo = ({ value }: { value: unknown }) => (value === 'true' || value === 'yes' ? true : value === 'false' || value === 'no' ? false : value);

/** The register's own filters, beside the text search and the case. */
class RealEstateFilters {
  @ApiPropertyOptional({ enum: PROPERTY_KINDS }) @IsOptional() @IsIn(PROPERTY_KINDS)
  kind?: PropertyKind;

  @ApiPropertyOptional({ enum: STATUSES, description: '`leased`: active with a lease in force today; `active`: active without one' }) @IsOptional() @IsIn(STATUSES)
  status?: PropertyStatus;

  @ApiPropertyOptional({ description: 'Cadastral municipality, in either script, letter case and diacritics aside' }) @IsOptional() @Text(100)
  cadastralMunicipality?: string;

  @ApiPropertyOptional({ description: 'true (yes): a lease is in force today; false (no): none is' }) @IsOptional() @Transform(yesNo) @IsBoolean()
  leased?: boolean;

  @ApiPropertyOptional({ description: 'true (yes): an encumbrance is not removed; false (no): none is left' }) @IsOptional() @Transform(yesNo) @IsBoolean()
  encumbered?: boolean;
}

export class RealEstateListQueryDto extends IntersectionType(RegisterListQueryDto, RealEstateFilters) {}
export class RealEstateExportQueryDto extends IntersectionType(RegisterExportQueryDto, RealEstateFilters) {}
