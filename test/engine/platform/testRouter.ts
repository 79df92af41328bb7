/**
 * A router with one route per reply kind and error class, served on 127.0.0.1 for the router tests.
 */
import {
  ConflictError,
  IllegalStateError,
  NotFoundError,
  createRouter,
  empty,
  json,
  noContent,
  text,
} from '../../../engine/src/http';
import type { RunningServer } from '../../../engine/src/http';

/** A served test router and a request helper that reads the whole answer. */
export interface TestRouter {
  call(method: string, path: string, body?: string): Promise<{ response: Response; text: string }>;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the test router with a 1000-byte body limit. */
export async function startTestRouter(): Promise<TestRouter> {
  const router = createRouter({ maxBodyBytes: 1000 });
  // Registered before the fixed route on purpose: specificity, not order, must decide (clients doc §6 trap 8).
  router.route('GET', '/api/workflow/{workflowId}', (request) =>
    json({ id: request.param('workflowId'), includeTasks: request.query.bool('includeTasks', true) }),
  );
  router.route('GET', '/api/workflow/search', (request) =>
    json({ search: true, size: request.query.int('size', 100) }),
  );
  router.route('POST', '/api/workflow/{name}', (request) => text(`started ${request.param('name')}`));
  router.route('POST', '/api/echo', (request) => json(request.json()));
  router.route('PUT', '/api/void', () => empty());
  router.route('POST', '/api/none', () => noContent());
  router.route('GET', '/api/errors/{kind}', async (request) => {
    await Promise.resolve();
    const kind = request.param('kind');
    if (kind === 'notfound') throw new NotFoundError('No such workflow found by id: x');
    if (kind === 'conflict') throw new ConflictError('Workflow x has ended, status cannot be updated.');
    if (kind === 'state') throw new IllegalStateError('The workflow x is not PAUSED so cannot resume.');
    throw new Error('boom');
  });
  const server: RunningServer = await router.listen(0);
  return {
    url: server.url,
    call: async (method, path, body) => {
      const response = await fetch(`${server.url}${path}`, { method, body });
      return { response, text: await response.text() };
    },
    close: () => server.close(),
  };
}
