/**
 * The request a handler sees: decoded path parameters, typed query access and the already-read body.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { BadRequestError } from './errors';
import type { QueryParams } from './queryParams';

const MISSING_BODY = 'The request body is missing: send a JSON document with Content-Type: application/json.';

/** One parsed request. */
export class ApiRequest {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly params: Readonly<Record<string, string>>,
    readonly query: QueryParams,
    readonly headers: IncomingHttpHeaders,
    /** The raw body text ('' when none). */
    readonly body: string,
  ) {}

  /** A path parameter declared in the route pattern (`{name}`). */
  param(name: string): string {
    const value = this.params[name];
    if (value === undefined) throw new Error(`Route has no path parameter '${name}'.`);
    return value;
  }

  /** The body parsed as JSON; a 400 when it is missing or malformed. */
  json(): unknown {
    const value = this.optionalJson();
    if (value === undefined) throw new BadRequestError(MISSING_BODY);
    return value;
  }

  /**
   * The body parsed as JSON, or undefined when the body is empty. Malformed JSON is a 400 with the parser's
   * reason: Conductor answers 500 there (an unmapped `HttpMessageNotReadableException`); a client error is the
   * honest status and tells the caller what to fix.
   */
  optionalJson(): unknown {
    if (this.body.trim() === '') return undefined;
    try {
      return JSON.parse(this.body) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BadRequestError(`Malformed JSON in the request body: ${reason}. Send a valid JSON document.`);
    }
  }
}
