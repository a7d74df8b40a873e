import { Module } from '@nestjs/common';

/** The archive: archive book, loans (revers), disposal and handover lists. */
@Module({})
export class ArchiveModule {}
