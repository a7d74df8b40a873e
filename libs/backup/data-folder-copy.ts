import { chmod, chown, copyFile, lstat, mkdir, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * What a copy of a running PostgreSQL's data folder leaves out, as the PostgreSQL documentation
 * ("Making a Base Backup Using the Low Level API") lists it: the WAL (the archive supplies it), and
 * what the server rebuilds or must not find at start. Folders are kept, empty.
 */
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'recovery.signal', 'standby.signal', 'pg_internal.init', 'backup_label.old']);
const leftOut = (name: string) => LEFT_OUT.has(name) || name.startsWith('pgsql_tmp');

export interface CopyProgress {
  (doneBytes: number, totalBytes: number): void;
}

interface Entry {
  path: string;
  size: number;
}

/** The files a copy takes, with their sizes now (a file may grow or vanish while the server runs). */
async function filesOf(root: string, live: boolean): Promise<{ files: Entry[]; folders: string[] }> {
  const files: Entry[] = [];
  const folders: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    folders.push(folder);
    const entries = await readdir(folder, { withFileTypes: true }).catch(vanished([]));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (live && EMPTIED.has(relative(root, path))) folders.push(path);
        else await walk(path);
      } else if (entry.isFile() && !(live && leftOut(entry.name))) {
        const info = await stat(path).catch(vanished(undefined));
        if (info) files.push({ path, size: info.size });
      }
    }
  };
  await walk(root);
  return { files, folders };
}

/** A relation dropped during the copy is gone from the backup too: the WAL replay drops it anyway. */
const vanished =
  <T>(instead: T) =>
  (error: NodeJS.ErrnoException): T => {
    if (error.code === 'ENOENT') return instead;
    throw error;
  };

/**
 * Copies a data folder: a running server's as a base backup takes it (`live`), or a base backup
 * whole (its backup_label included) into a folder a server will recover in. Returns the bytes and files copied.
 */
export async function copyDataFolder(from: string, to: string, options: { live: boolean; progress?: CopyProgress }): Promise<{ bytes: number; files: number }> {
  const { progress } = options;
  const { files, folders } = await filesOf(from, options.live);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  for (const folder of folders) await mkdir(join(to, relative(from, folder)), { recursive: true, mode: 0o700 });
  await mkdir(join(to, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
  let done = 0;
  let copied = 0;
  for (const file of files) {
    const target = join(to, relative(from, file.path));
    const ok = await copyFile(file.path, target).then(() => true, vanished(false));
    if (ok) {
      done += (await lstat(target)).size;
      copied += 1;
    }
    progress?.(Math.min(done, total), total);
  }
  return { bytes: done, files: copied };
}

/** Hands a copied data folder to the user PostgreSQL runs as (run as root, that is `postgres`). */
export async function ownDataFolder(root: string, owner: { uid: number; gid: number } | undefined): Promise<void> {
  await chmod(root, 0o700);
  if (!owner) return;
  const walk = async (path: string): Promise<void> => {
    await chown(path, owner.uid, owner.gid);
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(path, entry.name));
      else await chown(join(path, entry.name), owner.uid, owner.gid);
    }
  };
  await walk(root);
}
