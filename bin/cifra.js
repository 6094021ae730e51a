#!/usr/bin/env node
// The cifra command line; see `cifra --help`. dist/cli.js is the whole CLI in one file,
// bundled by `npm run build` (scripts/build.mjs) with everything it uses.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
