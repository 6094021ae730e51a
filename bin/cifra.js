#!/usr/bin/env node
// The cifra command line; see `cifra --help`. dist/cli.js is the whole CLI in one file,
// bundled by `npm run build` (scripts/build.mjs) with everything it uses.
let main;
try {
  ({ main } = await import('../dist/cli.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('cli.js')) throw error;
  process.stderr.write('cifra: dist/cli.js is missing. In a clone of the repository, run `npm run build` first.\n');
  process.exit(1);
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // A PNG goes to standard output only when that is a file or a pipe, never to a terminal.
  ...(process.stdout.isTTY ? {} : { binary: (bytes) => process.stdout.write(bytes) }),
});
