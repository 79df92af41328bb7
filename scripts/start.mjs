// The main job (`npm start`): installs what is missing, builds and packages the extension, installs the .vsix into a
// local code-server (VS Code 1.100.3 in the browser), opens examples/ in it on 127.0.0.1 with auth off, and prints
// the URL. Ctrl-C stops the server and everything it started. PORT=<n> picks the port (default: 8080 or the next free).
// CONDUCTOR_START_DIR=<dir> keeps user data, extensions and the .vsix there instead of .vscode-test/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const codeServer = join(root, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
// User data, extensions and the .vsix live here; CONDUCTOR_START_DIR moves them (tests use a temp folder).
const state = process.env.CONDUCTOR_START_DIR ?? join(root, '.vscode-test');
const vsix = join(state, 'vscode-conductor.vsix');
const userData = join(state, 'user-data');
const extensions = join(state, 'extensions');
const workspace = join(root, 'examples');

/** Runs a step to completion; stops the whole job with its exit code if it fails. */
function step(label, command, args) {
  console.log(`start: ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: ${label} failed (exit ${result.status ?? result.signal}); see the output above.`);
    process.exit(result.status || 1);
  }
}

/** PORT if set, else the first free port from 8080 on. */
async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  for (let port = 8080; port < 8180; port++) if (await isFree(port)) return port;
  throw new Error('no free port between 8080 and 8179; set PORT');
}

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Quiet first start: no walkthrough tab, no update or gallery checks (there is no internet here). */
function writeDefaultSettings() {
  const file = join(userData, 'User/settings.json');
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
  };
  writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

step('installing what is missing (scripts/setup.sh)', 'bash', ['scripts/setup.sh']);
step('building and packaging the extension', 'npm', ['run', '--silent', 'package', '--', '--out', vsix]);
step('installing the extension into code-server', process.execPath, [
  ...[codeServer, '--extensions-dir', extensions, '--user-data-dir', userData],
  ...['--install-extension', vsix, '--force'],
]);
writeDefaultSettings();

const port = await choosePort();
const args = [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', '/dev/null'];
args.push('--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened');
args.push('--user-data-dir', userData, '--extensions-dir', extensions, workspace);
// Own process group: stopping it also ends the extension host and the language server, which outlive a closed page.
// Its own temp folder: VS Code leaves IPC sockets behind that stopping it does not remove.
const tmp = join(state, 'tmp');
mkdirSync(tmp, { recursive: true });
const env = { ...process.env, TMPDIR: tmp };
const server = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (/HTTP server listening on/.test(chunk.toString())) {
    console.log(
      `\nConductor Workflows is ready: open http://127.0.0.1:${port}/ (examples/ is open). Ctrl-C stops it.\n`,
    );
  }
});
server.on('exit', (code, signal) => {
  console.log(`start: code-server stopped (${signal ?? `exit ${code}`})`);
  process.exit(code ?? 0);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstart: stopping code-server');
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      process.exit(0);
    }
    // Extension hosts may ignore SIGTERM during shutdown; make sure nothing of the group survives.
    setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000).unref();
  });
}
