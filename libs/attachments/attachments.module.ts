import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentObjects } from './attachment-objects.service.js';
import { AttachmentSweep } from './attachment-sweep.service.js';
import { Attachment, AttachmentVersion } from './attachment.entity.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';

/** Files of cases and acts, kept in object storage with their SHA-256 and every earlier version. */
@Module({
  imports: [TypeOrmModule.forFeature([Attachment, AttachmentVersion]), ScheduleModule.forRoot()],
  controllers: [AttachmentsController],
  providers: [AttachmentObjects, AttachmentsService, AttachmentSweep],
  exports: [AttachmentsService, AttachmentSweep],
})
export class AttachmentsModule {}
