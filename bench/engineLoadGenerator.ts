/**
 * The HTTP load generator of `bench/engine.ts`, run as a child process (`fork`) so the client's CPU is not charged
 * to the engine's event loop: real clients run in other processes, and on a 2-core machine the engine then gets a
 * core of its own. It receives one `LoadJob` over IPC, runs it with a keep-alive `node:http` agent, answers with a
 * `LoadResult` and exits. The timed window covers the requests only, not the child's start-up.
 */
import { Agent, request } from 'node:http';

/** What to measure: bare `/health`, start only, or start followed by a status check. */
export type LoadMode = 'health' | 'start' | 'startStatus';

/** One job for the generator. */
export interface LoadJob {
  /** Engine base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  mode: LoadMode;
  workflowName: string;
  total: number;
  concurrency: number;
}

/** The generator's answer: calls per second and the workflow ids started (for a sweep outside the window). */
export interface LoadResult {
  perSecond: number;
  ids: string[];
  /** Start + status runs: how many status checks did not say COMPLETED. */
  notCompleted: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One request; resolves with the body text, rejects on a non-2xx status or a transport error. */
function call(url: string, method: 'GET' | 'POST', body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json' };
    const req = request(url, { method, agent, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve(text);
        else reject(new Error(`${method} ${url} answered ${status}: ${text}`));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs the job's `total` iterations with `concurrency` in flight. */
async function run(job: LoadJob): Promise<LoadResult> {
  const ids: string[] = [];
  let notCompleted = 0;
  const startUrl = `${job.url}/api/workflow/${job.workflowName}`;
  const once = async (): Promise<void> => {
    if (job.mode === 'health') return void (await call(`${job.url}/health`, 'GET'));
    const id = await call(startUrl, 'POST', '{"x":1}');
    ids.push(id);
    if (job.mode === 'start') return;
    const status = JSON.parse(await call(`${job.url}/api/workflow/${id}/status`, 'GET')) as { status?: string };
    if (status.status !== 'COMPLETED') notCompleted++;
  };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next++ < job.total) await once();
    }),
  );
  const perSecond = (job.total / (performance.now() - started)) * 1000;
  return { perSecond, ids, notCompleted };
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(`Load generator failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
});
