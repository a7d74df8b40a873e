import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * A PostgreSQL still running on the embedded cluster's data folder, found before starting one.
 *
 * An API process killed with SIGKILL (or by the OOM killer) cannot stop the postmaster it started:
 * the postmaster lives on, re-parented to init, holding the data folder and the port, and the next
 * start would fail on its lock file. Such a leftover is stopped cleanly (SIGINT, PostgreSQL's "fast"
 * shutdown: transactions rolled back, everything written is kept) and the start goes on. A postmaster
 * whose parent is still a Node process belongs to a running Spis (or a test, or the scale seed): that
 * one is left alone and the start fails, naming it.
 */
export type Postmaster =
  | { state: 'none' }
  | { state: 'leftover'; pid: number }
  | { state: 'in-use'; pid: number; ownerPid: number | null };

/** Reads `postmaster.pid` and the process table (Linux `/proc`); elsewhere a live postmaster counts as in use. */
export function findPostmaster(clusterDir: string): Postmaster {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { state: 'none' };
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  // A stale lock file (the postmaster is gone): PostgreSQL removes it itself at start.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return { state: 'none' };
  const ownerPid = parentOf(pid);
  if (ownerPid === null) return { state: 'in-use', pid, ownerPid: null };
  return isNodeProcess(ownerPid) ? { state: 'in-use', pid, ownerPid } : { state: 'leftover', pid };
}

/** The port a running postmaster listens on: the fourth line of its `postmaster.pid`. */
export function runningPort(clusterDir: string): number | null {
  try {
    const port = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/** Fast shutdown of a leftover postmaster; resolves once it is gone, rejects if it will not go. */
export async function stopLeftoverPostmaster(pid: number, timeoutMs = 60_000): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`the PostgreSQL left running by an earlier start (process ${pid}) did not stop within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the `postgres` user, when Spis runs as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parent process id from `/proc/<pid>/stat`, or null where there is no `/proc`. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isNodeProcess(pid: number): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return /^node(js)?(\d+)?(\.exe)?$/.test(basename(command));
  } catch {
    return false;
  }
}
