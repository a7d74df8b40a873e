import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { IsJmbg } from '../../../shared/jmbg.js';
import { CalendarDay, DATE_ONLY, TrimmedString } from '../../../shared/validation.js';
import { RegisterExportQueryDto, RegisterListQueryDto, VersionedChangeDto, WithinCaseDto } from '../../shared/index.js';
import { BUYOUT_STATUSES, PAYMENT_METHODS, type BuyoutStatus, type PaymentMethod } from '../housing-buyout.entity.js';
import { isDecimal, parseDecimal } from '../../../shared/fixed-point.js';


/**
 * A decimal written as a string with at most `scale` decimals, within [min, max] (in units of the
 * last decimal): money, areas, rates and index values never pass through a JSON number, which
 * JavaScript would read as floating point.
 */
function IsDecimalText(scale: number, bounds: { min: number; max: number }, example: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'decimalText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must be a decimal written as text with at most ${scale} decimals, e.g. "${example}"`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (!isDecimal(value, scale)) return false;
          const parsed = parseDecimal(value, scale);
          return parsed >= bounds.min && parsed <= bounds.max;
        },
      },
    });
}

/** Dinars with at most two decimals, as text. */
const Money = (min = 0) => IsDecimalText(2, { min, max: 99_999_999_999_99 }, '150000.00');
/** A percentage with at most two decimals, 0–100, as text. */
const Percent = () => IsDecimalText(2, { min: 0, max: 100_00 }, '0.50');

export class BuyerDto {
  @ApiProperty({ example: 'Petar Petrović' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(300)
  name: string;

  @ApiProperty({ description: 'JMBG (13 digits, date of birth and check digit verified); personal data', example: '0101990710006' })
  @TrimmedString() @IsString() @IsJmbg()
  personalId: string;

  @ApiPropertyOptional({ example: 'Njegoševa 12, Demo' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(500)
  address?: string;
}

export class FlatDto {
  @ApiProperty({ example: 'Bulevar oslobođenja 15/7, Demo' }) @TrimmedString() @IsString() @MinLength(1) @MaxLength(500)
  address: string;

  @ApiProperty({ description: 'Useful area in m², at most two decimals, as text', example: '54.37' }) @IsDecimalText(2, { min: 1, max: 100_000_00 }, '54.37')
  area: string;
}

/** The municipality's rates for this contract; each one left out is the default. */
export class BuyoutRulesDto {
  @ApiPropertyOptional({ description: 'Deduction per year of service, % (default 0.50)', example: '0.50' }) @IsOptional() @Percent()
  serviceDeductionPerYear?: string;

  @ApiPropertyOptional({ description: 'Deduction per year of the building\'s age, % (default 1.00)', example: '1.00' }) @IsOptional() @Percent()
  buildingAgeDeductionPerYear?: string;

  @ApiPropertyOptional({ description: 'Cap on the deductions together, % (default 60.00)', example: '60.00' }) @IsOptional() @Percent()
  maxDeduction?: string;

  @ApiPropertyOptional({ description: 'Discount for paying at once, % (default 40.00)', example: '40.00' }) @IsOptional() @Percent()
  lumpSumDiscount?: string;

  @ApiPropertyOptional({ description: 'Smallest down payment, % of the price (default 10.00)', example: '10.00' }) @IsOptional() @Percent()
  minDownPayment?: string;

  @ApiPropertyOptional({ description: 'Most monthly instalments (default 480)', example: 480 }) @IsOptional() @IsInt() @Min(1) @Max(1200)
  maxInstalments?: number;

  @ApiPropertyOptional({ description: 'Discount on the not-yet-due principal when paid off early, % (default 0.00)', example: '0.00' }) @IsOptional() @Percent()
  earlyPayoffDiscount?: string;
}

export class BuyoutParametersDto {
  @ApiProperty({ description: 'Price basis per m², dinars', example: '150000.00' }) @Money(1)
  basisPerSquareMetre: string;

  @ApiProperty({ description: 'The buyer\'s years of service', example: 25 }) @IsInt() @Min(0) @Max(80)
  yearsOfService: number;

  @ApiProperty({ description: 'Age of the building, years', example: 40 }) @IsInt() @Min(0) @Max(500)
  buildingAgeYears: number;

  @ApiPropertyOptional({ type: BuyoutRulesDto }) @IsOptional() @ValidateNested() @Type(() => BuyoutRulesDto)
  rules?: BuyoutRulesDto;
}

const forInstalments = (dto: PaymentTermsDto) => dto.method === 'instalments';

export class PaymentTermsDto {
  @ApiProperty({ enum: PAYMENT_METHODS }) @IsIn(PAYMENT_METHODS)
  method: PaymentMethod;

  @ApiPropertyOptional({ description: 'Instalments only: the down payment (učešće), dinars', example: '387386.25' }) @ValidateIf(forInstalments) @Money()
  downPayment?: string;

  @ApiPropertyOptional({ description: 'Instalments only: number of monthly instalments', example: 240 }) @ValidateIf(forInstalments) @IsInt() @Min(1) @Max(1200)
  instalments?: number;

  @ApiPropertyOptional({ description: 'Instalments only: when the first falls due (default a month after the contract)' }) @IsOptional() @CalendarDay()
  firstDueOn?: string;
}

export class IndexEntryDto {
  @ApiProperty({ description: 'The first month the value applies to', example: '2026-07' }) @IsString() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '$property must be a month YYYY-MM' })
  from: string;

  @ApiProperty({ description: 'The index value, at most four decimals, as text (e.g. cumulative consumer prices, base 100)', example: '102.5000' })
  @IsDecimalText(4, { min: 1, max: 99_999_999_9999 }, '102.5000')
  value: string;
}

/** What a contract says; creating one and changing one share it. */
class BuyoutContractFields {
  @ApiPropertyOptional({ example: '360-12/2026' }) @IsOptional() @TrimmedString() @IsString() @MinLength(1) @MaxLength(100)
  contractNumber?: string;

  @ApiProperty({ example: '2026-03-02' }) @CalendarDay()
  contractDate: string;

  @ApiProperty({ type: BuyerDto }) @ValidateNested() @Type(() => BuyerDto)
  buyer: BuyerDto;

  @ApiProperty({ type: FlatDto }) @ValidateNested() @Type(() => FlatDto)
  flat: FlatDto;

  @ApiProperty({ type: BuyoutParametersDto }) @ValidateNested() @Type(() => BuyoutParametersDto)
  parameters: BuyoutParametersDto;

  @ApiProperty({ type: PaymentTermsDto }) @ValidateNested() @Type(() => PaymentTermsDto)
  payment: PaymentTermsDto;

  @ApiPropertyOptional({ type: [IndexEntryDto], description: 'The revaluation index; its first entry must apply in the contract\'s month' })
  @IsOptional() @IsArray() @ArrayMaxSize(1200) @ValidateNested({ each: true }) @Type(() => IndexEntryDto)
  index?: IndexEntryDto[];
}

/** A new buyout contract, entered within the case that decided it. */
export class CreateHousingBuyoutDto extends IntersectionType(WithinCaseDto, BuyoutContractFields) {}

/**
 * A change of the contract (an annex, a corrected name, new index values), within a case. Each part
 * given replaces that part whole; `index` replaces the whole series. The price is recalculated.
 */
export class UpdateHousingBuyoutDto extends VersionedChangeDto {
  @ApiPropertyOptional({ nullable: true, description: 'null removes it' }) @IsOptional() @ValidateIf((_dto, value) => value !== null) @TrimmedString() @IsString() @MinLength(1) @MaxLength(100)
  contractNumber?: string | null;

  @ApiPropertyOptional() @IsOptional() @CalendarDay()
  contractDate?: string;

  @ApiPropertyOptional({ type: BuyerDto }) @IsOptional() @ValidateNested() @Type(() => BuyerDto)
  buyer?: BuyerDto;

  @ApiPropertyOptional({ type: FlatDto }) @IsOptional() @ValidateNested() @Type(() => FlatDto)
  flat?: FlatDto;

  @ApiPropertyOptional({ type: BuyoutParametersDto, description: 'Rules left out stay as they were' }) @IsOptional() @ValidateNested() @Type(() => BuyoutParametersDto)
  parameters?: BuyoutParametersDto;

  @ApiPropertyOptional({ type: PaymentTermsDto }) @IsOptional() @ValidateNested() @Type(() => PaymentTermsDto)
  payment?: PaymentTermsDto;

  @ApiPropertyOptional({ type: [IndexEntryDto] }) @IsOptional() @IsArray() @ArrayMaxSize(1200) @ValidateNested({ each: true }) @Type(() => IndexEntryDto)
  index?: IndexEntryDto[];
}

/** A payment the buyer made, recorded within a case. */
export class RecordPaymentDto extends VersionedChangeDto {
  @ApiProperty({ example: '2026-04-10', description: 'The day it was paid (Belgrade calendar), not in the future' }) @CalendarDay()
  paidOn: string;

  @ApiProperty({ example: '38571.43', description: 'Dinars' }) @Money(1)
  amount: string;

  @ApiPropertyOptional({ description: 'Pays off everything not yet due; must reach the quote of that day (see the schedule\'s earlyPayoff)' })
  @IsOptional() @IsBoolean()
  earlyPayoff?: boolean;

  @ApiPropertyOptional({ example: 'Uplatnica 123/2026' }) @IsOptional() @TrimmedString() @IsString() @MaxLength(500)
  note?: string;
}

export class ScheduleQueryDto {
  @ApiPropertyOptional({ description: 'The day the account is made on (default today, Belgrade)', example: '2026-05-05' }) @IsOptional() @CalendarDay()
  asOf?: string;
}

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The register's own filters, beside the text search and the case. */
class HousingBuyoutFilters {
  @ApiPropertyOptional({ enum: BUYOUT_STATUSES }) @IsOptional() @IsIn(BUYOUT_STATUSES)
  status?: BuyoutStatus;

  @ApiPropertyOptional({ description: 'true: only contracts with instalments past due and unpaid today; false: only those without' })
  @IsOptional() @Transform(bool) @IsBoolean()
  arrears?: boolean;

  @ApiPropertyOptional({ description: 'Year of the contract' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2999)
  year?: number;
}

export class HousingBuyoutListQueryDto extends IntersectionType(RegisterListQueryDto, HousingBuyoutFilters) {}
export class HousingBuyoutExportQueryDto extends IntersectionType(RegisterExportQueryDto, HousingBuyoutFilters) {}
