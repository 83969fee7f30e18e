// Flat config: typescript-eslint's recommended rules over host, webview and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The pure layers must run in plain Node: no vscode import.
    files: ['src/api/**/*.ts', 'src/analytics/**/*.ts', 'src/shared/**/*.ts', 'src/demo/**/*.ts', 'webview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'This layer must not import vscode.' }] }] },
  },
  {
    // The model's pure parts (directory, cache, client provider, types): types from vscode at most.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/rangeState.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The model is tested in plain Node: import vscode types only.', allowTypeImports: true }] }] },
  },
  {
    // esbuild.js is CommonJS by design (node loads it without a build step).
    files: ['esbuild.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
);
