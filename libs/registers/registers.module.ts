import { Module } from '@nestjs/common';
import { RealEstateModule } from './real-estate/real-estate.module.js';
import { WorkBooksModule } from './work-books/work-books.module.js';
import { BusinessesModule } from './businesses/businesses.module.js';
import { HousingBuyoutsModule } from './housing-buyouts/housing-buyouts.module.js';
import { DisplacedPersonsModule } from './displaced-persons/displaced-persons.module.js';
import { AttorneyCasesModule } from './attorney-cases/attorney-cases.module.js';

/** The registers kept beside the case flow, one module each. */
@Module({
  imports: [RealEstateModule, WorkBooksModule, BusinessesModule, HousingBuyoutsModule, DisplacedPersonsModule, AttorneyCasesModule],
})
export class RegistersModule {}
