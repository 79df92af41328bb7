/**
 * Real jq (jq 1.7 compiled to WebAssembly by jq-web) for JSON_JQ_TRANSFORM (reference/conductor.md §1.11). jq runs in
 * a worker thread, yet `run` is synchronous, as the decider needs: the caller blocks on a shared signal with a
 * deadline and reads the reply with `receiveMessageOnPort`. A program that never ends is abandoned at the deadline
 * and its thread terminated, so the engine never hangs. jq-web compiles the filter on every call (it has no API to
 * keep a compiled program), which costs a few milliseconds.
 *
 * Bundling: the worker is its own entry (`engine/src/jq/jqWorker.ts` → `dist/jqWorker.js`) and jq-web loads
 * `jq.wasm` from the directory of the running script, so `node_modules/jq-web/jq.wasm` is copied to `dist/`.
 */
import { join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { JqReply, JqRequest } from './jqProtocol';

/** The outputs of a jq program (one per value it emitted), or jq's error message. */
export type JqResult = { ok: true; outputs: unknown[] } | { ok: false; kind: 'error' | 'timeout'; reason: string };

/** Default time limit of one jq run; Conductor sets none, the engine uses its script limit (4 s). */
export const DEFAULT_JQ_TIMEOUT_MS = 4000;

// Under tsx (tests) the worker is the TypeScript source; in the bundle it is dist/jqWorker.js next to engine.js.
const FROM_SOURCE = __filename.endsWith('.ts');
const WORKER_FILE = join(__dirname, FROM_SOURCE ? 'jqWorker.ts' : 'jqWorker.js');
// Node 20 does not pass tsx's loader hooks on to workers, so from source the worker registers tsx itself.
const WORKER_SOURCE = `require('tsx/cjs'); require(${JSON.stringify(WORKER_FILE)});`;

interface Channel {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/** A jq worker thread plus the synchronous call into it. */
export class JqRunner {
  private channel: Channel | undefined;
  private nextId = 1;

  private constructor(private readonly defaultTimeoutMs: number) {}

  /** Starts the worker and waits until jq is loaded, so the first run is not slowed by the wasm start-up. */
  static async create(options: { timeoutMs?: number } = {}): Promise<JqRunner> {
    const runner = new JqRunner(options.timeoutMs ?? DEFAULT_JQ_TIMEOUT_MS);
    const channel = runner.open();
    await new Promise<void>((resolve, reject) => {
      channel.worker.once('message', () => resolve());
      channel.worker.once('error', reject);
    });
    return runner;
  }

  /** Runs `filter` over `input`; blocks the calling thread for at most the time limit. */
  run(filter: string, input: unknown, timeoutMs = this.defaultTimeoutMs): JqResult {
    const channel = this.channel ?? this.open();
    const id = this.nextId++;
    const request: JqRequest = { id, filter, input: JSON.stringify(input ?? null) };
    channel.port.postMessage(request);
    const deadline = Date.now() + timeoutMs;
    for (let seen = Atomics.load(channel.signal, 0); seen !== id; seen = Atomics.load(channel.signal, 0)) {
      const left = deadline - Date.now();
      if (left <= 0) return this.abandon(timeoutMs);
      Atomics.wait(channel.signal, 0, seen, left);
    }
    const reply = receiveMessageOnPort(channel.port)?.message as JqReply | undefined;
    if (!reply || reply.id !== id) return this.abandon(timeoutMs);
    return reply.ok
      ? { ok: true, outputs: parseOutputs(reply.stdout) }
      : { ok: false, kind: 'error', reason: reply.error };
  }

  /** Stops the worker thread. */
  async dispose(): Promise<void> {
    const channel = this.channel;
    this.channel = undefined;
    channel?.port.close();
    await channel?.worker.terminate();
  }

  private open(): Channel {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(FROM_SOURCE ? WORKER_SOURCE : WORKER_FILE, {
      eval: FROM_SOURCE,
      workerData: { port: port2, signal },
      transferList: [port2],
    });
    // Neither the thread nor the port may keep the engine process alive on their own.
    worker.unref();
    port1.unref();
    const channel = { worker, port: port1, signal };
    // A crashed thread (e.g. out of memory) is replaced on the next run; without a listener it would crash the engine.
    worker.on('error', () => {
      if (this.channel === channel) this.channel = undefined;
    });
    this.channel = channel;
    return channel;
  }

  /** Gives up on the running program: its thread is terminated and the next run starts a fresh one. */
  private abandon(timeoutMs: number): JqResult {
    void this.dispose();
    const reason = `jq did not finish within ${timeoutMs} ms and was stopped: the query never ends or does too much work`;
    return { ok: false, kind: 'timeout', reason };
  }
}

/** `jq -c` prints one JSON value per line; a JSON text never contains a raw newline. */
function parseOutputs(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}
