// Mutation testing (`npm run test:mutation`, not part of `npm test`: it takes tens of minutes on 2 cores).
// Stryker changes one thing at a time in the pure layers — src/api, src/analytics, the model — and checks that a
// unit test fails for each change. `npm run test:mutation -- --mutate src/api/range.ts` narrows it to one file.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  // The unit tests run compiled (out/): each sandbox compiles the mutated sources first.
  buildCommand: 'tsc -p .',
  mochaOptions: {
    spec: ['out/test/unit/**/*.test.js'],
    // Tests of the build and the scripts (bundle sizes, child processes, the l10n extractor) say nothing about a
    // mutant in src/ and cost seconds each. The layout test (file length, import cycles) reads the sandbox's
    // sources, which Stryker has instrumented (longer, a `// @ts-nocheck` added): it fails there before any mutant.
    ignore: [
      'out/test/unit/bundle-size.test.js',
      'out/test/unit/scripts*.test.js',
      'out/test/unit/l10nBundle.test.js',
      'out/test/unit/layout.test.js',
    ],
  },
  mutate: ['src/api/**/*.ts', 'src/analytics/**/*.ts', 'src/model/**/*.ts', '!src/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/report.json' },
  tempDirName: '.stryker-tmp',
  // Not copied into the sandboxes: .vscode-test is a link to the shared code-server (copying it fails with EISDIR
  // and would be 1 GB), and the build output is rebuilt there.
  ignorePatterns: ['.vscode-test', 'dist', 'out', 'test-results'],
  thresholds: { high: 85, low: 70, break: null },
};
