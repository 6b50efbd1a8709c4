// ESLint: the TypeScript, Astro and accessibility rules every file must pass (`npm run lint`).
// Type-aware rules catch what the compiler lets through: a promise nobody awaits, an `any` that
// leaks, a condition that is always true. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'content/', 'sims/bench/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      // sims/ has two projects; the Node one holds every file of it (tests and CLI included).
      parserOptions: {
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks an argument or binding kept on purpose (a callback's unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A `void promise` says "not awaited, on purpose"; a bare one is the bug.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/integrations/**', 'src/plugins/**', 'src/lib/wiki/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
    // Preact writes a label's `for` as `for`, not React's `htmlFor`.
    settings: { 'jsx-a11y-x': { attributes: { for: ['for', 'htmlFor'] } } },
  },
  {
    files: ['src/integrations/service-worker-runtime.js'],
    languageOptions: { globals: { ...globals.serviceworker, VERSION: 'readonly', ASSET_URLS: 'readonly' } },
  },
  // Plain JavaScript files have no types to check. Astro components are linted without type
  // information: their frontmatter only imports, reads props and renders, and type-checking the
  // dozen of them built a second TypeScript program for Astro's virtual files (ESLint's peak
  // memory 1.85 GB instead of 1.08 GB, and a third of its time). `npm run check` (astro check)
  // still type-checks them.
  { files: ['**/*.{js,mjs,astro}'], ...tseslint.configs.disableTypeChecked },
);
