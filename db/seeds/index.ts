export * from './base.js';
export * from './demo.js';
export * from './demo-history.js';
export * from './demo-today.js';
export * from './initial-admin.js';
