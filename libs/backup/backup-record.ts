import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One table of a database, told by its row count and a hash of its rows in a fixed order. */
export interface TableHash {
  rows: number;
  hash: string;
}

/** What a backup holds and how it went, kept as `backup.json` in its folder of the target. */
export interface BackupRecord {
  /** `20261206T021500Z`: the start, in UTC; sorts as time does. */
  id: string;
  /**
   * `embedded`: the embedded PostgreSQL's base backup (with the archived WAL) and the objects.
   * `objects`: the objects only, beside an external PostgreSQL that the operator's tool backs up.
   */
  kind: 'embedded' | 'objects';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Bytes this backup added to the target (the base copy and the objects new since the last one). */
  sizeBytes: number;
  database?: {
    bytes: number;
    files: number;
    startLsn: string;
    stopLsn: string;
    /** The first WAL segment a restore needs, and the one that ends the backup. */
    firstWal: string;
    lastWal: string;
  };
  objects: { count: number; bytes: number; copied: number; copiedBytes: number };
  verified?: Verification;
}

export interface Verification {
  at: string;
  ok: boolean;
  problems: string[];
  tables: Record<string, TableHash>;
  objectsChecked: number;
  durationMs: number;
}

/**
 * The target folder: `wal/` (the archived WAL), `objects/<key>` (each object once: keys are never
 * reused, so a key already there is not copied again), `backups/<id>/` (`base/`, the data folder
 * copy; `objects.json`, key → SHA-256 of the objects the database named; `backup.json`, written last,
 * so a backup cut off half-way is never listed).
 */
export class BackupTarget {
  constructor(readonly root: string) {}

  get walDir(): string {
    return join(this.root, 'wal');
  }
  get objectsDir(): string {
    return join(this.root, 'objects');
  }
  folderOf(id: string): string {
    return join(this.root, 'backups', id);
  }
  baseOf(id: string): string {
    return join(this.folderOf(id), 'base');
  }
  objectPath(key: string): string {
    // Keys come from the bucket; one that climbs out of the folder is not an object Spis wrote.
    if (key.split('/').some((part) => part === '..' || part === '') || key.startsWith('/')) throw new Error(`refusing the object key "${key}"`);
    return join(this.objectsDir, key);
  }

  /** Every finished backup, newest first. */
  async list(): Promise<BackupRecord[]> {
    const records: BackupRecord[] = [];
    for await (const record of this.newestFirst()) records.push(record);
    return records;
  }

  /** The newest finished backup, reading no older record (health checks and scrapes ask often). */
  async newest(): Promise<BackupRecord | undefined> {
    for await (const record of this.newestFirst()) return record;
    return undefined;
  }

  private async *newestFirst(): AsyncGenerator<BackupRecord> {
    const folder = join(this.root, 'backups');
    if (!existsSync(folder)) return;
    for (const id of (await readdir(folder)).sort().reverse()) {
      const record = await this.read(id).catch(() => undefined);
      if (record) yield record;
    }
  }

  async read(id: string): Promise<BackupRecord> {
    if (!/^\d{8}T\d{6}Z$/.test(id)) throw new BackupNotFound(id, this.root);
    const file = join(this.folderOf(id), 'backup.json');
    if (!existsSync(file)) throw new BackupNotFound(id, this.root);
    return JSON.parse(await readFile(file, 'utf8')) as BackupRecord;
  }

  /** Written through a temporary file: a reader sees the old record or the new one, never half. */
  async write(record: BackupRecord): Promise<void> {
    await mkdir(this.folderOf(record.id), { recursive: true });
    const file = join(this.folderOf(record.id), 'backup.json');
    await writeFile(`${file}.partial`, `${JSON.stringify(record, null, 2)}\n`);
    await rename(`${file}.partial`, file);
  }

  async readObjects(id: string): Promise<Record<string, string>> {
    return JSON.parse(await readFile(join(this.folderOf(id), 'objects.json'), 'utf8')) as Record<string, string>;
  }

  async writeObjects(id: string, objects: Record<string, string>): Promise<void> {
    await mkdir(this.folderOf(id), { recursive: true });
    const sorted = Object.fromEntries(Object.entries(objects).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(join(this.folderOf(id), 'objects.json'), `${JSON.stringify(sorted, null, 1)}\n`);
  }
}

export class BackupNotFound extends Error {
  constructor(id: string, root: string) {
    super(`no backup "${id}" in ${root} (spis backup list shows the backups there)`);
  }
}

/** A backup's id from the moment it started. */
export const backupIdOf = (at: Date): string => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
