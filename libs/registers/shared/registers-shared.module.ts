import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../documents/documents.module.js';
import { RegisterListPdf } from './register-list-pdf.js';
import { RegisterChangesRepository } from './register-changes.repository.js';
import { RegisterChanges } from './register-changes.service.js';

/** What every register module imports: changes within cases, history, personal data, printed lists. */
@Module({
  imports: [DocumentsModule],
  providers: [RegisterChanges, RegisterChangesRepository, RegisterListPdf],
  exports: [RegisterChanges, RegisterListPdf],
})
export class RegistersSharedModule {}
