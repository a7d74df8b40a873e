export * from './config.schema.js';
export * from './config-or-exit.js';
export * from './address-list.js';
export * from './backup-target.js';
