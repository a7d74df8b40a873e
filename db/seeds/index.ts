export * from './base.js';
export * from './demo.js';
export * from './initial-admin.js';
