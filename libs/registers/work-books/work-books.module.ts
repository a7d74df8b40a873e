import { Module } from '@nestjs/common';

/** The work books register. */
@Module({})
export class WorkBooksModule {}
