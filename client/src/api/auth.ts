/**
 * Orkes key auth (reference/conductor.md §3, reference/conductor-clients.md): `POST /api/token {keyId, keySecret}`
 * → `{token}`, sent as `X-Authorization`. The token is renewed shortly before its JWT `exp`, or after a 401 (or a 403
 * whose `error` is EXPIRED_TOKEN/INVALID_TOKEN) when the server no longer takes it. The secret comes from the caller
 * (VS Code SecretStorage) and never appears in a message.
 */
import { ConductorApiError } from './apiError';
import type { AuthProvider, HttpClient } from './http';

/** Renew this long before `exp` so a request in flight does not carry a token that expires on the way. */
const EXPIRY_MARGIN_MS = 60_000;

/** How a profile authenticates. */
export type AuthConfig = { kind: 'none' } | { kind: 'orkes'; keyId: string; keySecret: string };

/** The `exp` of a JWT in epoch ms, or undefined when the token is not a decodable JWT. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Orkes' `error` codes of a token to renew, sent with 401 or 403; any other 403 is a permission the key lacks. */
const TOKEN_ERRORS = new Set(['EXPIRED_TOKEN', 'INVALID_TOKEN']);

/** The header the token goes in. */
const TOKEN_HEADER = 'X-Authorization';

/** True for a 401, or a 403 whose JSON `error` says the token expired or is invalid (Orkes answers either way). */
async function tokenRefused(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  try {
    const body = (await response.clone().json()) as { error?: unknown } | null;
    return TOKEN_ERRORS.has(String(body?.error));
  } catch {
    return false;
  }
}

/** Keeps one Orkes token for a profile; concurrent requests share one token call, also when renewing. */
export class OrkesTokenAuth implements AuthProvider {
  private token: Promise<string | undefined> | undefined;
  private expiresAt: number | undefined;

  /** `http` must be a client without auth on the same server; `profile` names the profile in errors. */
  constructor(
    private readonly http: HttpClient,
    private readonly profile: string,
    private readonly keyId: string,
    private readonly keySecret: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** `X-Authorization` with a valid token; none when the server has no token endpoint (OSS, 404). */
  async headers(): Promise<Record<string, string>> {
    if (this.token === undefined || (this.expiresAt !== undefined && this.now() >= this.expiresAt - EXPIRY_MARGIN_MS)) {
      // Requests that come while this renewal is under way wait for it instead of starting one each.
      this.expiresAt = undefined;
      const pending = this.fetchToken();
      this.token = pending;
      // A failed token call is forgotten so the next request tries again (unless a newer call replaced it).
      pending.catch(() => {
        if (this.token === pending) this.token = undefined;
      });
    }
    const token = await this.token;
    return token === undefined ? {} : { [TOKEN_HEADER]: token };
  }

  /**
   * A token the server no longer takes (401, or 403 EXPIRED_TOKEN/INVALID_TOKEN) is forgotten, so the retry gets a new
   * one, unless another refused request renewed it meanwhile (then all retries share that renewal).
   */
  async refused(response: Response, sent: Readonly<Record<string, string>>): Promise<boolean> {
    if (!(await tokenRefused(response))) return false;
    const current = this.token;
    if (current === undefined) return true;
    const token = await current.catch(() => undefined);
    if (token === sent[TOKEN_HEADER] && this.token === current) this.token = undefined;
    return true;
  }

  private async fetchToken(): Promise<string | undefined> {
    let answer: { token?: unknown } | undefined;
    try {
      answer = await this.http.request<{ token?: unknown }>('POST', '/api/token', {
        body: { keyId: this.keyId, keySecret: this.keySecret },
      });
    } catch (error) {
      // Like the SDKs: a server without /api/token is Conductor OSS, which needs no auth.
      if (error instanceof ConductorApiError && error.status === 404) return undefined;
      throw this.tokenError(error);
    }
    if (typeof answer?.token !== 'string' || answer.token === '') {
      throw this.tokenError(new Error('the answer has no token'));
    }
    this.expiresAt = jwtExpiry(answer.token);
    return answer.token;
  }

  private tokenError(error: unknown): Error {
    if (!(error instanceof ConductorApiError)) {
      return new Error(`Profile "${this.profile}": could not get an access token: ${String(error)}.`);
    }
    const rejected = error.status === 401 || error.status === 403;
    const message = rejected
      ? `Profile "${this.profile}": the server rejected key id "${this.keyId}" (${error.status}); check the key id/secret.`
      : `Profile "${this.profile}": could not get an access token. ${error.message}`;
    return new ConductorApiError(message, { ...error, serverMessage: error.serverMessage });
  }
}
