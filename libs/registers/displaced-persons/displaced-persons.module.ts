import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DisplacedPersonRepository } from './displaced-person.repository.js';
import { RegistersSharedModule } from '../shared/index.js';
import { DisplacedPerson } from './displaced-person.entity.js';
import { DisplacedPersonQueries } from './displaced-persons.register.js';
import { DisplacedPersonAssistance, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonStatus } from './displaced-person-records.entity.js';
import { DisplacedPersonsController } from './displaced-persons.controller.js';
import { DisplacedPersonsService } from './displaced-persons.service.js';

/** The register of refugees, expelled and internally displaced persons (izbegla, prognana i interno raseljena lica). */
@Module({
  imports: [
    TypeOrmModule.forFeature([DisplacedPerson, DisplacedPersonStatus, DisplacedPersonDocument, DisplacedPersonFamilyLink, DisplacedPersonAssistance]),
    RegistersSharedModule,
  ],
  controllers: [DisplacedPersonsController],
  providers: [DisplacedPersonsService, DisplacedPersonQueries, DisplacedPersonRepository],
})
export class DisplacedPersonsModule {}
