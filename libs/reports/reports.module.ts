import { Module } from '@nestjs/common';

/** Reports for management and the administrative inspection. */
@Module({})
export class ReportsModule {}
