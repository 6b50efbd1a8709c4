import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built site (`dist/`, served by tests/serve.ts on 127.0.0.1 with the
 * headers of netlify.toml, as the deploy serves it).
 * Playwright drives Debian's Chromium; CHROMIUM_PATH overrides the path.
 */
const port = Number(process.env.E2E_PORT ?? 4322);
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node tests/serve.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
