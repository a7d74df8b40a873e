export * from './i18n.js';
export * from './transliterate.js';
