import { execFileSync } from 'node:child_process';
import { chown, mkdir } from 'node:fs/promises';

/**
 * Where those tools are, ahead of the PATH PostgreSQL inherited: run as root, the embedded PostgreSQL
 * runs as `postgres`, which may not be able to read the caller's PATH entries (CI's bare PATH is a
 * folder of links only root can open, and there the archive command found no `cp`).
 */
const SYSTEM_PATH = 'PATH="/usr/local/bin:/usr/bin:/bin:$PATH";';

/**
 * PostgreSQL's archive_command, run by /bin/sh with the tools every Linux has (a Node process per
 * segment was too slow: a shutdown waits for the archive to catch up). It never overwrites: a
 * segment already archived with the same bytes counts as done (PostgreSQL retries one whose copy it
 * did not see finish), different bytes fail, as the PostgreSQL documentation asks. The copy is
 * flushed under a temporary name and renamed, so a crash leaves no half segment that looks whole.
 */
const archiveCommand = (walDir: string) =>
  `${SYSTEM_PATH} f="${walDir}/%f"; if [ -f "$f" ]; then cmp -s "%p" "$f"; else cp "%p" "$f.partial" && sync "$f.partial" && mv "$f.partial" "$f"; fi`;

/**
 * Continuous archiving into `walDir`: every finished WAL segment is copied there, and a segment is
 * finished at the latest `timeoutSeconds` after a write (what a crash of the machine can lose).
 */
export function walArchiveSettings(walDir: string, timeoutSeconds: number): Record<string, string> {
  return { archive_mode: 'on', archive_command: archiveCommand(walDir), archive_timeout: String(timeoutSeconds) };
}

/**
 * A recovery from a base backup that replays the segments in `walDir`: up to the end of the backup
 * (its consistent state, nothing later) or up to a moment; then the server is promoted to a primary.
 * Archiving is off meanwhile, so a scratch or restored copy never writes into the backup's archive.
 */
export function walRecoverySettings(walDir: string, target: { time: Date } | 'end-of-backup'): Record<string, string> {
  const stop: Record<string, string> = target === 'end-of-backup' ? { recovery_target: 'immediate' } : { recovery_target_time: postgresTime(target.time), recovery_target_inclusive: 'false' };
  return { archive_mode: 'off', restore_command: `${SYSTEM_PATH} cp "${walDir}/%f" "%p"`, recovery_target_action: 'promote', ...stop };
}

/** PostgreSQL refuses ISO 8601's `T` and `Z` in recovery_target_time: `2026-12-06 20:15:28.311+00`. */
const postgresTime = (time: Date) => time.toISOString().replace('T', ' ').replace('Z', '+00');

/** Run as root, the embedded PostgreSQL runs as the `postgres` user: the files it must own or write. */
export function clusterOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A folder PostgreSQL's archive command can write into. */
export async function prepareWalFolder(walDir: string): Promise<void> {
  await mkdir(walDir, { recursive: true });
  const owner = clusterOwner();
  if (owner) await chown(walDir, owner.uid, owner.gid);
}
