import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clusterOwner, freePort, startEmbeddedPostgres, walRecoverySettings, type EmbeddedPostgresHandle } from '../embedded/index.js';
import type { BackupTarget } from './backup-record.js';
import { copyDataFolder, ownDataFolder, type CopyProgress } from './data-folder-copy.js';

export const DATABASE = 'spis';

/**
 * Puts a base backup into `<postgresDir>/cluster` and starts PostgreSQL on it with the archived WAL
 * replayed, to the end of the backup or to a moment. Resolves when recovery has ended and the
 * server takes writes; a target the archive cannot reach stops it with PostgreSQL's own reason.
 */
export async function recoverCluster(options: {
  target: BackupTarget;
  id: string;
  postgresDir: string;
  to: { time: Date } | 'end-of-backup';
  progress?: CopyProgress;
}): Promise<EmbeddedPostgresHandle> {
  const clusterDir = join(options.postgresDir, 'cluster');
  if (existsSync(clusterDir) && (await readdir(clusterDir)).length > 0) {
    throw new Error(`${clusterDir} is not empty: a restore goes into an empty installation (a new DATA_DIR, or --into a new folder)`);
  }
  // Made here with the usual mode: the copy makes the cluster folder 0700, which PostgreSQL (as `postgres` when run as root) must reach.
  await mkdir(options.postgresDir, { recursive: true });
  await copyDataFolder(options.target.baseOf(options.id), clusterDir, { live: false, progress: options.progress });
  // The copy holds the backup_label that pg_backup_stop gave; recovery.signal asks for archive recovery.
  await writeFile(join(clusterDir, 'recovery.signal'), '');
  await ownDataFolder(clusterDir, clusterOwner());
  const log: string[] = [];
  try {
    return await startEmbeddedPostgres({
      dataDir: options.postgresDir,
      port: await freePort(),
      databases: [DATABASE],
      settings: walRecoverySettings(options.target.walDir, options.to),
      log: (line) => log.push(line),
    });
  } catch (error) {
    const said = log.join('\n').split('\n').filter((line) => /FATAL|PANIC|could not/.test(line)).map((line) => line.replace(/^.*?(FATAL|PANIC):\s*/, ''));
    throw new Error(`the restored PostgreSQL did not finish recovery: ${said.join('; ') || (error as Error).message}`, { cause: error });
  }
}
