import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-types';
import { featureCapabilities, registerFeatureHandlers } from '../../../server/src/handlers';
import { parseDocument } from '../../../server/src/service/parse';
import type { ParsedDocument } from '../../../server/src/service/types';
import { loadFixture, offsetOf } from './featureFixtures';
import { refsIndex } from './refsIndex';

const fixture = loadFixture('refs/shipping.workflow.json');
const position = (needle: string, nth = 0, delta = 1): { line: number; character: number } =>
  fixture.document.positionAt(offsetOf(fixture, needle, nth, delta));
const textDocument = { uri: fixture.uri };

/** A real LSP server connection (our handlers) and a JSON-RPC client talking to it over in-memory streams. */
const logged: string[] = [];
/** An entry whose model throws on use: stands in for a bug in a feature. */
const broken = new Proxy({} as ParsedDocument, {
  get: () => {
    throw new Error('boom');
  },
});

function startPair(): { server: Connection; client: MessageConnection } {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  const documents = new TextDocuments(TextDocument);
  const parsed = new Map<string, { version: number; parsed: ParsedDocument }>();
  documents.listen(server);
  server.onInitialize(() => ({
    capabilities: { ...featureCapabilities, textDocumentSync: TextDocumentSyncKind.Full },
  }));
  registerFeatureHandlers(server, {
    documents,
    index: refsIndex(),
    log: (message) => logged.push(message),
    getParsed: (uri) => {
      if (uri === 'file:///boom.workflow.json')
        return { document: TextDocument.create(uri, 'json', 1, '{}'), parsed: broken };
      const document = documents.get(uri);
      if (!document) return undefined;
      let entry = parsed.get(uri);
      if (entry?.version !== document.version) {
        entry = { version: document.version, parsed: parseDocument(document.getText()) };
        parsed.set(uri, entry);
      }
      return { document, parsed: entry.parsed };
    },
  });
  server.listen();
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.listen();
  return { server, client };
}

void describe('feature handlers over a real LSP connection', () => {
  let pair: { server: Connection; client: MessageConnection };

  before(async () => {
    pair = startPair();
    await pair.client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await pair.client.sendNotification('initialized', {});
    await pair.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: fixture.uri, languageId: 'conductor-workflow', version: 1, text: fixture.parsed.text },
    });
  });

  after(() => {
    pair.client.dispose();
    pair.server.dispose();
  });

  void it('completes ${…} paths', async () => {
    const list: CompletionList = await pair.client.sendRequest('textDocument/completion', {
      textDocument,
      position: position('${workflow.input.orderId}', 0, 11),
    });
    assert.ok(list.items.some((item) => item.label === 'input'));
  });

  void it('hovers, goes to definition and lists references', async () => {
    const at = position('${get_order.output.vendor', 0, 4);
    const hover: Hover = await pair.client.sendRequest('textDocument/hover', { textDocument, position: at });
    assert.match(JSON.stringify(hover.contents), /get_order/);
    const definition: Location = await pair.client.sendRequest('textDocument/definition', {
      textDocument,
      position: at,
    });
    assert.equal(definition.range.start.line, 8);
    const references: Location[] = await pair.client.sendRequest('textDocument/references', {
      textDocument,
      position: at,
      context: { includeDeclaration: true },
    });
    assert.equal(references.length, 6);
  });

  void it('renames, and refuses an existing name with a readable error', async () => {
    const at = position('"notify"', 1);
    const edit: WorkspaceEdit = await pair.client.sendRequest('textDocument/rename', {
      textDocument,
      position: at,
      newName: 'ping',
    });
    assert.equal(edit.changes?.[fixture.uri]?.length, 4);
    await assert.rejects(
      pair.client.sendRequest('textDocument/rename', { textDocument, position: at, newName: 'invoice' }),
      /already exists/,
    );
  });

  void it('outlines the task tree and encodes semantic tokens', async () => {
    const symbols: DocumentSymbol[] = await pair.client.sendRequest('textDocument/documentSymbol', { textDocument });
    assert.equal(symbols.length, 6);
    const tokens: { data: number[] } = await pair.client.sendRequest('textDocument/semanticTokens/range', {
      textDocument,
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    });
    assert.equal(tokens.data.length % 5, 0);
    assert.ok(tokens.data.length > 0);
  });

  void it('logs a failing feature and answers an empty result instead of an error', async () => {
    const textDocument = { uri: 'file:///boom.workflow.json' };
    const hover: unknown = await pair.client.sendRequest('textDocument/hover', {
      textDocument,
      position: { line: 0, character: 1 },
    });
    const symbols: unknown = await pair.client.sendRequest('textDocument/documentSymbol', { textDocument });
    assert.equal(hover, null);
    assert.deepEqual(symbols, []);
    assert.deepEqual(logged, [
      'Conductor hover failed for file:///boom.workflow.json',
      'Conductor document symbols failed for file:///boom.workflow.json',
    ]);
  });

  void it('answers null for a document that is not open', async () => {
    const result: unknown = await pair.client.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///not-open.workflow.json' },
      position: { line: 0, character: 0 },
    });
    assert.equal(result, null);
  });
});
