// Lint: the recommended JavaScript and TypeScript rules, plus import cycles (type imports
// included: a cycle of types is still a knot a reader must untangle), without type-aware
// rules, which would triple the run time on a 2-core CI machine.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'docs/api/**', 'coverage/**', 'packages/playground/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files and silently sees no TypeScript imports.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json', conditionNames: ['source', 'import', 'default'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Unused names are errors, except the ones a reader is told are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read JSON output loosely and build hostile inputs on purpose.
    files: ['**/*.test.ts', '**/test/**', 'test/**', 'bench/**', 'packages/testkit/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // Plain Node scripts.
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.js', 'packages/*/bin/**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
)
