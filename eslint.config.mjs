// ESLint as Office add-in projects set it up (typescript-eslint, the Office.js
// rules of eslint-plugin-office-addins, Prettier's settings), with React's
// hooks rules. `npm run lint` runs it and Prettier's check; `.ci/run` too.
// office-addin-lint, the wrapper made for this, is left out: it runs this same
// ESLint and Prettier on one glob; the scripts call them directly (README).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'node_modules/**', 'test-output/**', 'test/tmp/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Where the add-in talks to Office.js.
    files: ['src/host/excel/**/*.ts', 'src/app/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The in-memory Excel's client objects are still `any` inside: a proxy of
    // any kind (ClientObject<any>) and a loaded property's value (_get, items).
    // The add-in's side is typed by host/excel-api.ts, which the proxies implement.
    files: [
      'src/host/memory/proxies/client-object.ts',
      'src/host/memory/proxies/context.ts',
      'src/host/memory/proxies/range.ts',
      'src/host/memory/proxies/shared.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests and scripts reach into hosts and browsers with loose types on purpose.
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier
);
