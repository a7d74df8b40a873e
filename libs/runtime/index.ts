export * from './runtime-settings.js';
export * from './runtime.module.js';
export * from './resolve-runtime.js';
