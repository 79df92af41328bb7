// Type-aware lint for every TypeScript project; run with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noVscode = {
  paths: [
    { name: 'vscode', message: 'The pure core and the engine must not depend on VS Code.' },
    { name: 'vscode-languageserver', message: 'The pure core must not depend on the LSP server library.' },
    { name: 'vscode-languageserver/node', message: 'The pure core must not depend on the LSP server library.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', 'test/fixtures/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/naming-convention': ['error', { selector: 'typeLike', format: ['PascalCase'] }],
    },
  },
  {
    files: [
      'server/src/service/**/*.ts',
      'engine/**/*.ts',
      'common/**/*.ts',
      'client/src/api/**/*.ts',
      'webview/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', noVscode] },
  },
  { files: ['server/**/*.ts'], rules: { 'no-console': 'error' } },
  // The diagram webview runs in a browser sandbox, not in Node.
  { files: ['webview/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // The npm bin launcher is CommonJS so it runs on any Node without a loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
