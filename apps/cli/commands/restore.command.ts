import { Command, CommandRunner, Option } from 'nest-commander';
import { restoreBackup } from '../../../libs/backup/index.js';
import { mib, seconds } from '../backup/describe.js';
import { progressBar } from '../backup/progress-bar.js';
import { EXIT } from '../exit-codes.js';
import { SpisContext } from '../spis-context.js';

class UsageError extends Error {}

/** `spis restore <id> [--to-time <ISO time>] [--into <DATA_DIR>] [--target <folder>]`. */
@Command({
  name: 'restore',
  arguments: '<id>',
  description:
    'Restore a backup (see spis backup list) into an empty installation: the embedded PostgreSQL, recovered to the end of the backup or, ' +
    'with --to-time, to that moment through the archived WAL; then the objects its rows name, each checked against its SHA-256. ' +
    'Start Spis on the folder afterwards, and make a new backup. ' +
    'Exit code 0: restored; 2: restored, but objects named by rows are not in the target (listed); 1: failed; 64: wrong arguments.',
})
export class RestoreCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run([id]: string[], options: { toTime?: Date; into?: string; target?: string; json?: boolean }): Promise<void> {
    const progress = progressBar();
    const report = await restoreBackup({ config: this.context.settings(), id, into: options.into, toTime: options.toTime, from: options.target, progress: progress.report }).finally(progress.done);
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const moment = report.toTime ? `recovered to ${report.toTime}` : 'recovered to the end of the backup';
      process.stdout.write(`backup ${report.id} restored into ${report.into}: ${moment}; ${report.tables} tables, ${report.objects.restored} objects (${mib(report.objects.bytes)}); ${seconds(report.durationMs)}\n`);
      for (const key of report.missingObjects) process.stdout.write(`  object not in the backup target: ${key}\n`);
    }
    process.exitCode = report.missingObjects.length > 0 ? EXIT.found : EXIT.ok;
  }

  @Option({ flags: '--to-time <time>', description: 'recover to this moment (ISO 8601 with a zone, e.g. 2026-12-06T14:30:00+01:00), after the end of the backup' })
  parseToTime(value: string): Date {
    const time = new Date(value);
    if (!/(Z|[+-]\d\d:?\d\d)$/.test(value) || Number.isNaN(time.getTime())) {
      process.stderr.write(`spis: --to-time "${value}" is not an ISO 8601 time with a zone (e.g. 2026-12-06T14:30:00+01:00)\n`);
      process.exit(EXIT.usage);
    }
    return time;
  }

  @Option({ flags: '--into <folder>', description: 'the DATA_DIR to restore into (default: DATA_DIR); it must not hold a database yet' })
  parseInto(value: string): string {
    return value;
  }

  @Option({ flags: '--target <folder>', description: 'the backup target folder (default: BACKUP_TARGET, else DATA_DIR/backups)' })
  parseTarget(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the report as JSON' })
  parseJson(): boolean {
    return true;
  }
}
