/**
 * `npm run engine -- --port 8080 --data <dir> [--host 127.0.0.1] [--durability process|full] [--exit-with-parent]`:
 * runs the local Conductor-compatible engine, prints its URL, and shuts down cleanly on SIGINT/SIGTERM, and with
 * `--exit-with-parent` also when its stdin closes: the extension spawns it with a stdin pipe, so an extension host
 * that dies without deactivating (and so never stops the engine) still does not leave it running.
 */
import { createEngine, type EngineOptions } from './engine';
import type { Durability } from './store';

const USAGE =
  'Usage: npm run engine -- [--port 8080] [--data <dir>] [--host 127.0.0.1] [--durability process|full] [--exit-with-parent]';
const DURABILITIES: readonly string[] = ['process', 'full'] satisfies Durability[];

type MainOptions = EngineOptions & { port: number; dataDir: string; exitWithParent: boolean };

function parseArgs(argv: readonly string[]): MainOptions {
  const options: MainOptions = {
    port: 8080,
    dataDir: '.conductor-engine',
    host: '127.0.0.1',
    exitWithParent: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (flag === '--exit-with-parent') {
      options.exitWithParent = true;
      continue;
    }
    if (value === undefined) throw new Error(`Missing value after ${String(flag)}. ${USAGE}`);
    if (flag === '--port') options.port = Number(value);
    else if (flag === '--data') options.dataDir = value;
    else if (flag === '--host') options.host = value;
    else if (flag === '--durability' && DURABILITIES.includes(value)) options.durability = value as Durability;
    else if (flag === '--durability') throw new Error(`--durability must be process or full, not ${value}. ${USAGE}`);
    else throw new Error(`Unknown option ${String(flag)}. ${USAGE}`);
    i++;
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535. ${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const engine = await createEngine(options);
  console.log(`Conductor engine listening on ${engine.url} (API ${engine.url}/api, data in ${options.dataDir})`);
  const shutdown = (signal: string): void => {
    console.log(`${signal} received, shutting down.`);
    engine.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  if (options.exitWithParent) {
    // The parent holds the other end of stdin; end of input means it is gone.
    process.stdin.once('close', () => shutdown('Parent process gone (stdin closed)'));
    process.stdin.resume();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
