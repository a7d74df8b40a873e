import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MinorUnitsColumn } from '../../database/money-column.js';
import type { MinorUnits } from '../../shared/money.js';

export const BUYOUT_STATUSES = ['in-payment', 'settled'] as const;
export type BuyoutStatus = (typeof BUYOUT_STATUSES)[number];

export const PAYMENT_METHODS = ['lump-sum', 'instalments'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * A housing buyout contract (ugovor o otkupu stana): the buyer, the flat, the terms and the rules
 * the price was calculated with (kept, so a later change of the municipality's rates does not
 * change a signed contract), and the figures of the last calculation. Money in minor units (para),
 * area in hundredths of m², rates in basis points.
 */
@Entity({ name: 'housing_buyout' })
export class HousingBuyout {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() version: number;
  @Column({ type: 'text', nullable: true }) contractNumber: string | null;
  @Column({ type: 'date' }) contractDate: string;
  @Column() buyerName: string;
  /** JMBG: personal data, shown only to those who may read it. */
  @Column() buyerPersonalId: string;
  @Column({ type: 'text', nullable: true }) buyerAddress: string | null;
  @Column() flatAddress: string;
  @Column() flatAreaHundredths: number;
  @MinorUnitsColumn() basisPerSquareMetre: MinorUnits;
  @Column() yearsOfService: number;
  @Column() buildingAgeYears: number;
  @Column() serviceDeductionPerYear: number;
  @Column() buildingAgeDeductionPerYear: number;
  @Column() maxDeduction: number;
  @Column() lumpSumDiscount: number;
  @Column() minDownPayment: number;
  @Column() maxInstalments: number;
  @Column() earlyPayoffDiscount: number;
  @Column({ type: 'text' }) paymentMethod: PaymentMethod;
  @MinorUnitsColumn({ nullable: true }) downPayment: MinorUnits | null;
  @Column({ type: 'integer', nullable: true }) instalments: number | null;
  @Column({ type: 'date', nullable: true }) firstDueOn: string | null;
  @MinorUnitsColumn() grossPrice: MinorUnits;
  @Column() deductionRate: number;
  @MinorUnitsColumn() deduction: MinorUnits;
  @MinorUnitsColumn() price: MinorUnits;
  @MinorUnitsColumn() lumpSumDiscountAmount: MinorUnits;
  /** The schedule's total, revaluation included (after an early payoff, what it came to). */
  @MinorUnitsColumn() total: MinorUnits;
  @MinorUnitsColumn() paid: MinorUnits;
  @Column({ type: 'text' }) status: BuyoutStatus;
  @Column({ type: 'date', nullable: true }) paidOffOn: string | null;
  @Column() searchText: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}
