import type { BackupRecord } from './backup-record.js';

/** A backup older than this is a warning in `spis doctor` and `/api/health`: a daily one was missed. */
export const BACKUP_STALE_HOURS = 26;

export interface BackupAge {
  status: 'ok' | 'warn';
  /** When the newest backup finished; absent when there is none. */
  lastAt?: string;
  ageHours?: number;
  detail: string;
}

/** How old the newest backup is, in words an operator acts on. */
export function backupAge(last: BackupRecord | undefined, target: string, now: Date, externalDatabase: boolean): BackupAge {
  const database = externalDatabase ? '; the database is backed up by its own tool (pgBackRest: check `pgbackrest info`)' : '';
  if (!last) return { status: 'warn', detail: `no backup in ${target}: run \`spis backup\` (docs/operations.md, "Backups and restore")${database}` };
  const ageHours = Math.round(((now.getTime() - new Date(last.finishedAt).getTime()) / 3_600_000) * 10) / 10;
  const verified = last.verified ? (last.verified.ok ? ', verified' : ', its verification FAILED') : ', not verified';
  const what = `last backup ${last.id} finished ${ageHours} h ago${verified} (${target})${database}`;
  if (last.verified && !last.verified.ok) return { status: 'warn', lastAt: last.finishedAt, ageHours, detail: what };
  if (ageHours > BACKUP_STALE_HOURS) return { status: 'warn', lastAt: last.finishedAt, ageHours, detail: `${what}: older than ${BACKUP_STALE_HOURS} h` };
  return { status: 'ok', lastAt: last.finishedAt, ageHours, detail: what };
}
