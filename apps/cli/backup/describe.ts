import type { BackupRecord } from '../../../libs/backup/index.js';

const MiB = 1024 * 1024;
export const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One line per backup, as `spis backup list` shows them. */
export function describeBackup(record: BackupRecord): string {
  const verified = record.verified ? (record.verified.ok ? `verified ${record.verified.at}` : `VERIFICATION FAILED ${record.verified.at}`) : 'not verified';
  const what = record.kind === 'embedded' ? `database ${mib(record.database?.bytes ?? 0)} + ${record.objects.count} objects` : `${record.objects.count} objects only`;
  return `${record.id}  ${record.startedAt}  ${what}, ${mib(record.sizeBytes)} added in ${seconds(record.durationMs)}; ${verified}`;
}
