import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { Client } from 'minio';
import pg from 'pg';
import { backupTargetOf, walArchiveOf } from '../config/index.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/index.js';
import { backupAge, type BackupAge } from './backup-age.js';
import { copyWalRange, takeBaseBackup } from './base-backup.js';
import { backupIdOf, BackupTarget, type BackupRecord, type Verification } from './backup-record.js';
import { copyNewObjects, sha256OfFile } from './object-copy.js';
import { DATABASE, recoverCluster } from './recovery.js';
import { backupsToKeep, walNotNeeded } from './retention.js';
import { namedObjects, tableDifferences, tableHashes } from './cluster-sql.js';

/** Long work reports its progress in bytes, per phase, for a progress bar on a terminal. */
export type BackupProgress = (phase: 'database' | 'objects' | 'verify', done: number, total: number) => void;

/**
 * Backups of a Spis installation into a target folder: with the embedded PostgreSQL a base backup
 * (its WAL archived there continuously) and the objects its rows name; beside an external PostgreSQL
 * the objects only, the database being the operator's tool's (pgBackRest, docs/operations.md).
 * `run()` is what the daily scheduled job calls.
 */
@Injectable()
export class BackupService {
  /** The settings alone list and verify backups; a run needs the database and storage resolved. */
  constructor(@Inject(RUNTIME_SETTINGS) private readonly settings: Pick<RuntimeSettings, 'config'> & Partial<RuntimeSettings>) {}

  target(to?: string): BackupTarget {
    return new BackupTarget(to ? resolve(to) : backupTargetOf(this.settings.config));
  }

  get embeddedDatabase(): boolean {
    return this.settings.config.DATABASE_URL === undefined;
  }

  async run(options: { to?: string; progress?: BackupProgress; now?: Date } = {}): Promise<BackupRecord> {
    const target = this.target(options.to);
    const started = options.now ?? new Date();
    const id = backupIdOf(started);
    await mkdir(target.root, { recursive: true });
    const previous = (await target.list())[0];
    const database = this.embeddedDatabase ? await this.baseBackup(target, id, options.progress) : undefined;
    // After pg_backup_stop: every row the backup holds names an object written before it (an upload
    // stores the object first and its row after), so the bucket listed now holds them all.
    const { storage } = this.resolved();
    const client = new Client({ endPoint: storage.endPoint, port: storage.port, useSSL: storage.useSSL, accessKey: storage.accessKey, secretKey: storage.secretKey, pathStyle: true });
    const known = previous ? await target.readObjects(previous.id).catch(() => ({})) : {};
    const objects = await copyNewObjects(client, storage.bucket, target, known, (done, total) => options.progress?.('objects', done, total));
    await target.writeObjects(id, objects.manifest);
    const finished = new Date();
    const record: BackupRecord = {
      id,
      kind: database ? 'embedded' : 'objects',
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      sizeBytes: (database?.bytes ?? 0) + objects.copiedBytes,
      database,
      objects: { count: Object.keys(objects.manifest).length, bytes: objects.bytes, copied: objects.copied, copiedBytes: objects.copiedBytes },
    };
    await target.write(record);
    await this.applyRetention(target);
    return record;
  }

  private async baseBackup(target: BackupTarget, id: string, progress?: BackupProgress) {
    const clusterDir = join(resolve(this.settings.config.DATA_DIR), 'postgres', 'cluster');
    const archive = walArchiveOf(this.settings.config);
    const base = await takeBaseBackup(this.resolved().databaseUrl, clusterDir, target.baseOf(id), archive, `spis ${id}`, (done, total) => progress?.('database', done, total));
    // A target other than the configured one gets the segments this backup needs, not the later ones.
    if (resolve(target.walDir) !== resolve(archive)) {
      await mkdir(target.walDir, { recursive: true });
      await copyWalRange(archive, target.walDir, base.firstWal, base.lastWal);
    }
    return base;
  }

  private resolved(): RuntimeSettings {
    if (!this.settings.databaseUrl || !this.settings.storage) throw new Error('a backup needs the database and storage resolved (RuntimeSettings)');
    return this.settings as RuntimeSettings;
  }

  /** The age of the newest backup, as `spis doctor` and `/api/health` report it. */
  async age(now = new Date()): Promise<BackupAge> {
    const target = this.target();
    return backupAge(await this.last(), target.root, now, !this.embeddedDatabase);
  }

  async list(to?: string): Promise<BackupRecord[]> {
    return this.target(to).list();
  }

  /** The newest backup, for the administrator's screen, `spis doctor` and `/api/health`. */
  async last(to?: string): Promise<BackupRecord | undefined> {
    return this.target(to).newest();
  }

  /**
   * Restores a backup into a scratch PostgreSQL on a free port and compares: it recovers to the end
   * of the backup, every object its rows name is in the backup with the SHA-256 the row recorded,
   * every object file still has the SHA-256 of the manifest, and every table has the rows an
   * earlier verification saw. The outcome is kept in the backup's record.
   */
  async verify(id?: string, options: { to?: string; progress?: BackupProgress } = {}): Promise<BackupRecord> {
    const target = this.target(options.to);
    const record = id ? await target.read(id) : (await target.list())[0];
    if (!record) throw new Error(`no backup in ${target.root} to verify`);
    const started = Date.now();
    const manifest = await target.readObjects(record.id);
    const problems: string[] = [];
    let tables: Verification['tables'] = {};
    if (record.kind === 'embedded') {
      const scratch = await mkdtemp(join(tmpdir(), 'spis-verify-'));
      // Run as root, PostgreSQL runs as `postgres`, who must reach the scratch folder.
      await chmod(scratch, 0o755);
      try {
        const server = await recoverCluster({ target, id: record.id, postgresDir: join(scratch, 'postgres'), to: 'end-of-backup', progress: (done, total) => options.progress?.('database', done, total) });
        try {
          const db = new pg.Client({ connectionString: server.urlFor(DATABASE) });
          await db.connect();
          try {
            tables = await tableHashes(db);
            problems.push(...(await namedObjectProblems(db, manifest)));
          } finally {
            await db.end();
          }
        } finally {
          await server.stop();
        }
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
      if (record.verified?.tables && Object.keys(record.verified.tables).length > 0) problems.push(...tableDifferences(record.verified.tables, tables));
    }
    problems.push(...(await objectFileProblems(target, manifest, (done, total) => options.progress?.('verify', done, total))));
    record.verified = { at: new Date().toISOString(), ok: problems.length === 0, problems, tables, objectsChecked: Object.keys(manifest).length, durationMs: Date.now() - started };
    await target.write(record);
    return record;
  }

  /** Removes the backups retention lets go, the WAL only they needed, and the objects no kept backup names. */
  async applyRetention(target: BackupTarget): Promise<string[]> {
    const { BACKUP_KEEP_DAILY: daily, BACKUP_KEEP_WEEKLY: weekly, BACKUP_KEEP_MONTHLY: monthly } = this.settings.config;
    const backups = await target.list();
    const keep = backupsToKeep(backups, { daily, weekly, monthly }, new Date());
    const removed = backups.filter((backup) => !keep.has(backup.id));
    if (removed.length === 0) return [];
    const candidates = new Set<string>();
    for (const backup of removed) for (const key of Object.keys(await target.readObjects(backup.id).catch(() => ({})))) candidates.add(key);
    for (const backup of removed) await rm(target.folderOf(backup.id), { recursive: true, force: true });
    const kept = backups.filter((backup) => keep.has(backup.id));
    const oldestWal = kept.map((backup) => backup.database?.firstWal).filter((wal): wal is string => wal !== undefined).sort()[0];
    if (oldestWal) {
      const segments = await readdir(target.walDir).catch(() => []);
      for (const segment of walNotNeeded(segments, oldestWal)) await rm(join(target.walDir, segment), { force: true });
    }
    const named = new Set<string>();
    for (const backup of kept) for (const key of Object.keys(await target.readObjects(backup.id))) named.add(key);
    for (const key of candidates) if (!named.has(key)) await rm(target.objectPath(key), { force: true });
    return removed.map((backup) => backup.id);
  }
}

/** Every object a row of the restored database names must be in the manifest, with the row's SHA-256. */
async function namedObjectProblems(db: pg.Client, manifest: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const row of await namedObjects(db)) {
    if (!manifest[row.key]) problems.push(`object ${row.key}: named by the database, not in the backup`);
    else if (manifest[row.key] !== row.sha256) problems.push(`object ${row.key}: SHA-256 ${manifest[row.key]} in the backup, ${row.sha256} in the database`);
  }
  return problems;
}

/** Every object file in the target still has the SHA-256 the manifest recorded (bit rot, a truncated copy). */
async function objectFileProblems(target: BackupTarget, manifest: Record<string, string>, progress: (done: number, total: number) => void): Promise<string[]> {
  const problems: string[] = [];
  const keys = Object.keys(manifest);
  let done = 0;
  for (const key of keys) {
    const actual = await sha256OfFile(target.objectPath(key)).catch(() => 'missing');
    if (actual !== manifest[key]) problems.push(`object ${key}: ${actual === 'missing' ? 'missing from' : 'changed in'} the backup target`);
    progress((done += 1), keys.length);
  }
  return problems;
}
