import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { BooksController } from './books.controller.js';
import { BooksRepository } from './books.repository.js';
import { BooksService } from './books.service.js';
import { CasePapersController } from './case-papers.controller.js';
import { CasePapersService } from './case-papers.service.js';
import { CaseLookupCodes } from './lookup-code.js';
import { PdfFonts } from './pdf-fonts.js';
import { PrintContexts } from './print-context.js';

/**
 * Printed documents (PDF): the party's receipt, the case cover sheet and the books. Reads cases
 * through CasesModule's queries and the archive's views; changes nothing.
 */
@Module({
  imports: [CasesModule],
  controllers: [CasePapersController, BooksController],
  providers: [PdfFonts, CaseLookupCodes, PrintContexts, CasePapersService, BooksService, BooksRepository],
  exports: [PdfFonts, PrintContexts],
})
export class DocumentsModule {}
