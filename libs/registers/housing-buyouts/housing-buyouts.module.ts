import { Module } from '@nestjs/common';

/** The housing buyouts register. */
@Module({})
export class HousingBuyoutsModule {}
