// Two tiers: unit tests for pure logic run in-process; end-to-end tests share one
// real stack (FerretDB, the four subgraph processes and the gateway) started by globalSetup.
const transform = {
  // swc only strips types (fast); `npm run typecheck` runs the compiler.
  '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } }],
};
// graphql-request, jose and hyparquet are published as ESM only; Jest's CommonJS runtime needs them transformed.
const transformIgnorePatterns = ['/node_modules/(?!(graphql-request|jose|hyparquet)/)'];

module.exports = {
  // One test file at a time: end-to-end tests share one stack, and the round-trip test counts
  // every database command the subgraphs send while it runs.
  maxWorkers: 1,
  // Hooks take the global timeout, not a project's: an e2e file's beforeAll starting processes of its own needs more than 5 s.
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      testEnvironment: 'node',
    },
    {
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      // Every answer an e2e test receives is checked for stack traces, paths and internal addresses.
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/no-leaks.ts'],
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
      testTimeout: 30000,
    },
  ],
};
