import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistersSharedModule } from '../shared/index.js';
import { Business, BusinessStatusPeriod } from './business.entity.js';
import { BusinessQueries } from './businesses.register.js';
import { BusinessesController } from './businesses.controller.js';
import { BusinessesService } from './businesses.service.js';

/** The businesses register (registar radnji). */
@Module({
  imports: [TypeOrmModule.forFeature([Business, BusinessStatusPeriod]), RegistersSharedModule],
  controllers: [BusinessesController],
  providers: [BusinessesService, BusinessQueries],
})
export class BusinessesModule {}
