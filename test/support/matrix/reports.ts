import type { DemoUsername } from '../test-app.js';
import type { MatrixArea } from './types.js';

/** Reading reports: heads of units (their unit) and management (every unit). */
const READERS: DemoUsername[] = ['head', 'manager'];
/** Taking them away as CSV or PDF needs `export Report`: management only. */
const EXPORTERS: DemoUsername[] = ['manager'];

/** The reports' routes in the authorization matrix. */
export const reportsMatrix: MatrixArea = {
  routes: {
    'GET /api/reports/monthly': READERS,
    'GET /api/reports/monthly.csv': EXPORTERS,
    'GET /api/reports/monthly.pdf': EXPORTERS,
    'GET /api/reports/inspection': READERS,
    'GET /api/reports/inspection.csv': EXPORTERS,
    'GET /api/reports/inspection.pdf': EXPORTERS,
    'GET /api/reports/unresolved': READERS,
    'GET /api/reports/unresolved.csv': EXPORTERS,
    'GET /api/reports/unresolved.pdf': EXPORTERS,
    'GET /api/reports/overdue': READERS,
    'GET /api/reports/overdue.csv': EXPORTERS,
    'GET /api/reports/overdue.pdf': EXPORTERS,
    'GET /api/reports/dashboard': READERS,
  },
};
