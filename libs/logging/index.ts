export * from './logger.js';
export * from './start-screen.js';
