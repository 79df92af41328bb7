/**
 * Remote profiles and the status-bar probe: a `none` profile against the real engine (in process, port 0); an Orkes
 * profile against a loopback fake server (the engine has no auth), checking that the secret travels only in the
 * token call and never into a message, and that an expired token is renewed; and the failure modes the status bar
 * must show: server down, 500, slow (bounded by the probe timeout), `healthy: false`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectProfile, MISSING_SECRET_MESSAGE } from '../../../client/src/connection/connector';
import { LocalEngineHost } from '../../../client/src/connection/localEngineHost';
import { secretKey } from '../../../client/src/connection/secrets';
import type { OrkesProfile, Profile } from '../../../client/src/connection/profiles';
import { probeHealth, statusText, statusTooltip } from '../../../client/src/statusBar/healthProbe';
import { createEngine, type Engine } from '../../../engine/src/engine';
import { sendJson, startFakeServer, type FakeServer } from '../clientHarness';

const SECRET = 'orkes-s3cret-value';
const unusedHost = new LocalEngineHost({ enginePath: '/nonexistent', dataDir: '/nonexistent' });
let engine: Engine;
let fake: FakeServer;
/** The fake's behaviour for non-token calls, switched per test. */
let answer: 'ok' | 'expired-once' | 'fail500' | 'slow' | 'unhealthy' = 'ok';
let issued = 0;

/** A JWT-shaped token (unsigned: the client reads only `exp`). */
function jwt(expiresInSeconds: number): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ exp: Math.floor(Date.now() / 1000) + expiresInSeconds, n: ++issued })}.x`;
}

before(async () => {
  engine = await createEngine({ port: 0, log: () => undefined });
  fake = await startFakeServer(async (request, response) => {
    if (request.url === '/api/token') {
      const body = JSON.parse(request.body) as { keySecret?: string };
      if (body.keySecret !== SECRET) return sendJson(response, 401, { message: 'Invalid key' });
      return sendJson(response, 200, { token: jwt(answer === 'expired-once' && issued === 0 ? 1 : 3600) });
    }
    if (answer === 'fail500') return sendJson(response, 500, { message: 'database is down' });
    if (answer === 'slow') await new Promise((resolve) => setTimeout(resolve, 2_000));
    if (answer === 'unhealthy') return sendJson(response, 200, { healthy: false, healthResults: [] });
    sendJson(response, 200, request.url === '/health' ? { healthy: true } : []);
  });
});
after(async () => {
  await engine.close();
  await fake.close();
});

const remote = (baseUrl: string): Profile => ({ name: 'dev', kind: 'remote', baseUrl, auth: 'none' });
const orkes = (): OrkesProfile => ({ name: 'orkes', kind: 'remote', baseUrl: fake.url, auth: 'orkes', keyId: 'k1' });

void describe('remote connections', () => {
  void it('binds a none profile to its URL without sending anything, and the client works', async () => {
    const connection = await connectProfile(remote(`${engine.url}/api`), {
      localEngine: unusedHost,
      secretFor: () => Promise.reject(new Error('not asked')),
    });
    assert.deepEqual(connection.profile, { name: 'dev', baseUrl: `${engine.url}/api`, isLocal: false });
    assert.deepEqual(await probeHealth(connection.client), { state: 'healthy', url: engine.url });
  });

  void it('uses the stored Orkes secret only in the token call, and renews an expired token', async () => {
    answer = 'expired-once';
    issued = 0;
    const store = new Map([[secretKey('orkes'), SECRET]]);
    const connection = await connectProfile(orkes(), {
      localEngine: unusedHost,
      secretFor: (profile) => Promise.resolve(store.get(secretKey(profile.name))),
    });
    fake.requests.length = 0;
    await connection.client.metadata.listTaskDefs();
    await connection.client.metadata.listTaskDefs();
    const tokenCalls = fake.requests.filter((request) => request.url === '/api/token');
    // The first token expires within the renewal margin, so the second call gets a new one.
    assert.equal(tokenCalls.length, 2);
    for (const request of fake.requests) {
      const carriesSecret = request.body.includes(SECRET) || JSON.stringify(request.headers).includes(SECRET);
      assert.equal(carriesSecret, request.url === '/api/token', request.url);
    }
    answer = 'ok';
  });

  void it('fails with the next step when the Orkes secret is missing, and never echoes a wrong one', async () => {
    await assert.rejects(
      connectProfile(orkes(), { localEngine: unusedHost, secretFor: () => Promise.resolve(undefined) }),
      {
        message: MISSING_SECRET_MESSAGE('orkes'),
      },
    );
    assert.match(MISSING_SECRET_MESSAGE('orkes'), /Run "Conductor: Set Server Secret"/);
    const wrong = await connectProfile(orkes(), {
      localEngine: unusedHost,
      secretFor: () => Promise.resolve('wrong-secret-xyz'),
    });
    const health = await probeHealth(wrong.client);
    assert.equal(health.state, 'unhealthy');
    assert.ok(health.state === 'unhealthy' && !health.reason.includes('wrong-secret-xyz'));
    assert.match(
      health.state === 'unhealthy' ? health.reason : '',
      /rejected key id "k1" \(401\); check the key id\/secret/,
    );
  });
});

void describe('health probe', () => {
  void it('reports a server that is down, with the URL and the hint', async () => {
    const down = await startFakeServer(() => undefined);
    const url = down.url;
    await down.close();
    const connection = await connectProfile(remote(url), {
      localEngine: unusedHost,
      secretFor: () => Promise.resolve(undefined),
    });
    const health = await probeHealth(connection.client);
    assert.equal(health.state, 'unhealthy');
    assert.match(health.state === 'unhealthy' ? health.reason : '', /Could not reach .*connection refused/);
    assert.match(statusText('dev', health), /^\$\(error\) Conductor: dev$/);
    assert.match(
      statusTooltip('dev', health),
      /unreachable or unhealthy[\s\S]*connection refused[\s\S]*Click to switch servers/,
    );
  });

  void it('reports a 500, a slow server (bounded by the timeout) and healthy:false', async () => {
    const connection = await connectProfile(remote(fake.url), {
      localEngine: unusedHost,
      secretFor: () => Promise.resolve(undefined),
    });
    answer = 'fail500';
    const failed = await probeHealth(connection.client);
    assert.match(failed.state === 'unhealthy' ? failed.reason : '', /500.*database is down/);
    answer = 'slow';
    const started = Date.now();
    const slow = await probeHealth(connection.client, 300);
    assert.ok(Date.now() - started < 1_500, 'the probe must not wait for the slow server');
    assert.match(slow.state === 'unhealthy' ? slow.reason : '', /no answer within 0\.3 s/);
    answer = 'unhealthy';
    const sick = await probeHealth(connection.client);
    assert.match(sick.state === 'unhealthy' ? sick.reason : '', /"healthy": false/);
    answer = 'ok';
  });
});
