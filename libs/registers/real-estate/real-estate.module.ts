import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistersSharedModule } from '../shared/index.js';
import { RealEstateEncumbrance } from './real-estate-encumbrance.entity.js';
import { RealEstateLease } from './real-estate-lease.entity.js';
import { RealEstateQueries } from './real-estate.register.js';
import { RealEstate } from './real-estate.entity.js';
import { RealEstateController } from './real-estate.controller.js';
import { RealEstateService } from './real-estate.service.js';

/** The real estate register (evidencija nepokretnosti). */
@Module({
  imports: [TypeOrmModule.forFeature([RealEstate, RealEstateLease, RealEstateEncumbrance]), RegistersSharedModule],
  controllers: [RealEstateController],
  providers: [RealEstateService, RealEstateQueries],
})
export class RealEstateModule {}
