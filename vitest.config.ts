import { defineConfig } from 'vitest/config';

/** Unit tests: sims models beside their code, wiki plugins and content checks under tests/. */
export default defineConfig({
  test: {
    include: ['sims/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});
