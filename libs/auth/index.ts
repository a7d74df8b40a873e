export * from './auth.module.js';
export * from './auth.guards.js';
export * from './auth.service.js';
export * from './principal.service.js';
