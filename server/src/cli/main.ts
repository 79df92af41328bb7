/**
 * Entry point of `conductor-lint` (bundled into dist/cli.js, launched by bin/conductor-lint.js).
 */
import { runCli } from './runCli';

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
