import { describe, expect, it } from '@jest/globals';
import { backupAge } from './backup-age.js';
import type { BackupRecord } from './backup-record.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const finished = (hoursAgo: number, verified?: boolean): BackupRecord => ({
  id: '20261206T020000Z',
  kind: 'embedded',
  startedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000 - 60_000).toISOString(),
  finishedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(),
  durationMs: 60_000,
  sizeBytes: 1,
  objects: { count: 0, bytes: 0, copied: 0, copiedBytes: 0 },
  ...(verified === undefined ? {} : { verified: { at: NOW.toISOString(), ok: verified, problems: [], tables: {}, objectsChecked: 0, durationMs: 1 } }),
});

describe('backupAge', () => {
  it.each<[string, BackupRecord | undefined, 'ok' | 'warn', RegExp]>([
    ['no backup', undefined, 'warn', /^no backup in \/backups: run `spis backup`/],
    ['a backup 10 h old', finished(10), 'ok', /finished 10 h ago, not verified/],
    ['a verified backup 25.9 h old', finished(25.9, true), 'ok', /25\.9 h ago, verified/],
    ['a backup 26.1 h old (a daily run was missed)', finished(26.1), 'warn', /older than 26 h$/],
    ['a fresh backup whose verification failed', finished(1, false), 'warn', /its verification FAILED/],
  ])('%s: %s', (_case, last, status, detail) => {
    const age = backupAge(last, '/backups', NOW, false);
    expect(age.status).toBe(status);
    expect(age.detail).toMatch(detail);
  });

  it('beside an external PostgreSQL, points to the database\'s own backups', () => {
    expect(backupAge(finished(1), '/backups', NOW, true).detail).toContain('pgbackrest info');
  });
});
