export * from './snake-naming.strategy.js';
export * from './transaction.interceptor.js';
export * from './migrate.js';
