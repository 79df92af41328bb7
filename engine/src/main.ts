/**
 * `npm run engine -- --port 8080 --data <dir> [--host 127.0.0.1] [--durability process|full]`: runs the local
 * Conductor-compatible engine, prints its URL, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { createEngine, type EngineOptions } from './engine';
import type { Durability } from './store';

const USAGE = 'Usage: npm run engine -- [--port 8080] [--data <dir>] [--host 127.0.0.1] [--durability process|full]';
const DURABILITIES: readonly string[] = ['process', 'full'] satisfies Durability[];

function parseArgs(argv: readonly string[]): EngineOptions & { port: number; dataDir: string } {
  const options: EngineOptions & { port: number; dataDir: string } = {
    port: 8080,
    dataDir: '.conductor-engine',
    host: '127.0.0.1',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
