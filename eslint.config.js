import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const MAX_LINES = { max: 400, skipBlankLines: true, skipComments: true };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'tests/fixtures/generated/**',
      'tests/e2e/output/**',
      'resources/**',
      'bin/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // shared/ is in all three projects; the node one (first) types it for main, CLI and tests.
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Plain JavaScript (config, scripts, fixtures' .mjs) is in no TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      'max-lines': ['error', MAX_LINES],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Use handle() from electron/main/ipc.ts.' },
        { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Use invoke() from electron/preload.' },
      ],
    },
  },
  {
    // The two files allowed to touch raw IPC.
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      // shared/ runs in main, preload and renderer alike: no Node, Electron or React.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ must not use Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ must not import React.' },
            {
              group: ['fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'url', 'stream'],
              message: 'shared/ must not use Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services and the CLI run under plain Node: no electron import.' }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.ts', 'electron/bench/**/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
      // The renderer reaches main only through window.jitkit (typed from shared/ipc.ts).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'electron/*'],
              message: 'The renderer must not import electron/ code: call window.jitkit.* (typed from shared/ipc.ts).',
            },
            { group: ['node:*'], message: 'The renderer has no Node: call window.jitkit.*.' },
          ],
        },
      ],
    },
  },
);
