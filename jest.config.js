/**
 * Tests run on the compiled output (`npm test` compiles first): native ES modules, no transform,
 * type-checked by tsc. One project per tier, so a tier runs alone with `--selectProjects` and
 * starts only what it needs:
 * - unit: pure functions beside the code (`*.spec.ts`), no global set-up at all;
 * - e2e and browser: the whole app over HTTP against PostgreSQL and S3 (`test/*.e2e-spec.ts`,
 *   `test/browser/*.e2e-spec.ts`).
 * Jest runs a project's global set-up only when one of its tests is selected.
 */
const common = { rootDir: 'dist', testEnvironment: 'node', transform: {} };
const withDatabase = { globalTeardown: '<rootDir>/test/support/global-teardown.js' };

export default {
  maxWorkers: 2,
  // A run-wide option: Jest ignores it inside a project.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.js'] },
    {
      ...common,
      ...withDatabase,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/*.e2e-spec.js'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
    },
    {
      ...common,
      ...withDatabase,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.js'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
    },
  ],
};
