/**
 * Tests run on the compiled output (`npm test` compiles first): native ES modules, no transform,
 * type-checked by tsc. Three tiers, one project each (docs/architecture.md, "Test tiers"), so a
 * tier runs alone with `--selectProjects` and starts only what it needs:
 * - unit: pure functions beside the code (`*.spec.ts`), no global set-up at all;
 * - medium: services and their SQL against a real PostgreSQL, no HTTP (`test/medium/*.medium-spec.ts`);
 * - e2e and browser: the whole app over HTTP against PostgreSQL and S3 (`test/*.e2e-spec.ts`,
 *   `test/browser/*.e2e-spec.ts`).
 * Jest runs a project's global set-up only when one of its tests is selected; the medium and e2e
 * set-ups share one PostgreSQL when both run (test/support/test-services.ts).
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
      displayName: 'medium',
      testMatch: ['<rootDir>/test/medium/**/*.medium-spec.js'],
      globalSetup: '<rootDir>/test/support/medium-setup.js',
    },
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
