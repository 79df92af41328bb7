// Runs the benchmarks in bench/ (TypeScript through tsx), one process each: validate, engine, keystroke, diagram.
// Usage: npm run bench [-- --only validate|engine|keystroke|diagram] [-- --cpu-prof] [-- <options of the selected bench>]
// `--cpu-prof` is passed to node, which writes a .cpuprofile per run into the current directory. Other options go
// to the selected bench only (validate: --runs N; engine: --workflows N --concurrency N --tasks N; keystroke:
// --edits N), so pass them together with --only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const nodeFlags = args.filter((arg) => arg === '--cpu-prof');
const benchArgs = args.filter((arg, i) => arg !== '--cpu-prof' && i !== onlyIndex && i !== onlyIndex + 1);
const benches = ['validate', 'engine', 'keystroke', 'diagram'].filter((name) => (only ? name === only : true));
if (benches.length === 0) {
  console.error(`Unknown bench '${only}': use --only validate, engine, keystroke or diagram`);
  process.exit(2);
}

let failed = false;
for (const name of benches) {
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) {
    console.log(`\n(skipping ${file}: not present)`);
    continue;
  }
  console.log(`\n> ${file}`);
  const forwarded = only ? benchArgs : [];
  const result = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', file, ...forwarded], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
