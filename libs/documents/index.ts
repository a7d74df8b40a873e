export * from './documents.module.js';
export * from './lookup-code.js';
