import { Module } from '@nestjs/common';
import { BackupModule } from '../backup/index.js';
import { HealthController } from './health.controller.js';
import { HealthRepository } from './health.repository.js';

@Module({ imports: [BackupModule], controllers: [HealthController], providers: [HealthRepository] })
export class HealthModule {}
