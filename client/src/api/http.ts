/**
 * The fetch wrapper under every client call: joins the base URL, adds auth headers, bounds each request with a
 * timeout (so nothing hangs), decodes the body by Content-Type (ids come back as `text/plain`, §3.2) and turns every
 * failure into a `ConductorApiError`.
 */
import { httpError, malformedError, networkError, type RequestContext } from './errorBodies';

/** Default per-request timeout; the SDKs use 60 s, but an editor should say "unreachable" sooner. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Supplies auth headers; `none` is simply no provider. */
export interface AuthProvider {
  /** Headers for the next request (may obtain or renew a token first). */
  headers(): Promise<Record<string, string>>;
  /**
   * Told about a 401 or 403 to a request sent with `sent` (its headers from `headers()`); resolves true when the
   * token was refused and one retry with fresh headers may help.
   */
  refused(response: Response, sent: Readonly<Record<string, string>>): Promise<boolean>;
}

/** A query value; arrays repeat the parameter, undefined leaves it out. */
export type QueryValue = string | number | boolean | undefined | readonly string[];

/** One request. */
export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** Overrides the client's timeout for this request (e.g. a synchronous execute). */
  timeoutMs?: number;
  /** Lets the caller cancel (e.g. a VS Code cancellation token). */
  signal?: AbortSignal;
}

/** How to reach a server. */
export interface HttpOptions {
  /** `http://host:port`, with or without a trailing `/api`. */
  baseUrl: string;
  timeoutMs?: number;
  auth?: AuthProvider;
}

/** `http://host:8080/api/` → `http://host:8080`: every path the client sends starts with `/api` or `/health`. */
export function normalizeBaseUrl(baseUrl: string): string {
  const url = URL.canParse(baseUrl.trim()) ? new URL(baseUrl.trim()) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new Error(
      `The server URL must start with http:// or https:// (got "${baseUrl}"), e.g. http://localhost:8080/api.`,
    );
  }
  return url.href.replace(/\/+$/, '').replace(/\/api$/, '');
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value as readonly string[]) params.append(key, item);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The body by Content-Type; `malformed` when it claims JSON but is not, or is HTML (then `value` is the text). */
async function decode(response: Response): Promise<{ value: unknown; malformed: boolean }> {
  const text = await response.text();
  if (response.status === 204 || text === '') return { value: undefined, malformed: false };
  const type = response.headers.get('content-type') ?? '';
  // Conductor answers JSON or text/plain, never HTML: an HTML page is a proxy's login or a web UI's fallback route.
  if (/\bx?html\b/i.test(type)) return { value: text, malformed: true };
  if (!/[/+]json\b/i.test(type)) return { value: text, malformed: false };
  try {
    return { value: JSON.parse(text) as unknown, malformed: false };
  } catch {
    return { value: text, malformed: true };
  }
}

/** Sends requests to one Conductor server. */
export class HttpClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly auth: AuthProvider | undefined;

  constructor(options: HttpOptions) {
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.auth = options.auth;
  }

  /** Sends one request; resolves with the decoded body (undefined when empty), rejects with ConductorApiError. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const sent = (await this.auth?.headers()) ?? {};
    let response = await this.send(method, path, options, sent);
    const denied = response.status === 401 || response.status === 403;
    if (this.auth && denied && (await this.auth.refused(response, sent))) {
      // An expired or revoked token: renew once and retry once, as the Orkes SDKs do (reference/conductor-clients.md).
      await response.body?.cancel();
      response = await this.send(method, path, options, await this.auth.headers());
    }
    return (await this.read(method, path, options, response)) as T;
  }

  private async send(
    method: string,
    path: string,
    options: RequestOptions,
    auth: Readonly<Record<string, string>>,
  ): Promise<Response> {
    const context = this.context(method, path, options);
    const headers: Record<string, string> = { Accept: 'application/json, text/plain, */*' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    Object.assign(headers, auth);
    const timeout = AbortSignal.timeout(context.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      return await fetch(`${this.baseUrl}${path}${queryString(options.query)}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
      });
    } catch (error) {
      throw networkError(context, timeout.aborted ? timeout.reason : error);
    }
  }

  private async read(method: string, path: string, options: RequestOptions, response: Response): Promise<unknown> {
    const context = this.context(method, path, options);
    let body: Awaited<ReturnType<typeof decode>>;
    try {
      body = await decode(response);
    } catch (error) {
      throw networkError(context, error);
    }
    if (!response.ok) throw httpError(context, response.status, response.statusText, body.value);
    if (body.malformed) throw malformedError(context, response.status, body.value);
    return body.value;
  }

  private context(method: string, path: string, options: RequestOptions): RequestContext {
    return { method, path, baseUrl: this.baseUrl, timeoutMs: options.timeoutMs ?? this.timeoutMs };
  }
}
