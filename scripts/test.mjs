// Runs every check the project has, in order, ending with node's test runner summary (CI reads it).
// Usage: node scripts/test.mjs [--only <substring>] [--no-gates]   (--only narrows the node:test files;
// --no-gates skips type-check, lint, format and build)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
const skipGates = process.argv.includes('--no-gates');

function run(label, command, args) {
  console.log(`\n> ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

if (!skipGates) {
  run('typecheck', 'npx', ['tsc', '-b']);
  run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
  run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  run('build', 'node', ['esbuild.mjs']);
}
const files = findTests('test')
  .filter((file) => !only || file.includes(only))
  .sort();
run('tests', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files]);
