export * from './object-storage.service.js';
export * from './storage.module.js';
export * from './object-writer.js';
export * from './incomplete-uploads.js';
