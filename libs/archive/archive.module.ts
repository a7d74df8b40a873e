import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ArchiveEntry } from './archive-entry.entity.js';
import { ArchiveLoan } from './archive-loan.entity.js';
import { ArchiveController } from './archive.controller.js';
import { ArchiveService } from './archive.service.js';
import { DisposalListItem } from './disposal-list-item.entity.js';
import { DisposalList } from './disposal-list.entity.js';
import { DisposalListsService } from './disposal-lists.service.js';

/**
 * The archive: archive book, loans (revers), disposal and handover lists. CasesModule imports this
 * module (its case actions call ArchiveService), so this one never imports CasesModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ArchiveEntry, ArchiveLoan, DisposalList, DisposalListItem]), AuditModule],
  controllers: [ArchiveController],
  providers: [ArchiveService, DisposalListsService],
  exports: [ArchiveService],
})
export class ArchiveModule {}
