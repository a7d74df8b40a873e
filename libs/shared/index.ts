export * from './clock.js';
export * from './errors.js';
export * from './pagination.js';
export * from './problem-details.filter.js';
export * from './validation.js';
export * from './versioning.js';
export * from './response-dto.js';
