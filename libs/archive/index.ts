export * from './archive-entry.entity.js';
export * from './archive-inputs.js';
export * from './archive-loan.entity.js';
export * from './archive.module.js';
export * from './archive.service.js';
export * from './disposal-list-item.entity.js';
export * from './disposal-list.entity.js';
export * from './retention.js';
