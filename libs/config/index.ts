export * from './config.schema.js';
export * from './config-or-exit.js';
