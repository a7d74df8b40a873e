import type { MatrixArea } from './types.js';

/** The registers' routes in the authorization matrix. */
export const registersMatrix: MatrixArea = {
  routes: {},
};
