import { existsSync } from 'node:fs';
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { backupStart, backupStop } from './cluster-sql.js';
import { copyDataFolder, type CopyProgress } from './data-folder-copy.js';

const ARCHIVE_WAIT_MS = 60_000;

export interface BaseBackup {
  bytes: number;
  files: number;
  startLsn: string;
  stopLsn: string;
  firstWal: string;
  lastWal: string;
}

/**
 * A physical base backup of a running cluster through PostgreSQL's low-level API: pg_backup_start,
 * a copy of the data folder, pg_backup_stop, whose label file goes into the copy as `backup_label`.
 * The backup is complete when the WAL segment that ends it has reached the archive.
 */
export async function takeBaseBackup(databaseUrl: string, clusterDir: string, into: string, archivedWal: string, label: string, progress?: CopyProgress): Promise<BaseBackup> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = await backupStart(client, label);
    const copied = await copyDataFolder(clusterDir, into, { live: true, progress });
    // The session that started the backup stops it; ending the session without this aborts it.
    const { lsn, wal, labelfile, spcmapfile } = await backupStop(client);
    await writeFile(join(into, 'backup_label'), labelfile);
    if (spcmapfile) await writeFile(join(into, 'tablespace_map'), spcmapfile);
    await waitForArchived(archivedWal, wal);
    return { ...copied, startLsn: started.lsn, stopLsn: lsn, firstWal: started.wal, lastWal: wal };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** pg_backup_stop switched to a new segment; archiving copies the finished one within seconds. */
async function waitForArchived(walDir: string, segment: string): Promise<void> {
  const deadline = Date.now() + ARCHIVE_WAIT_MS;
  while (!existsSync(join(walDir, segment))) {
    if (Date.now() > deadline) {
      throw new Error(
        `WAL archiving is not working: segment ${segment} did not reach ${walDir} within ${ARCHIVE_WAIT_MS / 1000} s; ` +
          `the base backup cannot be restored without it. PostgreSQL's log says why ("archive command failed"): the folder must exist and be writable`,
      );
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The segments from `first` to `last` (and the timeline histories), for a target other than the archive's. */
export async function copyWalRange(fromDir: string, toDir: string, first: string, last: string): Promise<number> {
  const names = (await readdir(fromDir)).filter((name) => (/^[0-9A-F]{24}$/.test(name) && name >= first && name <= last) || name.endsWith('.history'));
  for (const name of names) if (!existsSync(join(toDir, name))) await copyFile(join(fromDir, name), join(toDir, name));
  return names.length;
}
