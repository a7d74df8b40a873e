import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { SingleNode } from './single-node.service.js';

/** Scheduled jobs, each run by one node of those sharing the database; global, so any library's job can use it. */
@Global()
@Module({ imports: [ScheduleModule.forRoot()], providers: [SingleNode], exports: [SingleNode] })
export class SchedulingModule {}
