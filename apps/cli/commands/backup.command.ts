import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { BackupService } from '../../../libs/backup/index.js';
import { describeBackup, mib, seconds } from '../backup/describe.js';
import { progressBar } from '../backup/progress-bar.js';
import { EXIT } from '../exit-codes.js';
import { SpisContext } from '../spis-context.js';

interface TargetOptions {
  target?: string;
  json?: boolean;
}

const TARGET_FLAGS = { flags: '--target <folder>', description: 'the backup target folder (default: BACKUP_TARGET, else DATA_DIR/backups)' };

/** `spis backup list [--target <folder>] [--json]`: the backups in the target, newest first. */
@SubCommand({ name: 'list', description: 'List the backups in the target, newest first. Exit code 0; 2 when there is none.' })
export class BackupListCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run(_args: string[], options: TargetOptions): Promise<void> {
    const backups = await new BackupService({ config: this.context.settings() }).list(options.target);
    if (options.json) process.stdout.write(`${JSON.stringify(backups, null, 2)}\n`);
    else for (const backup of backups) process.stdout.write(`${describeBackup(backup)}\n`);
    process.exitCode = backups.length === 0 ? EXIT.found : EXIT.ok;
  }

  @Option(TARGET_FLAGS)
  parseListTarget(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the backups as JSON' })
  parseListJson(): boolean {
    return true;
  }
}

/** `spis backup verify [<id>]`: a restore into a scratch PostgreSQL, compared. */
@SubCommand({
  name: 'verify',
  arguments: '[id]',
  description:
    'Restore a backup (the newest by default) into a scratch PostgreSQL on a free port and compare: recovery to the end of the backup, ' +
    'each object the rows name with the SHA-256 they recorded, each object file against the manifest, the rows of every table against an earlier verification. ' +
    'Exit code 0: it restores and agrees; 2: differences (listed); 1: it could not be restored.',
})
export class BackupVerifyCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run([id]: string[], options: TargetOptions): Promise<void> {
    const progress = progressBar();
    const record = await new BackupService({ config: this.context.settings() }).verify(id, { to: options.target, progress: progress.report }).finally(progress.done);
    const verified = record.verified!;
    if (options.json) process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    else {
      process.stdout.write(`${record.id}: ${verified.ok ? 'restores and agrees' : 'DIFFERENCES'} (${Object.keys(verified.tables).length} tables, ${verified.objectsChecked} objects, ${seconds(verified.durationMs)})\n`);
      for (const problem of verified.problems) process.stdout.write(`  ${problem}\n`);
    }
    process.exitCode = verified.ok ? EXIT.ok : EXIT.found;
  }

  @Option(TARGET_FLAGS)
  parseVerifyTarget(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the backup record with its verification as JSON' })
  parseVerifyJson(): boolean {
    return true;
  }
}

/**
 * `spis backup [--to <folder>]`: a backup now. With the embedded PostgreSQL a base backup (its WAL
 * is archived into the target continuously) and the objects; beside an external one the objects only.
 */
@Command({
  name: 'backup',
  description:
    'Back up now: the embedded PostgreSQL (a base backup; its WAL is archived into the target all along, for point-in-time restores) ' +
    'and the objects new since the last backup, with a manifest of key and SHA-256; then retention (BACKUP_KEEP_*). ' +
    'With DATABASE_URL the objects only: back the database up with pgBackRest (docs/operations.md). ' +
    'Exit code 0: done; 1: failed (the message says why); 69: the database or storage is out of reach. Safe beside a running Spis.',
  subCommands: [BackupListCommand, BackupVerifyCommand],
})
export class BackupCommand extends CommandRunner {
  constructor(private readonly context: SpisContext) {
    super();
  }

  async run(_args: string[], options: { to?: string; json?: boolean }): Promise<void> {
    const parts = await this.context.parts();
    const progress = progressBar();
    const service = new BackupService(parts.settings);
    const record = await service.run({ to: options.to, progress: progress.report }).finally(progress.done);
    if (options.json) process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    else {
      const database = record.database ? `database ${mib(record.database.bytes)} (WAL ${record.database.firstWal}…${record.database.lastWal}), ` : 'objects only (the database is backed up by its own tool), ';
      process.stdout.write(
        `backup ${record.id} in ${service.target(options.to).root}: ${database}` +
          `${record.objects.count} objects, ${record.objects.copied} new (${mib(record.objects.copiedBytes)}); ${seconds(record.durationMs)}\n`,
      );
    }
    process.exitCode = EXIT.ok;
  }

  @Option({ flags: '--to <folder>', description: 'the backup target folder (default: BACKUP_TARGET, else DATA_DIR/backups)' })
  parseTo(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the backup record as JSON' })
  parseJson(): boolean {
    return true;
  }
}
