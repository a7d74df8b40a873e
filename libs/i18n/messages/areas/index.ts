import { registersMessages } from './registers.js';
import { reportsMessages } from './reports.js';

/** Every area's messages, merged over the core catalogs. */
export const AREAS = [registersMessages, reportsMessages] as const;

export type AreaMessageCode = (keyof typeof registersMessages.en | keyof typeof reportsMessages.en) & string;
