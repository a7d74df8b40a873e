import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ArchiveTransitionHooks } from './archive-hooks.js';
import { ArchiveEntry } from './archive-entry.entity.js';
import { ArchiveLoan } from './archive-loan.entity.js';
import { ArchiveController } from './archive.controller.js';
import { ArchiveRepository } from './archive.repository.js';
import { ArchiveService } from './archive.service.js';
import { DisposalListItem } from './disposal-list-item.entity.js';
import { DisposalList } from './disposal-list.entity.js';
import { DisposalListsService } from './disposal-lists.service.js';

/**
 * The archive: archive book, loans (revers), disposal and handover lists. It attaches its records
 * to the case's transitions as hooks (ArchiveTransitionHooks) and moves cases only through
 * CaseTransitions, so it depends on CasesModule and never the other way round.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ArchiveEntry, ArchiveLoan, DisposalList, DisposalListItem]), AuditModule, CasesModule],
  controllers: [ArchiveController],
  providers: [ArchiveRepository, ArchiveService, DisposalListsService, ArchiveTransitionHooks],
  exports: [ArchiveService],
})
export class ArchiveModule {}
