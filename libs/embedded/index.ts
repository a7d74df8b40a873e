export * from './embedded-postgres.js';
export * from './embedded-s3.js';
export * from './free-port.js';
export * from './wal-archive.js';
