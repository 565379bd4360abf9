// Lint rules, including the import boundaries of docs/architecture.md:
// shared/ imports no electron, node or DOM; renderer/ imports no electron or node;
// only electron/shell/ imports `electron`; renderer features use each other only through their
// public entry (index.ts), and ui/, lib/ and api/ use no feature.
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './scripts/eslint/feature-boundaries.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/shell/ may import electron.' };
const noNode = { group: nodeBuiltins, message: 'This layer must run in a browser: no Node built-ins.' };
const noNativeDb = { group: ['better-sqlite3'], message: 'Only electron/ talks to SQLite.' };
const noMainProcess = { group: ['**/electron/**', '../electron/*'], message: 'Talk to the main process through the API client only.' };
const noRenderer = { group: ['**/renderer/**'], message: 'shared/ must not depend on the renderer.' };

// One clock: these layers take now()/today() from the handler context (or the renderer's app
// clock) so the app and its tests can run at any moment. Reading the system clock is refused.
const noSystemClock = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Take the time from the app clock (context.now() / appNow()), not new Date().',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Take the time from the app clock (context.now() / appNow()), not Date.now().',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noNativeDb, noMainProcess, noRenderer] }],
      // No DOM either: the shared layer runs in the main process too.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noNativeDb, noMainProcess] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*fixtures.ts', 'renderer/src/test/**'],
    plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'local/feature-boundaries': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, { group: ['**/renderer/**'], message: 'The main process does not import renderer code.' }] }],
    },
  },
  {
    files: ['electron/shell/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.ts', 'e2e/**/*.ts', 'bin/**/*.cjs', '*.config.{js,ts,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts', 'electron/repositories/**/*.ts', 'electron/io/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'renderer/src/lib/app-clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noSystemClock] },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
