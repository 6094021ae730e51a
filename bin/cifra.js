#!/usr/bin/env node
// The cifra command line; see `cifra --help`. Built into dist/lib/cli by `npm run build`.
import { main } from '../dist/lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
