import { Foundation1763800000000 } from './1763800000000-Foundation.js';
import { CaseLife1763900000000 } from './1763900000000-CaseLife.js';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1763800000000, CaseLife1763900000000];
