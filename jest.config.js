/**
 * Tests run on the compiled output (`npm test` compiles first): native ES modules, no transform,
 * type-checked by tsc. Unit specs sit beside the code; end-to-end suites live in test/.
 */
export default {
  rootDir: 'dist',
  testMatch: ['**/*.spec.js', '**/*.e2e-spec.js'],
  testEnvironment: 'node',
  transform: {},
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  maxWorkers: 2,
  testTimeout: 60000,
};
