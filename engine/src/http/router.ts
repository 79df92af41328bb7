/**
 * A small router on `node:http`: routes by method and pattern (most specific first), reads the body with a size
 * limit, runs the handler and writes its `Reply`; thrown errors become Conductor `ErrorResponse`s. Workflow, task
 * and metadata routes all register on one router created by the engine's composition root.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiRequest } from './apiRequest';
import { readBody } from './bodyReader';
import { toErrorResponse } from './errorResponse';
import { ApiError, BadRequestError, MethodNotAllowedError, NotFoundError } from './errors';
import { listenOn } from './listen';
import type { RunningServer } from './listen';
import { QueryParams } from './queryParams';
import type { Reply } from './reply';
import { json } from './reply';
import { RouteTable, splitPath } from './routeTable';
import { writeReply } from './writeReply';

/** HTTP methods the REST API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A route handler: returns (or resolves to) the reply, or throws an `ApiError`. */
export type Handler = (request: ApiRequest) => Reply | Promise<Reply>;

/** Router settings. */
export interface RouterOptions {
  /** Largest accepted request body in bytes (default 16 MiB); larger bodies get a 413. */
  maxBodyBytes?: number;
  /** Called with every error answered with a 5xx, for logging. */
  onServerError?: (error: unknown, request: IncomingMessage) => void;
}

/** The router: register routes, then serve them. */
export interface Router {
  /** Registers `handler` for `method` and `pattern` (e.g. `/api/metadata/workflow/{name}`). */
  route(method: HttpMethod, pattern: string, handler: Handler): void;
  /** Serves one request (usable as a `node:http` request listener). Never rejects. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Starts an HTTP server for this router on `host` (default 127.0.0.1) and `port` (0 = any free port). */
  listen(port: number, host?: string): Promise<RunningServer>;
}

const DEFAULT_MAX_BODY = 16 * 1024 * 1024;

function decodeParts(path: string): string[] {
  try {
    return splitPath(path).map((part) => decodeURIComponent(part));
  } catch {
    throw new BadRequestError(`The request path ${path} is not validly percent-encoded.`);
  }
}

/** Creates an empty router. */
export function createRouter(options: RouterOptions = {}): Router {
  const table = new RouteTable<Handler>();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

  async function dispatch(request: IncomingMessage): Promise<Reply> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://localhost');
    const parts = decodeParts(url.pathname);
    const match = table.find(method, parts);
    if (!match) {
      const allowed = table.methodsFor(parts);
      if (allowed.length > 0) throw new MethodNotAllowedError(method, allowed);
      throw new NotFoundError(`No endpoint ${method} ${url.pathname}: check the path against the Conductor REST API.`);
    }
    const body = await readBody(request, maxBodyBytes);
    const apiRequest = new ApiRequest(
      method,
      url.pathname,
      match.params,
      new QueryParams(url.searchParams),
      request.headers,
      body,
    );
    return match.entry.value(apiRequest);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let reply: Reply;
    try {
      reply = await dispatch(request);
    } catch (error) {
      const body = toErrorResponse(error);
      if (body.status >= 500) options.onServerError?.(error, request);
      reply = json(body, body.status);
      if (error instanceof ApiError && error.status === 413) response.setHeader('Connection', 'close');
      if (error instanceof MethodNotAllowedError) response.setHeader('Allow', error.allowed.join(', '));
    }
    writeReply(response, reply);
  }

  return {
    route: (method, pattern, handler) => table.add(method, pattern, handler),
    handle,
    listen: (port, host = '127.0.0.1') => listenOn(handle, port, host),
  };
}
