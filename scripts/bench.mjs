// Runs the benchmarks in bench/ (TypeScript through tsx). Usage: npm run bench [-- --runs N] [-- --cpu-prof]
// `--cpu-prof` is passed to node, which writes a .cpuprofile per run into the current directory.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const nodeFlags = args.filter((arg) => arg === '--cpu-prof');
const benchArgs = args.filter((arg) => arg !== '--cpu-prof');
const result = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', 'bench/validate.ts', ...benchArgs], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
