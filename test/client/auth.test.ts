/**
 * Orkes key auth against a loopback fake server (the engine has no auth): `POST /api/token {keyId, keySecret}` →
 * `{token}` sent as `X-Authorization` (reference/conductor.md §3, conductor-clients.md); renewal before a JWT's
 * `exp`, renewal after a 401 for an opaque token (one retry only), a rejected key, and a server without /api/token.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorApiError, ConductorClient, jwtExpiry } from '../../client/src/api';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

const KEY_ID = 'key-1';
const SECRET = 's3cret-value';

/** A JWT-shaped token (unsigned: the client only reads `exp`). */
function jwt(expiresInSeconds: number, serial: number): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ exp: Math.floor(Date.now() / 1000) + expiresInSeconds, serial })}.sig`;
}

/** What the fake server does on its next token call and which tokens it accepts. */
const state = {
  issued: 0,
  lifetimes: [] as number[],
  opaque: false,
  valid: new Set<string>(),
  tokenStatus: 200,
  /** false: the server has no auth (Conductor OSS) and takes any request. */
  requireToken: true,
  /** true: every token is refused (revoked key). */
  rejectAll: false,
  /** How a refused token is answered: Orkes sends 401 or 403 with `error` EXPIRED_TOKEN or INVALID_TOKEN. */
  refusal: { status: 401, body: { message: 'Expired' } as object },
};
let fake: FakeServer;

before(async () => {
  fake = await startFakeServer((request, response) => {
    if (request.url === '/api/token') {
      if (state.tokenStatus !== 200) return sendJson(response, state.tokenStatus, { message: 'Invalid key' });
      const body = JSON.parse(request.body) as { keyId?: string; keySecret?: string };
      if (body.keyId !== KEY_ID || body.keySecret !== SECRET) return sendJson(response, 401, { message: 'Bad key' });
      state.issued++;
      const token = state.opaque ? `opaque-${state.issued}` : jwt(state.lifetimes.shift() ?? 3600, state.issued);
      state.valid.add(token);
      return sendJson(response, 200, { token });
    }
    const token = request.headers['x-authorization'];
    const accepted = typeof token === 'string' && state.valid.has(token) && !state.rejectAll;
    if (state.requireToken && !accepted) return sendJson(response, state.refusal.status, state.refusal.body);
    sendJson(response, 200, []);
  });
});
beforeEach(() => {
  Object.assign(state, { issued: 0, lifetimes: [], opaque: false, valid: new Set<string>(), tokenStatus: 200 });
  Object.assign(state, {
    requireToken: true,
    rejectAll: false,
    refusal: { status: 401, body: { message: 'Expired' } },
  });
  fake.requests.length = 0;
});
after(() => fake.close());

const orkes = (keySecret = SECRET): ConductorClient =>
  new ConductorClient({ profile: 'Orkes dev', baseUrl: fake.url, auth: { kind: 'orkes', keyId: KEY_ID, keySecret } });
const apiCalls = (): number => fake.requests.filter((request) => request.url !== '/api/token').length;

void describe('Orkes token auth', () => {
  void it('gets one token and sends it as X-Authorization on every request', async () => {
    const client = orkes();
    await Promise.all([client.metadata.listTaskDefs(), client.metadata.listWorkflowDefs()]);
    await client.events.list();
    assert.equal(state.issued, 1);
    const sent = fake.requests.filter((request) => request.url !== '/api/token');
    assert.ok(sent.every((request) => state.valid.has(String(request.headers['x-authorization']))));
  });

  void it('renews a JWT that is about to expire before using it', async () => {
    state.lifetimes = [30, 3600];
    const client = orkes();
    await client.metadata.listTaskDefs();
    await client.metadata.listTaskDefs();
    await client.metadata.listTaskDefs();
    assert.equal(state.issued, 2);
    assert.equal(apiCalls(), 3);
  });

  void it('concurrent requests at a JWT renewal share one token call', async () => {
    state.lifetimes = [30, 3600];
    const client = orkes();
    await client.metadata.listTaskDefs();
    await Promise.all([client.metadata.listTaskDefs(), client.events.list(), client.metadata.listWorkflowDefs()]);
    assert.equal(state.issued, 2);
  });

  void it('a token refused to concurrent requests is renewed once, and each request is retried once', async () => {
    state.opaque = true;
    const client = orkes();
    await client.metadata.listTaskDefs();
    state.valid.clear();
    const answers = await Promise.all([
      client.metadata.listTaskDefs(),
      client.events.list(),
      client.metadata.listTaskDefs(),
    ]);
    assert.deepEqual(answers, [[], [], []]);
    assert.equal(state.issued, 2);
    assert.equal(apiCalls(), 7);
  });

  void it('after a 401 with an opaque token, renews once and retries the request once', async () => {
    state.opaque = true;
    const client = orkes();
    await client.metadata.listTaskDefs();
    state.valid.clear();
    assert.deepEqual(await client.metadata.listTaskDefs(), []);
    assert.equal(state.issued, 2);
  });

  void it('a 401 that persists after renewal is reported, not retried forever', async () => {
    const client = orkes();
    await client.metadata.listTaskDefs();
    state.rejectAll = true;
    await assert.rejects(client.metadata.listTaskDefs(), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError && error.status === 401);
      return true;
    });
    assert.equal(apiCalls(), 3);
  });

  void it('a 403 EXPIRED_TOKEN or INVALID_TOKEN (Orkes, as the SDKs handle it) renews once and retries once', async () => {
    for (const error of ['EXPIRED_TOKEN', 'INVALID_TOKEN']) {
      state.refusal = { status: 403, body: { error, message: 'Token expired' } };
      state.opaque = true;
      const client = orkes();
      await client.metadata.listTaskDefs();
      state.valid.clear();
      assert.deepEqual(await client.metadata.listTaskDefs(), [], error);
    }
    assert.equal(state.issued, 4);
  });

  void it('a 403 that is not about the token (a permission the key lacks) is reported without renewing', async () => {
    state.refusal = { status: 403, body: { error: 'ACCESS_DENIED', message: 'No READ permission' } };
    const client = orkes();
    await client.metadata.listTaskDefs();
    state.rejectAll = true;
    await assert.rejects(client.metadata.listTaskDefs(), /failed with 403 Forbidden: No READ permission/);
    assert.equal(state.issued, 1);
    assert.equal(apiCalls(), 2);
  });

  void it('a rejected key names the profile, says what to check and never shows the secret', async () => {
    const client = orkes('wrong-secret');
    await assert.rejects(client.metadata.listTaskDefs(), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError);
      assert.equal(error.status, 401);
      assert.equal(error.path, '/api/token');
      assert.match(error.message, /^Profile "Orkes dev": the server rejected key id "key-1" \(401\); check the key/);
      assert.doesNotMatch(error.message, /wrong-secret/);
      return true;
    });
    assert.equal(apiCalls(), 0);
  });

  void it('a 403 on the token call is a rejected key too', async () => {
    state.tokenStatus = 403;
    await assert.rejects(orkes().metadata.listTaskDefs(), /rejected key id "key-1" \(403\); check the key id\/secret/);
  });

  void it('a failed token call is not remembered: the next request asks again', async () => {
    state.tokenStatus = 500;
    const client = orkes();
    await assert.rejects(
      client.metadata.listTaskDefs(),
      /^ConductorApiError: Profile "Orkes dev": could not get an access token\./,
    );
    state.tokenStatus = 200;
    assert.deepEqual(await client.metadata.listTaskDefs(), []);
  });

  void it('a server without /api/token (404, Conductor OSS) is used without auth', async () => {
    state.tokenStatus = 404;
    state.requireToken = false;
    assert.deepEqual(await orkes().metadata.listTaskDefs(), []);
    assert.equal(fake.requests.at(-1)?.headers['x-authorization'], undefined);
  });
});

void describe('jwtExpiry', () => {
  void it('reads exp in ms, and undefined for opaque or malformed tokens', () => {
    const token = jwt(100, 1);
    const exp = jwtExpiry(token) ?? 0;
    assert.ok(Math.abs(exp - (Date.now() + 100_000)) < 2_000);
    assert.equal(jwtExpiry('opaque-token'), undefined);
    assert.equal(jwtExpiry('a.!!!.c'), undefined);
  });
});
