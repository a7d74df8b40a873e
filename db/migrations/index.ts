import { Foundation1763800000000 } from './1763800000000-Foundation.js';
import { CaseLife1763900000000 } from './1763900000000-CaseLife.js';
import { DisposalListRejection1764000000000 } from './1764000000000-DisposalListRejection.js';
import { Attachments1764100000000 } from './1764100000000-Attachments.js';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1763800000000, CaseLife1763900000000, DisposalListRejection1764000000000, Attachments1764100000000];
