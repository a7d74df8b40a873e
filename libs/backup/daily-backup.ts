import { Inject, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Metrics } from '../metrics/index.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { SingleNode } from '../scheduling/index.js';
import { BackupModule } from './backup.module.js';
import { BackupService } from './backup.service.js';

export const DAILY_BACKUP_JOB = 'daily-backup';

/**
 * The daily backup the municipality's IT staff are asked for: at `BACKUP_HOUR` (Belgrade time), on the
 * one node holding the job's lock, so three API nodes make one backup. The API only: the admin command
 * line imports `BackupModule` without it. The last backup's time is a gauge beside the job's own
 * metrics, so an alert can say "no backup for 26 h" (docs/operations.md, Metrics).
 */
@Injectable()
export class DailyBackup implements OnModuleInit {
  private readonly logger = new Logger(DailyBackup.name);

  constructor(
    private readonly backups: BackupService,
    private readonly singleNode: SingleNode,
    private readonly metrics: Metrics,
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
  ) {}

  onModuleInit(): void {
    this.singleNode.schedule(DAILY_BACKUP_JOB, `0 0 ${this.settings.config.BACKUP_HOUR} * * *`, () => this.run());
    const backups = this.backups;
    new Gauge({
      name: 'spis_backup_last_success_timestamp_seconds',
      help: 'When the newest backup in the backup target finished (Unix time; 0 when there is none)',
      registers: [this.metrics.registry],
      async collect() {
        const last = await backups.last().catch(() => undefined);
        this.set(last ? new Date(last.finishedAt).getTime() / 1000 : 0);
      },
    });
  }

  private async run(): Promise<void> {
    const record = await this.backups.run();
    this.logger.log(`daily backup ${record.id}: ${record.sizeBytes} bytes written in ${record.durationMs} ms`);
  }
}

@Module({ imports: [BackupModule], providers: [DailyBackup] })
export class DailyBackupModule {}
