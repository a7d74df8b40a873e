import { registersMessages } from './registers.js';
import { operationsMessages } from './operations.js';
import { reportsMessages } from './reports.js';

/** Every area's messages, merged over the core catalogs. */
export const AREAS = [registersMessages, reportsMessages, operationsMessages] as const;

export type AreaMessageCode = (keyof typeof registersMessages.en | keyof typeof reportsMessages.en | keyof typeof operationsMessages.en) & string;
