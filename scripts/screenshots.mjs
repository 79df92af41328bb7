// Takes the README's screenshots (`npm run screenshots`): runs the in-VS-Code suites in development mode with
// SNAP_DIR set, so every `snap(name)` saves a PNG of the workbench, then copies the chosen ones to docs/images/.
// Usage: npm run screenshots [-- --grep '<mocha regex>']   (default: the Diagram, Definitions, Executions, Last run suites)
// Needs what `npm test` needs (scripts/setup.sh: chromium and code-server); runs under /tmp/vscode.lock when present
// because VS Code runs on one machine must not overlap.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The diagram screenshots the README uses; a missing one fails the script. */
const REQUIRED = [
  'diagram-definition-light',
  'diagram-definition-dark',
  'diagram-execution-failed',
  'diagram-execution-details',
];
/** Screenshots other suites take that the docs may use, copied when present. */
const OPTIONAL_PREFIXES = ['definitions-', 'executions-', 'last-run-'];

const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : '^(Diagram|Definitions|Executions|Last run)';
const snaps = mkdtempSync(join(tmpdir(), 'conductor-snaps-'));
const test = [process.execPath, '--import', 'tsx', '--test', '--test-name-pattern=development'];
const command = existsSync('/tmp/vscode.lock') ? ['flock', '/tmp/vscode.lock', ...test] : test;
console.log(`Running the in-VS-Code suites matching ${grep}; screenshots go to ${snaps}`);
const run = spawnSync(command[0], [...command.slice(1), 'test/integration/vscode.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SNAP_DIR: snaps, CONDUCTOR_TEST_GREP: grep },
});
if (run.status !== 0) console.warn('Some suites failed; copying the screenshots that were taken.');

mkdirSync('docs/images', { recursive: true });
const taken = readdirSync(snaps).filter((file) => file.endsWith('.png'));
const chosen = taken.filter(
  (file) => REQUIRED.includes(file.slice(0, -4)) || OPTIONAL_PREFIXES.some((prefix) => file.startsWith(prefix)),
);
for (const file of chosen) copyFileSync(join(snaps, file), join('docs/images', file));
console.log(`Copied to docs/images/: ${chosen.join(', ') || 'nothing'}`);
const missing = REQUIRED.filter((name) => !taken.includes(`${name}.png`));
if (missing.length > 0) {
  console.error(`Missing screenshots: ${missing.join(', ')} (see the suite output above)`);
  process.exit(1);
}
