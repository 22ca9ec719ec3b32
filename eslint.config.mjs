/**
 * Lint rules for the whole repository, run by `npm test` (`npm run lint`, where a warning fails
 * too): ESLint's and typescript-eslint's recommended rules, the type-checked ones on the server
 * code (floating and misused promises, `any` spreading from Strapi's untyped APIs), React's rules
 * of hooks in the admin panel, and nothing about layout (Prettier owns that, `npm run format`).
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      '.tmp/**',
      '.strapi/**',
      'types/generated/**',
      'public/**',
      'bench/results/**',
      'cadangan/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks what a signature must take but this code does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'config/**/*.ts', 'database/**/*.ts'],
    ignores: ['src/admin/**', 'src/plugins/*/admin/**', '**/__tests__/**'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    // Types from the server's tsconfig.json, the program `tsc` checks: one program for all these
    // files, built once per run (most of the lint's time).
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The content-API controllers extend Strapi's core actions with `super.find(ctx)`; inside
    // createCoreController's object Strapi gives `super` no type, so its calls are `any` by
    // Strapi's typing, not ours. What they answer is typed where it is used (publik/response.ts).
    files: ['src/api/*/controllers/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript here is CommonJS run by Node (benchmarks, test helpers, Strapi entry points).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**', '**/__tests__/**'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['src/admin/**/*.{ts,tsx}', 'src/plugins/*/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  prettier,
);
