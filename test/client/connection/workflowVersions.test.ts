/**
 * One read of the registered workflow versions per connect: the registry snapshot and the definitions view, loading
 * at once for a new connection as they do on connect, make one list request between them; after a change (`fresh`)
 * they read again. Servers without `names-and-versions` (§3.1, older Conductor) get the full list, once. The server
 * here is a loopback fake that counts requests (the engine has every endpoint and does not count).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConductorClient } from '../../../client/src/api';
import { fetchRegistrySnapshot } from '../../../client/src/registry/registrySnapshot';
import { SHARED_FOR_MS, workflowVersions } from '../../../client/src/registry/workflowVersions';
import { loadWorkflows } from '../../../client/src/views/definitions/definitionsModel';
import { sendJson, startFakeServer, type FakeServer } from '../clientHarness';

const NAMES_AND_VERSIONS = '/api/metadata/workflow/names-and-versions';
const FULL_LIST = '/api/metadata/workflow';

/** A fake server; `withNamesAndVersions` false plays a Conductor before that endpoint (404). */
function countingServer(withNamesAndVersions: boolean): Promise<FakeServer> {
  return startFakeServer((request, response) => {
    const path = request.url.split('?')[0];
    if (path === NAMES_AND_VERSIONS && withNamesAndVersions) {
      sendJson(response, 200, {
        flow: [
          { name: 'flow', version: 2 },
          { name: 'flow', version: 1 },
        ],
      });
    } else if (path === NAMES_AND_VERSIONS) {
      sendJson(response, 404, { status: 404, message: 'No static resource', instance: 'x', retryable: false });
    } else if (path === FULL_LIST) {
      sendJson(response, 200, [{ name: 'flow', version: 1, tasks: [] }]);
    } else sendJson(response, 200, []);
  });
}

const listRequests = (server: FakeServer): string[] =>
  server.requests.map((request) => request.url.split('?')[0] ?? '').filter((path) => path.startsWith(FULL_LIST));

/** What a connect does: a new client, then the registry and the definitions view load it together. */
async function connect(server: FakeServer): Promise<ConductorClient> {
  const client = new ConductorClient({ profile: 'Fake', baseUrl: server.url });
  const [snapshot, entries] = await Promise.all([
    fetchRegistrySnapshot(client, 'Fake', false),
    loadWorkflows(client, false),
  ]);
  assert.deepEqual(snapshot.workflows.get('flow'), entries[0]?.versions.map((summary) => summary.version).reverse());
  return client;
}

void describe('workflow versions: one read per connect', () => {
  let server: FakeServer;
  before(async () => {
    server = await countingServer(true);
  });
  after(() => server.close());

  void it('a connect makes one names-and-versions request for the registry and the view', async () => {
    server.requests.length = 0;
    const client = await connect(server);
    assert.deepEqual(listRequests(server), [NAMES_AND_VERSIONS]);
    await loadWorkflows(client, false);
    assert.equal(listRequests(server).length, 1, 'a later view load within the connect reuses the read');
  });

  void it('reads again after a change, on a new connect, and once the shared read is old', async () => {
    server.requests.length = 0;
    const client = await connect(server);
    await fetchRegistrySnapshot(client, 'Fake');
    await connect(server);
    assert.equal(listRequests(server).length, 3);
    await workflowVersions(client, false, Date.now() + SHARED_FOR_MS);
    assert.equal(listRequests(server).length, 4);
  });
});

void describe('workflow versions: a server without names-and-versions', () => {
  void it('§3.1 falls back to the full list once per connect, and keeps its definitions', async () => {
    const server = await countingServer(false);
    try {
      const client = await connect(server);
      assert.deepEqual(listRequests(server), [NAMES_AND_VERSIONS, FULL_LIST]);
      const { defs } = await workflowVersions(client, false);
      assert.equal(defs[0]?.name, 'flow');
      assert.equal(listRequests(server).length, 2);
    } finally {
      await server.close();
    }
  });
});
