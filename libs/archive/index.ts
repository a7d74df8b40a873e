export * from './archive.module.js';
