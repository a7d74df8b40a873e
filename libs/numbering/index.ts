export * from './case-number-template.js';
export * from './numbering-book.entity.js';
export * from './numbering.module.js';
export * from './numbering.service.js';
