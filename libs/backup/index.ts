export * from './backup-record.js';
export * from './backup.module.js';
export * from './backup.service.js';
export * from './restore.js';
export { tableDifferences, tableHashes } from './cluster-sql.js';
export * from './backup-age.js';
export * from './daily-backup.js';
