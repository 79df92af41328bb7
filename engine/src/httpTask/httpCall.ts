/**
 * One HTTP exchange with node's http/https, with the two timeouts of Conductor's HTTP task (reference/conductor.md
 * §1.11, `DefaultRestTemplateProvider`): `connectionTimeOut` bounds the TCP (and TLS) connect, `readTimeOut` bounds
 * each wait for data afterwards, like a socket SO_TIMEOUT; 0 means no limit, as in Java. Redirects are followed
 * (Apache HttpClient 5 does by default); 301/302/303 turn a non-GET into a GET without body.
 */
import http from 'node:http';
import https from 'node:https';
import type { HttpRequestSpec } from './httpInput';

/** What came back: status, headers with their original names (each a list, like Spring's HttpHeaders), raw body. */
export interface RawHttpResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

/** A failure before a response: the text after "I/O error on GET request for …: ". */
export class HttpCallError extends Error {}

const MAX_REDIRECTS = 10;
/** Larger bodies would bloat the task output; Conductor moves such payloads to external storage instead. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Sends `spec`'s request with `body` (already serialised), following redirects. */
export async function httpCall(spec: HttpRequestSpec, body: string | undefined): Promise<RawHttpResponse> {
  let url = new URL(spec.uri);
  let method = spec.method;
  let payload = body;
  for (let hop = 0; ; hop++) {
    const response = await exchange(url, method, spec, payload);
    const location = response.headers['location']?.[0] ?? response.headers['Location']?.[0];
    if (![301, 302, 303, 307, 308].includes(response.statusCode) || !location || hop >= MAX_REDIRECTS) return response;
    url = new URL(location, url);
    if (response.statusCode <= 303 && method !== 'GET' && method !== 'HEAD') {
      method = 'GET';
      payload = undefined;
    }
  }
}

function exchange(url: URL, method: string, spec: HttpRequestSpec, body: string | undefined): Promise<RawHttpResponse> {
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!client) return Promise.reject(new HttpCallError(`unsupported URI scheme '${url.protocol}' (use http or https)`));
  const headers: Record<string, string> = { 'Content-Type': spec.contentType, Accept: spec.accept.join(', ') };
  Object.assign(headers, spec.headers);
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method, headers, agent: false });
    let connectTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      finish();
    };
    const fail = (message: string): void => {
      settle(() => reject(new HttpCallError(message)));
      request.destroy();
    };
    request.on('socket', (socket) => {
      if (spec.connectionTimeOut > 0)
        connectTimer = setTimeout(() => fail('Connect timed out'), spec.connectionTimeOut);
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        if (spec.readTimeOut > 0) socket.setTimeout(spec.readTimeOut, () => fail('Read timed out'));
      });
    });
    request.on('error', (error) => settle(() => reject(new HttpCallError(describe(error)))));
    request.on('response', (response) => readResponse(response, fail, (raw) => settle(() => resolve(raw))));
    request.end(body);
  });
}

/** Collects the body (up to {@link MAX_RESPONSE_BYTES}) and hands over the whole response at its end. */
function readResponse(
  response: http.IncomingMessage,
  fail: (message: string) => void,
  done: (raw: RawHttpResponse) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) fail(`response body larger than ${MAX_RESPONSE_BYTES} bytes`);
    else chunks.push(chunk);
  });
  response.on('error', (error) => fail(describe(error)));
  response.on('end', () => {
    done({ statusCode: response.statusCode ?? 0, headers: headerLists(response.rawHeaders), body: join(chunks) });
  });
}

function join(chunks: Buffer[]): string {
  return Buffer.concat(chunks).toString('utf8');
}

function headerLists(raw: string[]): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    (headers[name] ??= []).push(raw[i + 1] ?? '');
  }
  return headers;
}

/** Java's wording for the common socket errors; anything else keeps node's message. */
function describe(error: Error & { code?: string }): string {
  if (error.code === 'ECONNREFUSED') return 'Connection refused';
  if (error.code === 'ECONNRESET') return 'Connection reset';
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return `${error.message} (unknown host)`;
  return error.message;
}
