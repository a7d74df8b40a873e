import { createReadStream, existsSync } from 'node:fs';
import { copyFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'minio';
import pg from 'pg';
import { backupTargetOf, type SpisConfig } from '../config/index.js';
import { startEmbeddedS3 } from '../embedded/index.js';
import { BackupTarget } from './backup-record.js';
import type { BackupProgress } from './backup.service.js';
import { namedObjects, tableCount } from './cluster-sql.js';
import { sha256OfFile } from './object-copy.js';
import { DATABASE, recoverCluster } from './recovery.js';

export interface RestoreReport {
  id: string;
  into: string;
  /** The moment recovered to; absent: the end of the backup. */
  toTime?: string;
  tables: number;
  objects: { restored: number; bytes: number };
  /** Objects the restored rows name that the target does not hold (uploaded after the last backup that copied objects). */
  missingObjects: string[];
  durationMs: number;
}

/**
 * Restores a backup into an empty installation: the embedded PostgreSQL's data folder under
 * `<into>/postgres` (recovered to the end of the backup, or to `toTime` through the archived WAL),
 * and the objects the recovered rows name into the storage the settings give (the embedded
 * endpoint's folder `<into>/objects` when MINIO_ENDPOINT is unset), each checked against the
 * SHA-256 its row recorded. Spis then starts on `<into>` as on any data folder.
 */
export async function restoreBackup(options: { config: SpisConfig; id: string; into?: string; toTime?: Date; from?: string; progress?: BackupProgress }): Promise<RestoreReport> {
  const started = Date.now();
  const { config } = options;
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is set: an external PostgreSQL is restored with its own tool (pgBackRest, see docs/operations.md "Backups and restore"); spis restore restores the embedded one');
  }
  const target = new BackupTarget(options.from ? resolve(options.from) : backupTargetOf(config));
  const record = await target.read(options.id);
  if (record.kind !== 'embedded') throw new Error(`backup ${record.id} holds the objects only (made beside an external PostgreSQL)`);
  const into = resolve(options.into ?? config.DATA_DIR);
  const server = await recoverCluster({
    target,
    id: record.id,
    postgresDir: join(into, 'postgres'),
    to: options.toTime ? { time: options.toTime } : 'end-of-backup',
    progress: (done, total) => options.progress?.('database', done, total),
  });
  try {
    const db = new pg.Client({ connectionString: server.urlFor(DATABASE) });
    await db.connect();
    let named: Array<{ key: string; sha256: string }>;
    let tables: number;
    try {
      named = await namedObjects(db);
      tables = await tableCount(db);
    } finally {
      await db.end();
    }
    await keepTimelineHistory(join(into, 'postgres', 'cluster'), target);
    const objects = await restoreObjects(config, into, target, named, options.progress);
    return { id: record.id, into, toTime: options.toTime?.toISOString(), tables, ...objects, durationMs: Date.now() - started };
  } finally {
    await server.stop();
  }
}

/**
 * The promoted copy starts a new timeline, with archiving off. Its history file goes into the
 * archive, so that the next restore from it picks a timeline of its own rather than this one's number.
 */
async function keepTimelineHistory(clusterDir: string, target: BackupTarget): Promise<void> {
  const walDir = join(clusterDir, 'pg_wal');
  for (const name of (await readdir(walDir)).filter((file) => file.endsWith('.history'))) {
    if (!existsSync(join(target.walDir, name))) await copyFile(join(walDir, name), join(target.walDir, name));
  }
}

async function restoreObjects(config: SpisConfig, into: string, target: BackupTarget, named: Array<{ key: string; sha256: string }>, progress?: BackupProgress) {
  const embedded = config.MINIO_ENDPOINT ? undefined : await startEmbeddedS3({ dataDir: join(into, 'objects'), port: 0 });
  try {
    const client = embedded
      ? new Client({ endPoint: embedded.endpoint, port: embedded.port, useSSL: false, accessKey: embedded.accessKey, secretKey: embedded.secretKey, pathStyle: true })
      : new Client({ endPoint: config.MINIO_ENDPOINT!, port: config.MINIO_PORT ?? (config.MINIO_USE_SSL ? 443 : 9000), useSSL: config.MINIO_USE_SSL ?? false, accessKey: config.MINIO_ACCESS_KEY ?? '', secretKey: config.MINIO_SECRET_KEY ?? '', pathStyle: true });
    if (!(await client.bucketExists(config.MINIO_BUCKET))) await client.makeBucket(config.MINIO_BUCKET);
    const missingObjects: string[] = [];
    let restored = 0;
    let bytes = 0;
    for (const [index, { key, sha256 }] of named.entries()) {
      const path = target.objectPath(key);
      if (!existsSync(path)) missingObjects.push(key);
      else {
        if ((await sha256OfFile(path)) !== sha256) throw new Error(`object ${key} in the backup target does not have the SHA-256 its row recorded: the copy is damaged`);
        const size = (await stat(path)).size;
        await client.putObject(config.MINIO_BUCKET, key, createReadStream(path), size);
        restored += 1;
        bytes += size;
      }
      progress?.('objects', index + 1, named.length);
    }
    return { objects: { restored, bytes }, missingObjects };
  } finally {
    await embedded?.stop();
  }
}
