import { Column } from 'typeorm';
import { exactBigintColumn } from './bigint-column.js';

/**
 * A money column: `bigint` minor units in PostgreSQL, `MinorUnits` (libs/shared/money.ts) on the
 * entity, through the exact-bigint transformer. Every money column is declared with it, so the
 * representation is said once.
 */
export function MinorUnitsColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ type: 'bigint', nullable: options.nullable ?? false, transformer: exactBigintColumn });
}
