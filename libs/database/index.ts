export * from './database.module.js';
export * from './migrate.js';
export * from './named-query.js';
export * from './no-request-transaction.decorator.js';
export * from './request-context.js';
export * from './snake-naming.strategy.js';
export * from './transaction.interceptor.js';
export * from './transactional-connection.js';
