import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases/cases.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { AttachmentObjects } from './attachment-objects.service.js';
import { AttachmentSweep } from './attachment-sweep.service.js';
import { AttachmentRepository } from './attachment.repository.js';
import { Attachment, AttachmentVersion } from './attachment.entity.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';
import { ReceptionStamps } from './reception-stamp.service.js';

/**
 * Files of cases and acts, kept in object storage with their SHA-256 and every earlier version;
 * scanned PDFs get the reception stamp drawn by DocumentsModule's fonts.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Attachment, AttachmentVersion]), CasesModule, DocumentsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentObjects, AttachmentRepository, AttachmentsService, AttachmentSweep, ReceptionStamps],
  exports: [AttachmentsService, AttachmentSweep],
})
export class AttachmentsModule {}
