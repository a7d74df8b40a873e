export * from './classification.module.js';
export * from './classification.service.js';
export * from './classification-mark.entity.js';
