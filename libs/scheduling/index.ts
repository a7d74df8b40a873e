export * from './scheduling.module.js';
export * from './single-node.service.js';
