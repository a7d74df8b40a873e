import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NumberingModule } from '../../numbering/numbering.module.js';
import { AttorneyCaseRepository } from './attorney-case.repository.js';
import { RegistersSharedModule } from '../shared/index.js';
import { AttorneyCaseCalendar } from './attorney-case-calendar.service.js';
import { AttorneyCaseQueries } from './attorney-cases.register.js';
import { AttorneyCase, AttorneyCaseDecision, AttorneyCaseHearing, AttorneyCaseParty } from './attorney-case.entity.js';
import { AttorneyCasesController } from './attorney-cases.controller.js';
import { AttorneyCasesService } from './attorney-cases.service.js';

/** The municipal attorney's registry (pisarnica pravobranilaštva), numbered in the attorney's own book. */
@Module({
  imports: [TypeOrmModule.forFeature([AttorneyCase, AttorneyCaseParty, AttorneyCaseHearing, AttorneyCaseDecision]), RegistersSharedModule, NumberingModule],
  controllers: [AttorneyCasesController],
  providers: [AttorneyCasesService, AttorneyCaseQueries, AttorneyCaseCalendar, AttorneyCaseRepository],
})
export class AttorneyCasesModule {}
