import { Foundation1763800000000 } from './1763800000000-Foundation.js';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1763800000000];
