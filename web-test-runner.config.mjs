// Browser tests in Debian's Chromium (or CHROME_PATH). The middleware below serves
// real routes for the loading tests: documents, HTTP errors, slow and silent servers,
// oversized bodies, and a per-key request counter.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { testRoutes } from './test/server/routes.mjs';

const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) {
  console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/**
 * Server command `emulate-media-features` (for test/elements/a11y-audit.test.ts): sets CSS
 * media features through CDP `Emulation.setEmulatedMedia`. `emulateMedia` from
 * @web/test-runner-commands drives puppeteer's `emulateMediaFeatures`, which accepts only
 * prefers-color-scheme, prefers-reduced-motion and color-gamut, not `forced-colors`.
 * Payload `{ features: [{ name, value }] }`; an empty list clears every emulated feature.
 * The CDP session is kept per page: emulation set by a session ends when it detaches.
 * `a11ySnapshotPlugin` (not among the runner's default commands) gives that test the
 * browser's accessibility tree.
 */
function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs a puppeteer browser, not ${session.browser.type}`);
      const features = Array.isArray(payload?.features) ? payload.features : [];
      for (const f of features) {
        if (typeof f?.name !== 'string' || typeof f?.value !== 'string') throw new Error('each feature is { name: string, value: string }');
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { media: '', features });
      return true;
    },
  };
}

/**
 * React's packages are CommonJS, which a browser cannot import and the runner's node
 * resolution does not convert. For test/elements/frameworks.test.ts (a real React 19 render)
 * this bundles `react` and `react-dom/client` with esbuild, once, on first request, into ES
 * modules that share one copy of React (code splitting), and serves them in place of the bare
 * imports. Each entry re-exports the package's names, read from the package itself, so
 * `import { createElement } from 'react'` works as in an application. Preact is an ES module
 * already and loads as it is.
 */
function commonJsPackagesPlugin(specifiers = ['react', 'react-dom/client']) {
  const root = fileURLToPath(new URL('.', import.meta.url));
  // The names a package exports, read in a separate Node process: loading react-dom here would
  // run its development code against the runner's own console.
  const exportsOf = (specifier) => {
    const out = spawnSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`], { cwd: root, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`cannot read the exports of ${specifier}: ${out.stderr}`);
    return JSON.parse(out.stdout);
  };
  const file = (specifier) => `${specifier.replace(/[^a-z0-9]+/gi, '-')}.js`;
  const PREFIX = '/__cjs-esm/';
  let bundled;
  const bundle = () => (bundled ??= build({
    absWorkingDir: root,
    entryPoints: specifiers.map((specifier) => ({ in: `cjs-esm:${specifier}`, out: file(specifier).slice(0, -3) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: PREFIX,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [{
      name: 'cjs-esm',
      setup(b) {
        b.onResolve({ filter: /^cjs-esm:/ }, (args) => ({ path: args.path.slice('cjs-esm:'.length), namespace: 'cjs-esm' }));
        b.onLoad({ filter: /.*/, namespace: 'cjs-esm' }, (args) => {
          const names = exportsOf(args.path).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
          const contents = `import m from ${JSON.stringify(args.path)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
          return { contents, resolveDir: root, loader: 'js' };
        });
      },
    }],
  }).then((result) => new Map(result.outputFiles.map((f) => [PREFIX + basename(f.path), f.text]))));
  return {
    name: 'commonjs-packages',
    resolveImport({ source }) {
      return specifiers.includes(source) ? PREFIX + file(source) : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await bundle()).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/**
 * Server command `touch-tap` (for the chart's touch tests): a real tap at page coordinates
 * `{ x, y }` on an emulated touch screen, through puppeteer's touchscreen (CDP touch
 * events, which Chromium turns into pointer events of type "touch").
 */
function touchTapPlugin() {
  return {
    name: 'touch-tap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch-tap') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      await page.touchscreen.tap(payload.x, payload.y);
      await cdp.detach();
      return true;
    },
  };
}

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would sit in a hidden tab, where Chromium runs no
  // rendering steps (no ResizeObserver), so layout behaviour could not be tested there.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  plugins: [commonJsPackagesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), emulateMediaFeaturesPlugin(), touchTapPlugin(), a11ySnapshotPlugin()],
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
