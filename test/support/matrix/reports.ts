import type { MatrixArea } from './types.js';

/** The reports' routes in the authorization matrix. */
export const reportsMatrix: MatrixArea = {
  routes: {},
};
