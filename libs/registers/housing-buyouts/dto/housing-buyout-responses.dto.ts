import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../../shared/response-dto.js';
import { RegisterLinksDto } from '../../shared/index.js';
import { BUYOUT_STATUSES, PAYMENT_METHODS, type BuyoutStatus, type PaymentMethod } from '../housing-buyout.entity.js';

/** Amounts are dinars as fixed-point text with two decimals (`'38571.43'`), never floats. */
const AMOUNT = { example: '38571.43', description: 'Dinars, two decimals, as text' } as const;
/** Rates are percentages as text with two decimals. */
const PERCENT = { example: '0.50', description: '%, two decimals, as text' } as const;
/** Index values as text with four decimals, null when not revalued. */
const INDEX = { type: String, nullable: true, example: '102.5000', description: 'Four decimals, as text' } as const;

/** The buyer; `personalId` is null for those who may not read it. */
export class BuyoutBuyerViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'JMBG; null unless you may read personal data' }) personalId!: string | null;
}

export class BuyoutBuyerDetailDto extends BuyoutBuyerViewDto {
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
}

export class BuyoutFlatViewDto {
  @ApiProperty() address!: string;
  @ApiProperty({ example: '54.37', description: 'm², two decimals, as text' }) area!: string;
}

/** A row of the list: the contract's figures and its arrears today. */
export class HousingBuyoutListItemDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true }) contractNumber!: string | null;
  @ApiProperty({ format: 'date' }) contractDate!: string;
  @ApiProperty({ type: BuyoutBuyerViewDto }) buyer!: BuyoutBuyerViewDto;
  @ApiProperty({ type: BuyoutFlatViewDto }) flat!: BuyoutFlatViewDto;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod!: PaymentMethod;
  @ApiProperty(AMOUNT) price!: string;
  @ApiProperty(AMOUNT) total!: string;
  @ApiProperty(AMOUNT) paid!: string;
  @ApiProperty(AMOUNT) balance!: string;
  @ApiProperty({ ...AMOUNT, description: 'Due before today and unpaid' }) arrears!: string;
  @ApiProperty({ enum: BUYOUT_STATUSES }) status!: BuyoutStatus;
}

export class HousingBuyoutPageDto extends PageOf(HousingBuyoutListItemDto) {}

export class BuyoutRulesViewDto {
  @ApiProperty(PERCENT) serviceDeductionPerYear!: string;
  @ApiProperty(PERCENT) buildingAgeDeductionPerYear!: string;
  @ApiProperty(PERCENT) maxDeduction!: string;
  @ApiProperty(PERCENT) lumpSumDiscount!: string;
  @ApiProperty(PERCENT) minDownPayment!: string;
  @ApiProperty() maxInstalments!: number;
  @ApiProperty(PERCENT) earlyPayoffDiscount!: string;
}

export class BuyoutParametersViewDto {
  @ApiProperty(AMOUNT) basisPerSquareMetre!: string;
  @ApiProperty() yearsOfService!: number;
  @ApiProperty() buildingAgeYears!: number;
  @ApiProperty({ type: BuyoutRulesViewDto }) rules!: BuyoutRulesViewDto;
}

export class BuyoutPaymentTermsViewDto {
  @ApiProperty({ enum: PAYMENT_METHODS }) method!: PaymentMethod;
  @ApiProperty({ ...AMOUNT, type: String, nullable: true }) downPayment!: string | null;
  @ApiProperty({ type: Number, nullable: true }) instalments!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstDueOn!: string | null;
}

export class BuyoutIndexEntryViewDto {
  @ApiProperty({ example: '2026-07', description: 'The first month the value applies to' }) from!: string;
  @ApiProperty({ example: '102.5000', description: 'Four decimals, as text' }) value!: string;
}

/** The figures of the contract's calculation. */
export class BuyoutCalculationViewDto {
  @ApiProperty(AMOUNT) grossPrice!: string;
  @ApiProperty(PERCENT) deductionRate!: string;
  @ApiProperty(AMOUNT) deduction!: string;
  @ApiProperty(AMOUNT) price!: string;
  @ApiProperty(AMOUNT) lumpSumDiscount!: string;
  @ApiProperty(AMOUNT) total!: string;
}

/** A payment the buyer made, with the case it was recorded in. */
export class BuyoutPaymentViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) paidOn!: string;
  @ApiProperty(AMOUNT) amount!: string;
  @ApiProperty() earlyPayoff!: boolean;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiPropertyOptional() caseNumber?: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: Date;
}

/** One contract: its terms, calculation, payments, arrears today and cases. */
export class HousingBuyoutDto extends RegisterLinksDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true }) contractNumber!: string | null;
  @ApiProperty({ format: 'date' }) contractDate!: string;
  @ApiProperty({ type: BuyoutBuyerDetailDto }) buyer!: BuyoutBuyerDetailDto;
  @ApiProperty({ type: BuyoutFlatViewDto }) flat!: BuyoutFlatViewDto;
  @ApiProperty({ type: BuyoutParametersViewDto }) parameters!: BuyoutParametersViewDto;
  @ApiProperty({ type: BuyoutPaymentTermsViewDto }) payment!: BuyoutPaymentTermsViewDto;
  @ApiProperty({ type: BuyoutIndexEntryViewDto, isArray: true }) index!: BuyoutIndexEntryViewDto[];
  @ApiProperty({ type: BuyoutCalculationViewDto }) calculation!: BuyoutCalculationViewDto;
  @ApiProperty(AMOUNT) paid!: string;
  @ApiProperty(AMOUNT) balance!: string;
  @ApiProperty({ enum: BUYOUT_STATUSES }) status!: BuyoutStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) paidOffOn!: string | null;
  @ApiProperty({ ...AMOUNT, description: 'Due before today and unpaid' }) arrears!: string;
  @ApiProperty({ type: BuyoutPaymentViewDto, isArray: true }) payments!: BuyoutPaymentViewDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

/** How the price was reached. */
export class BuyoutPriceViewDto {
  @ApiProperty(AMOUNT) grossPrice!: string;
  @ApiProperty(PERCENT) serviceDeductionRate!: string;
  @ApiProperty(PERCENT) buildingAgeDeductionRate!: string;
  @ApiProperty(PERCENT) deductionRate!: string;
  @ApiProperty() deductionCapped!: boolean;
  @ApiProperty(AMOUNT) deduction!: string;
  @ApiProperty(AMOUNT) price!: string;
  @ApiProperty(AMOUNT) lumpSumDiscount!: string;
  @ApiProperty(AMOUNT) payable!: string;
}

/** An item of the schedule and what was paid on it. */
export class BuyoutScheduleItemDto {
  @ApiProperty({ description: '0: the down payment or lump sum; 1…: instalments' }) no!: number;
  @ApiProperty({ enum: ['lump-sum', 'down-payment', 'instalment', 'early-payoff'] }) kind!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty(AMOUNT) nominal!: string;
  @ApiProperty(INDEX) index!: string | null;
  @ApiProperty(AMOUNT) amount!: string;
  @ApiProperty(AMOUNT) paid!: string;
  @ApiProperty(AMOUNT) outstanding!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) settledOn!: string | null;
  @ApiProperty() overdue!: boolean;
}

/** What paying everything off on a day would take. */
export class BuyoutEarlyPayoffQuoteDto {
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty(AMOUNT) dueUnpaid!: string;
  @ApiProperty(AMOUNT) remainingPrincipal!: string;
  @ApiProperty(INDEX) index!: string | null;
  @ApiProperty(AMOUNT) revaluedPrincipal!: string;
  @ApiProperty(AMOUNT) prepaid!: string;
  @ApiProperty(AMOUNT) discount!: string;
  @ApiProperty(AMOUNT) amount!: string;
}

/** The account of a contract on a day. */
export class BuyoutScheduleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: BuyoutPriceViewDto }) price!: BuyoutPriceViewDto;
  @ApiProperty({ type: BuyoutScheduleItemDto, isArray: true }) items!: BuyoutScheduleItemDto[];
  @ApiProperty(AMOUNT) total!: string;
  @ApiProperty(AMOUNT) paid!: string;
  @ApiProperty(AMOUNT) balance!: string;
  @ApiProperty(AMOUNT) arrears!: string;
  @ApiProperty(AMOUNT) overpaid!: string;
  @ApiProperty() settled!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) paidOffOn!: string | null;
  @ApiProperty({ type: BuyoutEarlyPayoffQuoteDto, nullable: true }) earlyPayoff!: BuyoutEarlyPayoffQuoteDto | null;
}
