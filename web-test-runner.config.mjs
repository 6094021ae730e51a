// Browser tests in Debian's Chromium (or CHROME_PATH). The middleware below serves
// real routes for the loading tests: documents, HTTP errors, slow and silent servers,
// oversized bodies, and a per-key request counter.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testRoutes } from './test/server/routes.mjs';

const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) {
  console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would sit in a hidden tab, where Chromium runs no
  // rendering steps (no ResizeObserver), so layout behaviour could not be tested there.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [testRoutes()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
          // Two test pages run at once; the one in the background must still lay out (ResizeObserver).
          '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
          // window.gc() for the leak test.
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
