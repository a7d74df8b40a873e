import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CaseDetailParts } from '../cases/case-detail-parts.js';
import { CaseProcess } from '../cases/case-process.js';
import { parseArchiveLocation, parseBorrower } from './archive-inputs.js';
import { ArchiveService } from './archive.service.js';

/**
 * The archive's part in a case's life, declared beside the state machine's transitions: taking a
 * closed case in writes its archive-book entry, lending and returning it write the loan (revers),
 * and the case page shows the entry with its loans. Each runs inside the transition's transaction,
 * so the case and the archive's records change together or not at all.
 */
@Injectable()
export class ArchiveTransitionHooks implements OnModuleInit {
  constructor(
    private readonly process: CaseProcess,
    private readonly parts: CaseDetailParts,
    private readonly archive: ArchiveService,
  ) {}

  onModuleInit(): void {
    this.process.on('archive', {
      onTransitionStart: async ({ before, input, at }) => ({
        details: { archiveEntryId: (await this.archive.takeIntoArchive(before, parseArchiveLocation(input.location), at)).id },
      }),
    });
    this.process.on('lend', {
      onTransitionStart: async ({ before, input, at }) => ({ details: { loanId: (await this.archive.lend(before, parseBorrower(input.borrower), at)).id } }),
    });
    this.process.on('return', {
      onTransitionStart: async ({ before, at }) => ({ details: { loanId: (await this.archive.giveBack(before, at)).id } }),
    });
    this.parts.provide('archive', (caseId) => this.archive.entryForCase(caseId));
  }
}
