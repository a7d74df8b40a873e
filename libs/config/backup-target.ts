import { join, resolve } from 'node:path';
import type { SpisConfig } from './config.schema.js';

/** The backup target folder in use: BACKUP_TARGET, or `backups` under DATA_DIR. */
export const backupTargetOf = (config: Pick<SpisConfig, 'BACKUP_TARGET' | 'DATA_DIR'>): string => resolve(config.BACKUP_TARGET ?? join(config.DATA_DIR, 'backups'));

/** Where the embedded PostgreSQL archives its WAL: beside the base backups it completes. */
export const walArchiveOf = (config: Pick<SpisConfig, 'BACKUP_TARGET' | 'DATA_DIR'>): string => join(backupTargetOf(config), 'wal');
