import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistersSharedModule } from '../shared/index.js';
import { HousingBuyoutPayment } from './housing-buyout-payment.entity.js';
import { HousingBuyoutRepository } from './housing-buyout.repository.js';
import { HousingBuyoutQueries } from './housing-buyouts.register.js';
import { HousingBuyoutIndexEntry, HousingBuyoutInstalment } from './housing-buyout-schedule.entity.js';
import { HousingBuyout } from './housing-buyout.entity.js';
import { HousingBuyoutsController } from './housing-buyouts.controller.js';
import { HousingBuyoutsService } from './housing-buyouts.service.js';

/** The housing buyouts register (otkup stana). */
@Module({
  imports: [TypeOrmModule.forFeature([HousingBuyout, HousingBuyoutIndexEntry, HousingBuyoutInstalment, HousingBuyoutPayment]), RegistersSharedModule],
  controllers: [HousingBuyoutsController],
  providers: [HousingBuyoutsService, HousingBuyoutQueries, HousingBuyoutRepository],
})
export class HousingBuyoutsModule {}
