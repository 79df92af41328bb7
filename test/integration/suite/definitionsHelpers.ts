/**
 * Helpers of the definitions suites: tree providers over the extension's connection, labels, screenshots without
 * leftover notifications, and a port nothing listens on.
 */
import { createServer, type AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { ConductorClient } from '../../../client/src/api';
import type { Connection, ConnectionService } from '../../../client/src/connection/connection';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { activateExtension, snap } from './helpers';

/** The second command argument that answers "yes" to the modal questions (overwrite, unregister). */
export const confirmed = { confirmed: true };

/** The tree item's label as text. */
export function labelOf(node: vscode.TreeItem): string {
  return typeof node.label === 'string' ? node.label : (node.label?.label ?? '');
}

/**
 * The extension's connections with a REST client of this bundle: the suite is bundled apart from the extension, so
 * errors thrown by the extension's copy of the client would fail the providers' `instanceof ConductorApiError`.
 * Same profile, same server; only the module copy differs.
 */
function suiteConnections(connections: ConnectionService): ConnectionService {
  const local = (connection: Connection): Connection => ({
    profile: connection.profile,
    client: new ConductorClient({ profile: connection.profile.name, baseUrl: connection.profile.baseUrl }),
  });
  return {
    onDidChangeConnection: connections.onDidChangeConnection,
    current: () => {
      const connection = connections.current();
      return connection && local(connection);
    },
    connect: async () => local(await connections.connect()),
  };
}

/** Activates the extension, connects to the Local engine, and returns the API and connections for providers. */
export async function connectLocal(): Promise<{ api: ConductorExtensionApi; connections: ConnectionService }> {
  const api = (await activateExtension()).exports as ConductorExtensionApi;
  await api.connections.connect();
  return { api, connections: suiteConnections(api.connections) };
}

/** A screenshot without the notifications earlier steps left (they would hide the editor in the docs). */
export async function cleanSnap(name: string): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
  await snap(name);
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
