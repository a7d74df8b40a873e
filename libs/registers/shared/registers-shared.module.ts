import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../documents/documents.module.js';
import { RegisterListPdf } from './register-list-pdf.js';
import { RegisterChangesRepository } from './register-changes.repository.js';
import { RegisterChanges } from './register-changes.service.js';
import { RegisterEntriesRepository } from './kit/register-entries.repository.js';

/** What every register module imports: changes within cases, history, personal data, printed lists, the kit's SQL. */
@Module({
  imports: [DocumentsModule],
  providers: [RegisterChanges, RegisterChangesRepository, RegisterEntriesRepository, RegisterListPdf],
  exports: [RegisterChanges, RegisterEntriesRepository, RegisterListPdf],
})
export class RegistersSharedModule {}
